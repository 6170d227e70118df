import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';

/** Provision and statute legal effect (suspended, repealed, …) recorded by reviewers. Table API: SQLite and PostgreSQL alike. */
export class LegalEffect1765200000000 implements MigrationInterface {
  name = 'LegalEffect1765200000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    await q.createTable(
      new Table({
        name: 'legal_effect',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'statuteId', type: 'integer' },
          { name: 'citation', type: 'varchar', length: '200', isNullable: true },
          { name: 'effect', type: 'varchar', length: '16' },
          { name: 'fromDate', type: 'varchar', length: '10', isNullable: true },
          { name: 'toDate', type: 'varchar', length: '10', isNullable: true },
          { name: 'source', type: 'varchar', length: '1000' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'recordedBy', type: 'varchar', length: '100' },
          { name: 'recordedAt', type: ts, default: 'CURRENT_TIMESTAMP' },
        ],
        foreignKeys: [new TableForeignKey({ columnNames: ['statuteId'], referencedTableName: 'statute', referencedColumnNames: ['id'], onDelete: 'CASCADE' })],
        indices: [new TableIndex({ columnNames: ['statuteId'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('legal_effect');
  }
}
