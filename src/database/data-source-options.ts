import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { REPO_ROOT } from '../common/paths';
import { DataSourceOptions } from 'typeorm';
import { ArticleParagraphEntity } from '../instruments/entities/article-paragraph.entity';
import { ArticleEntity } from '../instruments/entities/article.entity';
import { InstrumentEntity } from '../instruments/entities/instrument.entity';
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
  LegalEffectEntity,
];
export const MIGRATIONS = [InitialSchema1764150000000, Review1765000000000, LegalEffect1765200000000];

export const DEFAULT_SQLITE_PATH = resolve(REPO_ROOT, 'var', 'concordance.sqlite');

/**
 * The database from DATABASE_URL: empty → SQLite file under var/ (git-ignored); a path or
 * `sqlite:` URL → that SQLite file (`:memory:` too); `postgres://…` → PostgreSQL.
 * SQLite runs through better-sqlite3, because TypeORM 1.x has no `sqlite3` driver.
 */
export function dataSourceOptions(databaseUrl: string | undefined): DataSourceOptions {
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
    // WAL lets readers go on while an import writes; foreign keys make cascades real.
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
    },
  };
}
