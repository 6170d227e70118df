/**
 * npm run bench:review: the review loop over HTTP on the real app and a fresh SQLite file. One
 * jurisdiction gets corpus statutes (../shared/corpus) until it holds at least 2,000 provisions, is
 * analysed once, then: the review queue (GET /jurisdictions/{code}/mappings, with and without
 * filters) and decision writes (POST /mappings/{id}/decisions, each re-assessing the analysis),
 * p50/p99. Target (issue 7): under 50 ms each. `--json` prints one JSON document.
 */
import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { SHARED_DIR } from '../src/common/paths';

const PROVISIONS = 2000;
const QUEUE_READS = 300;
const DECISIONS = 200;
const KEY = 'bench-reviewer-key-0001';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (ms: number) => Math.round(ms * 10) / 10;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: round(percentile(s, 50)), p99: round(percentile(s, 99)), max: round(s[s.length - 1]) };
};

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const corpus = join(SHARED_DIR, 'corpus', 'statutes');
  if (!existsSync(corpus)) {
    process.stderr.write(`skipping: ${corpus} is absent (the corpus is read at run time, never copied in)\n`);
    return;
  }
  // the biggest statutes first, so the jurisdiction reaches 2,000 provisions with few of them
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(corpus, f))
    .sort((a, b) => readFileSync(b).length - readFileSync(a).length);
  const dir = mkdtempSync(join(tmpdir(), 'concordance-bench-review-'));
  Object.assign(process.env, { DATABASE_URL: join(dir, 'bench.sqlite'), SEED_SAMPLE: 'false', CONCORDANCE_API_KEYS: `reviewer:${KEY}` });
  // loaded after the environment is set: the config module reads it at import
  const { AppModule } = await import('../src/app.module');
  const { configureHttpApp } = await import('../src/http-app');
  const { StatutesService } = await import('../src/statutes/statutes.service');
  const { AnalysisService } = await import('../src/analyses/analyses.service');
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error'] });
  configureHttpApp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  try {
    const statutes = app.get(StatutesService);
    let provisions = 0;
    let used = 0;
    for (const f of files) {
      if (provisions >= PROVISIONS) break;
      const r = await statutes.importStatute({ jurisdiction: 'QR', fileName: f.split('/').pop()!, bytes: readFileSync(f) });
      provisions += r.statute.provisionCount;
      used++;
    }
    const t0 = performance.now();
    await app.get(AnalysisService).analyze('QR');
    const analyseMs = performance.now() - t0;

    const timed = async (path: string, init?: RequestInit) => {
      const s = performance.now();
      const res = await fetch(base + path, init);
      const body = (await res.json()) as { total: number; items: { id: number; version: number }[] };
      if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return { ms: performance.now() - s, body };
    };
    const queue: number[] = [];
    const filtered: number[] = [];
    let total = 0;
    for (let i = 0; i < QUEUE_READS; i++) {
      const all = await timed('/jurisdictions/QR/mappings');
      total = all.body.total;
      queue.push(all.ms);
      filtered.push((await timed(`/jurisdictions/QR/mappings?article=${2 + (i % 20)}&unreviewed=true&minScore=0.3`)).ms);
    }
    const mappings = (await timed('/jurisdictions/QR/mappings?limit=5000')).body.items;
    const decisions: number[] = [];
    for (const [i, m] of mappings.slice(0, DECISIONS).entries()) {
      const body = { decision: i % 3 === 0 ? 'reject' : 'accept', version: m.version, rationale: 'Bench decision.' };
      decisions.push((await timed(`/mappings/${m.id}/decisions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY }, body: JSON.stringify(body) })).ms);
    }
    const out = {
      jurisdiction: { statutes: used, provisions, mappings: total, analyseMs: round(analyseMs) },
      queue: stats(queue),
      queueFiltered: stats(filtered),
      decision: stats(decisions),
    };
    if (json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    else {
      console.log(`Review loop over HTTP (SQLite), one jurisdiction: ${used} statutes, ${provisions} provisions, ${total} mappings (analysis ${out.jurisdiction.analyseMs} ms)`);
      console.log(`  review queue, all mappings:      p50 ${out.queue.p50} ms, p99 ${out.queue.p99} ms (${out.queue.n} reads)`);
      console.log(`  review queue, filtered:          p50 ${out.queueFiltered.p50} ms, p99 ${out.queueFiltered.p99} ms`);
      console.log(`  decision write (+ re-assessment): p50 ${out.decision.p50} ms, p99 ${out.decision.p99} ms (${out.decision.n} decisions)`);
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench:review: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
