import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureHttpApp } from '../../src/http-app';

export const ADMIN_KEY = 'test-admin-key-0001';
export const REVIEWER_KEY = 'test-reviewer-key-0002';
export const VIEWER_KEY = 'test-viewer-key-0003';
export const TREATY_KEY = 'test-treaty-key-0004';

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  close(): Promise<void>;
}

let databases = 0;

/**
 * With TEST_DATABASE_URL on PostgreSQL, each app gets a new database of its own beside that one (as each
 * gets a fresh SQLite file otherwise), so that suites never see each other's rows; it is dropped at close.
 */
export async function freshPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  // pg ships no types of its own; this is the little of it used here
  type PgClient = { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> };
  const { Client } = (await import('pg' as string)) as { Client: new (o: { connectionString: string }) => PgClient };
  const base = new URL(url);
  const name = `${base.pathname.slice(1) || 'concordance'}_${process.pid}_${++databases}`;
  const run = async (sql: string) => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS "${name}"`);
  await run(`CREATE DATABASE "${name}"`);
  base.pathname = `/${name}`;
  return { url: base.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * A database of its own for a suite that restarts the app on the same data: a new PostgreSQL database
 * beside TEST_DATABASE_URL when that is PostgreSQL, else a new SQLite file.
 */
export async function suiteDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const shared = process.env.TEST_DATABASE_URL;
  if (shared && /^postgres(ql)?:\/\//i.test(shared)) return freshPostgres(shared);
  const dir = mkdtempSync(join(tmpdir(), 'concordance-suite-'));
  return { url: join(dir, 'suite.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** The real application on a fresh SQLite file (or a fresh database beside TEST_DATABASE_URL), as main.ts serves it. */
export async function startApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'concordance-e2e-'));
  const shared = process.env.TEST_DATABASE_URL;
  const pg = shared && /^postgres(ql)?:\/\//i.test(shared) && !env.DATABASE_URL ? await freshPostgres(shared) : undefined;
  Object.assign(process.env, {
    DATABASE_URL: pg?.url ?? shared ?? join(dir, 'test.sqlite'),
    CONCORDANCE_API_KEYS: `admin:${ADMIN_KEY},reviewer:${REVIEWER_KEY},viewer:${VIEWER_KEY},treaty-office:${TREATY_KEY}`,
    SEED_SAMPLE: 'false',
    MAX_UPLOAD_BYTES: String(5 * 1024 * 1024),
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttpApp(app);
  await app.init();
  return {
    app,
    db: app.get(DataSource),
    close: async () => {
      await app.close();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
