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

/** The real application on a fresh SQLite file (or the DATABASE_URL the suite is run with), as main.ts serves it. */
export async function startApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'concordance-e2e-'));
  Object.assign(process.env, {
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? join(dir, 'test.sqlite'),
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
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
