/**
 * npm run bench:treaty: treaty-office scale. 195 jurisdictions synthesised from the corpus statutes
 * (../shared/corpus/statutes) under ISO codes, analysed by the batch job (`analyze-all`), then the
 * dashboard (HTML and JSON) and the matrix requested repeatedly over HTTP: wall time of the batch and
 * latency percentiles of the pages. A fresh SQLite file in a temporary folder; `--json` prints JSON.
 */
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as isoCountries from 'i18n-iso-countries';
import { SHARED_DIR } from '../../src/common/paths';
import { StderrLogger } from '../../src/common/stderr-logger';

const JURISDICTIONS = Number(process.env.BENCH_JURISDICTIONS ?? 195);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const statutesDir = join(SHARED_DIR, 'corpus', 'statutes');
  let files: string[];
  try {
    files = readdirSync(statutesDir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    process.stderr.write(`skipping: ${statutesDir} is absent\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'concordance-bench-treaty-'));
  Object.assign(process.env, { DATABASE_URL: join(dir, 'bench.sqlite'), SEED_SAMPLE: 'false' });
  // imported late so that the environment above is what the app reads
  const { AppModule } = await import('../../src/app.module');
  const { configureHttpApp } = await import('../../src/http-app');
  const { StatutesService } = await import('../../src/statutes/statutes.service');
  const { JobsService } = await import('../../src/jobs/jobs.service');
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: new StderrLogger('bench', { logLevels: ['error'] }) });
  configureHttpApp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  try {
    const codes = Object.keys(isoCountries.getAlpha2Codes()).sort().slice(0, JURISDICTIONS);
    const texts = files.map((f) => ({ name: f, bytes: readFileSync(join(statutesDir, f)) }));
    const t0 = performance.now();
    const statutes = app.get(StatutesService);
    for (const [i, code] of codes.entries()) {
      const f = texts[i % texts.length];
      await statutes.importStatute({ jurisdiction: code, fileName: f.name, bytes: f.bytes });
    }
    const importS = (performance.now() - t0) / 1000;

    const jobs = app.get(JobsService);
    const t1 = performance.now();
    const job = await jobs.createBatch();
    const done = await jobs.run(job.id, (j, last) => {
      if (last && j.done % 25 === 0) process.stderr.write(`analyze-all ${j.done}/${j.total}\n`);
    });
    const analyzeAllS = (performance.now() - t1) / 1000;

    const latency = async (path: string) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) await (await fetch(base + path)).text(); // warm-up
      for (let i = 0; i < REQUESTS; i++) {
        const s = performance.now();
        const res = await fetch(base + path);
        await res.text();
        if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      return { path, requests: REQUESTS, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
    };
    const pages = [
      await latency('/dashboard?sort=readiness'),
      await latency('/dashboard.json?sort=blocking&order=desc'),
      await latency('/matrix?instrument=ets185'),
    ];
    const result = {
      jurisdictions: codes.length,
      corpusStatutes: texts.length,
      importS: Math.round(importS * 10) / 10,
      analyzeAll: { seconds: Math.round(analyzeAllS * 10) / 10, done: done.done, errors: done.errors.length, state: done.state },
      pages,
    };
    if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    else {
      process.stdout.write(`${result.jurisdictions} jurisdictions from ${result.corpusStatutes} corpus statutes; import ${result.importS} s\n`);
      process.stdout.write(`analyze-all: ${result.analyzeAll.seconds} s (${done.done} done, ${done.errors.length} errors)\n`);
      for (const p of pages) process.stdout.write(`${p.path.padEnd(42)} p50 ${p.p50Ms} ms  p99 ${p.p99Ms} ms  (${p.requests} requests)\n`);
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
