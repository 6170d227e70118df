import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/** Written with the Table API so that the same migration runs on SQLite and PostgreSQL. */
const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const int = (name: string, nullable = false, dflt?: number): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable, default: dflt });
const created = (name: string): TableColumnOptions => ({ name, type: 'timestamp', default: 'CURRENT_TIMESTAMP' });
const cascade = (columnNames: string[], referencedTableName: string, referencedColumnNames: string[]) =>
  new TableForeignKey({ columnNames, referencedTableName, referencedColumnNames, onDelete: 'CASCADE' });

export class InitialSchema1764150000000 implements MigrationInterface {
  name = 'InitialSchema1764150000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
    const at = (name: string) => ({ ...created(name), type: ts });
    await q.createTable(
      new Table({
        name: 'instrument',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          str('title', 400), str('shortTitle', 200), str('treatySeries', 40), str('openedForSignature', 20),
          str('modelHash', 64), text('officialTextImport', true),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'article',
        columns: [
          id, str('instrumentId', 32), str('number', 16), int('position'), str('title', 300), str('kind', 32),
          text('chapter'), text('section', true), text('titleGroup', true), text('elements'), text('reservations'), text('declarations'),
        ],
        foreignKeys: [cascade(['instrumentId'], 'instrument', ['id'])],
        indices: [new TableIndex({ columnNames: ['instrumentId', 'number'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'article_paragraph',
        columns: [id, int('articleId'), str('number', 16), int('position'), text('obligation'), text('officialText', true)],
        foreignKeys: [cascade(['articleId'], 'article', ['id'])],
        indices: [new TableIndex({ columnNames: ['articleId', 'number'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({ name: 'jurisdiction', columns: [{ name: 'code', type: 'varchar', length: '2', isPrimary: true }, str('name', 200, true), at('createdAt')] }),
    );
    await q.createTable(
      new Table({
        name: 'statute',
        columns: [
          id, str('jurisdictionCode', 2), str('title', 500), int('year', true), str('language', 8), str('status', 16),
          str('source', 1000, true), int('currentVersion', false, 0), at('createdAt'), at('updatedAt'),
        ],
        foreignKeys: [cascade(['jurisdictionCode'], 'jurisdiction', ['code'])],
        indices: [new TableIndex({ columnNames: ['jurisdictionCode', 'title'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'statute_version',
        columns: [
          id, int('statuteId'), int('version'), str('contentHash', 64), str('versionDate', 10, true), str('format', 8),
          str('fileName', 300), int('provisionCount'), text('warnings'), text('changes', true), at('importedAt'),
        ],
        foreignKeys: [cascade(['statuteId'], 'statute', ['id'])],
        indices: [new TableIndex({ columnNames: ['statuteId', 'version'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'provision',
        columns: [
          id, int('versionId'), int('position'), int('parentPosition', true), str('citation', 200), str('label', 100),
          str('kind', 16), int('depth'), str('heading', 1000, true), text('text'), str('role', 16), int('line'),
        ],
        foreignKeys: [cascade(['versionId'], 'statute_version', ['id'])],
        indices: [
          new TableIndex({ columnNames: ['versionId', 'position'], isUnique: true }),
          new TableIndex({ columnNames: ['versionId', 'citation'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'analysis',
        columns: [id, str('jurisdictionCode', 2), str('instrumentId', 32), text('statuteVersionIds'), text('result'), at('createdAt')],
        foreignKeys: [cascade(['jurisdictionCode'], 'jurisdiction', ['code'])],
        indices: [new TableIndex({ columnNames: ['jurisdictionCode', 'createdAt'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['analysis', 'provision', 'statute_version', 'statute', 'jurisdiction', 'article_paragraph', 'article', 'instrument']) {
      await q.dropTable(t);
    }
  }
}
