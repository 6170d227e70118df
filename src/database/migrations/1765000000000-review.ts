import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableIndex } from 'typeorm';

/** Mappings with their review state, the audit log and named API keys (Table API: SQLite and PostgreSQL alike). */
const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });

export class Review1765000000000 implements MigrationInterface {
  name = 'Review1765000000000';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === 'postgres';
    const ts = postgres ? 'timestamp' : 'datetime';
    const float = postgres ? 'double precision' : 'float';
    const at = (name: string): TableColumnOptions => ({ name, type: ts, default: 'CURRENT_TIMESTAMP' });
    await q.createTable(
      new Table({
        name: 'mapping',
        columns: [
          id,
          { name: 'version', type: 'integer', default: 1 },
          str('jurisdictionCode', 8), str('instrumentId', 32), str('article', 16), str('statute', 500), str('citation', 200),
          str('status', 16), str('origin', 16), str('relationship', 16),
          { name: 'score', type: float, isNullable: true },
          { name: 'rank', type: 'integer', isNullable: true },
          str('role', 16, true),
          { name: 'confidence', type: float, isNullable: true },
          text('elements'), text('rationale', true), str('engine', 64, true),
          { name: 'stale', type: 'boolean', default: false },
          text('staleDetail', true), text('decidedText', true), str('decidedBy', 300, true), str('decidedAt', 32, true),
          at('createdAt'), at('updatedAt'),
        ],
        indices: [
          new TableIndex({ columnNames: ['jurisdictionCode', 'instrumentId', 'article', 'statute', 'citation'], isUnique: true }),
          new TableIndex({ columnNames: ['jurisdictionCode', 'instrumentId', 'status'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_entry',
        columns: [id, str('at', 32), str('actor', 300), str('action', 64), str('subject', 200), str('jurisdictionCode', 8, true), text('before', true), text('after', true)],
        indices: [new TableIndex({ columnNames: ['jurisdictionCode', 'id'] }), new TableIndex({ columnNames: ['subject', 'id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'api_key',
        columns: [id, str('name', 200), str('role', 16), str('keyHash', 64), str('prefix', 12), str('createdBy', 300), at('createdAt'), str('revokedAt', 32, true)],
        indices: [new TableIndex({ columnNames: ['keyHash'], isUnique: true })],
      }),
    );
    // what of the match the assessment needs again when a decision changes the mappings
    await q.addColumn('analysis', new TableColumn({ name: 'outline', type: 'text', isNullable: true }));
    // articles that read others' effective mappings (the instrument model's dependsOn); the model hash forces a reload
    await q.addColumn('article', new TableColumn({ name: 'dependsOn', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('article', 'dependsOn');
    await q.dropColumn('analysis', 'outline');
    await q.dropTable('api_key');
    await q.dropTable('audit_entry');
    await q.dropTable('mapping');
  }
}
