import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Treaty offices (issue 9): facts about a jurisdiction (region, monist/dualist), its treaty status per
 * instrument with the reservations, declarations and designations it made, and batch-analysis jobs.
 * Table API only, so the same migration runs on SQLite and PostgreSQL.
 */
const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const str = (name: string, length: number, nullable = true): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const text = (name: string, nullable = true): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const int = (name: string, dflt = 0): TableColumnOptions => ({ name, type: 'integer', isNullable: false, default: dflt });
const cascade = (columnNames: string[], referencedTableName: string, referencedColumnNames: string[]) =>
  new TableForeignKey({ columnNames, referencedTableName, referencedColumnNames, onDelete: 'CASCADE' });

export class TreatyStatus1765100000000 implements MigrationInterface {
  name = 'TreatyStatus1765100000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    const at = (name: string): TableColumnOptions => ({ name, type: ts, default: 'CURRENT_TIMESTAMP' });
    await q.addColumns('jurisdiction', [
      new TableColumn(str('region', 100)),
      new TableColumn({ name: 'treatyApplication', type: 'varchar', length: '16', isNullable: false, default: "'unknown'" }),
    ]);
    await q.createTable(
      new Table({
        name: 'treaty_status',
        columns: [
          id, str('jurisdictionCode', 2, false), str('instrumentId', 32, false), str('coeMember', 8),
          str('signature', 10), str('ratification', 10), str('entryIntoForce', 10), text('source'), text('notes'), str('asOf', 10),
          str('invitationDate', 10), str('invitationStatus', 200), text('invitationSource'), text('invitationNotes'), str('invitationAsOf', 10), at('updatedAt'),
        ],
        foreignKeys: [cascade(['jurisdictionCode'], 'jurisdiction', ['code'])],
        indices: [new TableIndex({ columnNames: ['jurisdictionCode', 'instrumentId'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'treaty_reservation',
        columns: [
          id, int('statusId'), int('position'), str('article', 16, false), str('paragraph', 40), str('reference', 100, false),
          str('kind', 16, false), text('summary', false), str('date', 10), int('withdrawn'), text('source'), str('asOf', 10),
        ],
        foreignKeys: [cascade(['statusId'], 'treaty_status', ['id'])],
        indices: [new TableIndex({ columnNames: ['statusId', 'position'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'job',
        columns: [
          id, str('kind', 32, false), str('state', 16, false), text('items', false), text('completed', false), text('errors', false),
          int('total'), int('done'), at('createdAt'), at('updatedAt'),
        ],
        indices: [new TableIndex({ columnNames: ['state'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['job', 'treaty_reservation', 'treaty_status']) await q.dropTable(t);
    await q.dropColumn('jurisdiction', 'treatyApplication');
    await q.dropColumn('jurisdiction', 'region');
  }
}
