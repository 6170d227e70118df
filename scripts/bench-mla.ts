/**
 * npm run bench:mla: speed of the mutual legal assistance reports over HTTP, on the real app and a
 * fresh SQLite file. 50 jurisdictions are set up from the corpus statutes (../shared/corpus), reused
 * under user-assigned codes (XA-XZ, QM-QZ, AA, ZZ) once the corpus runs out, each analysed once.
 * Measures the pair report (GET /mla/{a}/{b}, both directions) p50/p99 over random pairs, and the
 * 50-jurisdiction matrix (GET /mla/matrix.json) for preservation and for extradition.
 * Targets (issue 10): pair p99 < 100 ms, matrix < 2 s. `--json` prints the figures as one JSON document.
 */
import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { DATA_DIR, SHARED_DIR } from '../src/common/paths';

const JURISDICTIONS = 50;
const PAIR_REQUESTS = 300;
const MATRIX_RUNS = 5;

function codes(n: number): string[] {
  const out: string[] = [];
  for (let c = 'A'.charCodeAt(0); c <= 'Z'.charCodeAt(0); c++) out.push(`X${String.fromCharCode(c)}`);
  for (let c = 'M'.charCodeAt(0); c <= 'Z'.charCodeAt(0); c++) out.push(`Q${String.fromCharCode(c)}`);
  out.push('AA', 'ZZ');
  for (let c = 'A'.charCodeAt(0); c <= 'Z'.charCodeAt(0) && out.length < n; c++) out.push(`Z${String.fromCharCode(c)}`);
  return out.slice(0, n);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const corpus = join(SHARED_DIR, 'corpus', 'statutes');
  if (!existsSync(corpus)) {
    process.stderr.write(`skipping: ${corpus} is absent (the corpus is read at run time, never copied in)\n`);
    return;
  }
  const files = [join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt'), ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f))];
  const dir = mkdtempSync(join(tmpdir(), 'concordance-bench-mla-'));
  Object.assign(process.env, { DATABASE_URL: join(dir, 'bench.sqlite'), SEED_SAMPLE: 'false', CONCORDANCE_API_KEYS: 'admin:bench-admin-key-0001' });
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
    const analyses = app.get(AnalysisService);
    const all = codes(JURISDICTIONS);
    const t0 = performance.now();
    for (const [i, code] of all.entries()) {
      const file = files[i % files.length];
      await statutes.importStatute({ jurisdiction: code, fileName: file.split('/').pop()!, bytes: readFileSync(file) });
      await analyses.analyze(code);
      process.stderr.write(`\rset up ${i + 1}/${all.length}`);
    }
    const setupMs = performance.now() - t0;
    process.stderr.write('\n');

    const get = async (path: string) => {
      const s = performance.now();
      const res = await fetch(base + path);
      await res.text();
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return performance.now() - s;
    };
    // first request per country: penalties are read from the statute texts once per analysis
    const cold: number[] = [];
    for (let i = 0; i < all.length; i += 2) cold.push(await get(`/mla/${all[i]}/${all[i + 1]}`));
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const warm: number[] = [];
    for (let i = 0; i < PAIR_REQUESTS; i++) {
      const a = all[rnd(all.length)];
      let b = all[rnd(all.length)];
      if (b === a) b = all[(all.indexOf(a) + 1) % all.length];
      warm.push(await get(`/mla/${a}/${b}`));
    }
    const page: number[] = [];
    for (let i = 0; i < 50; i++) page.push(await get(`/mla/${all[i % all.length]}/${all[(i + 3) % all.length]}/report`));
    const matrix: Record<string, number[]> = { 'expedited-preservation': [], extradition: [] };
    for (const form of Object.keys(matrix)) {
      for (let i = 0; i < MATRIX_RUNS; i++) matrix[form].push(await get(`/mla/matrix.json?form=${form}&jurisdictions=${all.join(',')}`));
    }
    const stats = (xs: number[]) => {
      const s = [...xs].sort((x, y) => x - y);
      return { n: s.length, p50: round(percentile(s, 50)), p99: round(percentile(s, 99)), max: round(s[s.length - 1]) };
    };
    const result = {
      jurisdictions: all.length,
      setupSeconds: round(setupMs / 1000),
      pairFirstPerCountryMs: stats(cold),
      pairMs: stats(warm),
      pairPageMs: stats(page),
      matrixMs: Object.fromEntries(Object.entries(matrix).map(([k, v]) => [k, stats(v)])),
      targets: { pairP99Under100ms: percentile([...warm].sort((x, y) => x - y), 99) < 100, matrixUnder2s: Object.values(matrix).every((v) => Math.max(...v) < 2000) },
    };
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      const line = (name: string, s: ReturnType<typeof stats>) => `${name.padEnd(44)} n=${String(s.n).padEnd(4)} p50 ${String(s.p50).padStart(7)} ms   p99 ${String(s.p99).padStart(7)} ms   max ${String(s.max).padStart(7)} ms`;
      process.stdout.write(
        [
          `${all.length} jurisdictions set up (import + analysis) in ${result.setupSeconds} s`,
          line('pair report JSON, first request per country', result.pairFirstPerCountryMs),
          line('pair report JSON, random pairs', result.pairMs),
          line('pair report page (HTML)', result.pairPageMs),
          ...Object.entries(result.matrixMs).map(([k, v]) => line(`matrix, ${all.length} jurisdictions, ${k}`, v)),
          `targets: pair p99 < 100 ms ${result.targets.pairP99Under100ms ? 'met' : 'NOT met'}; matrix < 2 s ${result.targets.matrixUnder2s ? 'met' : 'NOT met'}`,
          '',
        ].join('\n'),
      );
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
