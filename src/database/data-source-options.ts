import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { REPO_ROOT } from '../common/paths';
import { DataSourceOptions } from 'typeorm';
import { ArticleParagraphEntity } from '../instruments/entities/article-paragraph.entity';
import { ArticleEntity } from '../instruments/entities/article.entity';
import { InstrumentEntity } from '../instruments/entities/instrument.entity';
import { JobEntity } from '../jobs/job.entity';
import { TreatyReservationEntity } from '../jurisdictions/entities/treaty-reservation.entity';
import { TreatyStatusEntity } from '../jurisdictions/entities/treaty-status.entity';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity';
import { AnalysisEntity } from '../analyses/analysis.entity';
import { ProvisionEntity } from '../statutes/entities/provision.entity';
import { StatuteVersionEntity } from '../statutes/entities/statute-version.entity';
import { StatuteEntity } from '../statutes/entities/statute.entity';
import { LegalEffectEntity } from '../statutes/entities/legal-effect.entity';
import { InitialSchema1764150000000 } from './migrations/1764150000000-initial-schema';
import { Review1765000000000 } from './migrations/1765000000000-review';
import { LegalEffect1765200000000 } from './migrations/1765200000000-legal-effect';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ApiKeyEntity } from '../auth/api-key.entity';
import { MappingEntity } from '../review/entities/mapping.entity';
import { TreatyStatus1765100000000 } from './migrations/1765100000000-treaty-status';

export const ENTITIES = [
  InstrumentEntity,
  ArticleEntity,
  ArticleParagraphEntity,
  JurisdictionEntity,
  StatuteEntity,
  StatuteVersionEntity,
  ProvisionEntity,
  AnalysisEntity,
  MappingEntity,
  AuditEntryEntity,
  ApiKeyEntity,
  TreatyStatusEntity,
  TreatyReservationEntity,
  JobEntity,
  LegalEffectEntity,
];
export const MIGRATIONS = [InitialSchema1764150000000, Review1765000000000, TreatyStatus1765100000000, LegalEffect1765200000000];

export const DEFAULT_SQLITE_PATH = resolve(REPO_ROOT, 'var', 'concordance.sqlite');

/**
 * The database from DATABASE_URL: empty → SQLite file under var/ (git-ignored); a path or
 * `sqlite:` URL → that SQLite file (`:memory:` too); `postgres://…` → PostgreSQL.
 * SQLite runs through better-sqlite3, because TypeORM 1.x has no `sqlite3` driver.
 */
export function dataSourceOptions(databaseUrl: string | undefined, sqliteBusyTimeoutMs = 15000): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  const url = (databaseUrl ?? '').trim();
  if (/^postgres(ql)?:\/\//i.test(url)) {
    return { ...common, type: 'postgres', url };
  }
  const path = url === '' ? DEFAULT_SQLITE_PATH : url.replace(/^sqlite:(\/\/)?/i, '');
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: path,
    // a second process on the same file (another server, a CLI import) waits for the lock this long
    // instead of failing at once with "database is locked"
    timeout: sqliteBusyTimeoutMs,
    // WAL lets readers go on while an import writes; foreign keys make cascades real.
    prepareDatabase: (db: { pragma(s: string): unknown; prepare(sql: string): unknown }) => {
      db.pragma(`busy_timeout = ${Math.floor(sqliteBusyTimeoutMs)}`);
      // TypeORM opens transactions with a deferred BEGIN: one that reads first and then writes cannot
      // wait for another process's write lock (SQLite answers "database is locked" at once, whatever the
      // busy timeout). BEGIN IMMEDIATE takes the write lock up front, so a second process waits its turn.
      const prepare = db.prepare.bind(db);
      db.prepare = (sql: string) => prepare(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql);
      walMode(db, sqliteBusyTimeoutMs);
      db.pragma('foreign_keys = ON');
    },
  };
}

/**
 * Switches a SQLite file to WAL. On a new file that a second process is opening at the same moment the
 * switch can answer SQLITE_BUSY without calling the busy handler; it is tried again (start-up only, so a
 * blocking pause is fine) until the busy timeout is spent.
 */
function walMode(db: { pragma(s: string): unknown }, timeoutMs: number): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const started = Date.now(); ; ) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if (!String((e as { code?: string }).code).startsWith('SQLITE_BUSY') || Date.now() - started > timeoutMs) throw e;
      Atomics.wait(pause, 0, 0, 50);
    }
  }
}
