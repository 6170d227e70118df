/**
 * npm run bench: speed and memory of ingestion and analysis over the real corpus (../shared/corpus).
 * Each measurement runs in a fresh child process so that its peak memory (maxRSS) is its own.
 * Prints a table; `--json` prints the figures as one JSON document.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATA_DIR, SHARED_DIR } from '../src/common/paths';
import { loadInstrumentModels } from '../src/instruments/model/load-instruments';
import { analyzeLaw } from '../src/analyses/analyze-law';
import { baselineAnalyze } from '../src/matching/baseline';
import { assessedArticles } from '../src/matching/match';
import { loadLexicon } from '../src/matching/lexicon/load-lexicon';
import { ingestStatute } from '../src/statutes/ingest';
import { ParsedStatute } from '../src/statutes/provision.model';

interface Measure {
  file: string;
  bytes: number;
  provisions?: number;
  ingestMs: number;
  analyzeMs?: number;
  baselineMs?: number;
  peakMB: number;
  error?: string;
}

const STATUTES = join(SHARED_DIR, 'corpus', 'statutes');
const FORMATS = join(SHARED_DIR, 'corpus', 'formats');

function peakMB(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

/** Child mode: measure the given files in this process and print one JSON line. */
async function child(mode: 'ingest' | 'analyze', files: string[], repeat = 1): Promise<void> {
  const instrument = loadInstrumentModels().find((i) => i.id === 'ets185')!;
  const lexicon = loadLexicon();
  if (mode === 'analyze') {
    // warm: the first analysis of a process pays for compiling the lexicon's patterns and the JIT
    const sample = await ingestStatute(readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt')), 'xa.txt');
    analyzeLaw({ instrument, statutes: [{ title: sample.title, parsed: sample }], lexicon });
  }
  const startPeak = peakMB();
  const parsed: { title: string; parsed: ParsedStatute; file: string }[] = [];
  let ingestMs = 0;
  let bytes = 0;
  let provisions = 0;
  const errors: string[] = [];
  for (const f of files) {
    // a statute `repeat` times as long: its text written out again and again, each copy's sections
    // numbered on from the last (copy k's section 12 becomes k·1000 + 12), so the tree grows with it
    const data = repeat > 1 ? Buffer.from(Array.from({ length: repeat }, (_, k) => renumbered(readFileSync(f, 'utf8'), k * 1000)).join('\n'), 'utf8') : readFileSync(f);
    bytes += data.length;
    const t0 = performance.now();
    try {
      const p = await ingestStatute(data, basename(f));
      parsed.push({ title: p.title, parsed: p, file: f });
      provisions += countAll(p.provisions);
    } catch (e) {
      errors.push(`${(e as { code?: string }).code ?? 'ERROR'}`);
    }
    ingestMs += performance.now() - t0;
  }
  let analyzeMs: number | undefined;
  let baselineMs: number | undefined;
  if (mode === 'analyze') {
    const t1 = performance.now();
    for (const s of parsed) analyzeLaw({ instrument, statutes: [{ title: s.title, parsed: s.parsed }], lexicon });
    analyzeMs = performance.now() - t1;
    const assessed = new Set(assessedArticles(lexicon, instrument).map((a) => a.number));
    const t2 = performance.now();
    for (const s of parsed) baselineAnalyze({ instrument, statutes: [{ title: s.title, parsed: s.parsed }], assessed });
    baselineMs = performance.now() - t2;
  }
  const m: Measure & { startPeakMB: number } = {
    file: files.length === 1 ? basename(files[0]) : `all ${files.length} files`,
    bytes,
    provisions,
    ingestMs: round(ingestMs),
    analyzeMs: analyzeMs === undefined ? undefined : round(analyzeMs),
    baselineMs: baselineMs === undefined ? undefined : round(baselineMs),
    peakMB: peakMB(),
    startPeakMB: startPeak,
    error: files.length === 1 ? errors[0] : errors.length ? `${errors.length} refused (${errors.join(', ')})` : undefined,
  };
  process.stdout.write(JSON.stringify(m) + '\n');
}

function renumbered(text: string, offset: number): string {
  return offset ? text.replace(/^(\s*)(\d+)([A-Z]{0,2}\.\s)/gm, (_m, sp: string, n: string, rest: string) => `${sp}${Number(n) + offset}${rest}`) : text;
}

function countAll(ps: ParsedStatute['provisions']): number {
  return ps.reduce((n, p) => n + 1 + countAll(p.children), 0);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function measure(mode: 'ingest' | 'analyze', files: string[], repeat = 1): Measure & { startPeakMB: number } {
  const r = spawnSync(process.execPath, [__filename, '--child', mode, `--repeat=${repeat}`, ...files], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench child failed for ${files.join(', ')}: ${r.stderr.split('\n')[0]}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function list(dir: string, filter: (f: string) => boolean): string[] {
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((f) => join(dir, f));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1] as 'ingest' | 'analyze', args.slice(3), Number(args[2].split('=')[1]));
  if (!existsSync(STATUTES)) {
    console.log(`bench: ${SHARED_DIR}/corpus is absent; nothing to measure (the corpus is read at run time, never copied in).`);
    return;
  }
  const json = args.includes('--json');
  const statutes = list(STATUTES, (f) => f.endsWith('.txt'));
  const formats = list(FORMATS, (f) => !f.endsWith('.md'));
  const perStatute = statutes.map((f) => measure('analyze', [f]));
  const whole = measure('analyze', statutes);
  const perFormat = formats.map((f) => measure('ingest', [f]));
  const formatsWhole = measure('ingest', formats);
  const cli = timeCli(statutes[0]);
  const growthFile = statutes.find((f) => basename(f).startsWith('ke-')) ?? statutes[0];
  const growth = [1, 2, 4, 8, 16].map((k) => ({ k, ...measure('analyze', [growthFile], k) }));
  if (json) {
    process.stdout.write(JSON.stringify({ statutes: perStatute, whole, formats: perFormat, formatsWhole, cli, growth }, null, 2) + '\n');
    return;
  }
  const row = (m: Measure) =>
    [
      m.file.slice(0, 62).padEnd(62),
      String(m.bytes).padStart(9),
      String(m.provisions ?? '').padStart(6),
      m.ingestMs.toFixed(1).padStart(9),
      (m.analyzeMs ?? 0).toFixed(1).padStart(10),
      (m.baselineMs ?? 0).toFixed(1).padStart(10),
      m.peakMB.toFixed(1).padStart(8),
      m.error ?? '',
    ].join(' ');
  const head = ['file'.padEnd(62), 'bytes'.padStart(9), 'provs'.padStart(6), 'ingest ms'.padStart(9), 'analyze ms'.padStart(10), 'tfidf ms'.padStart(10), 'peak MB'.padStart(8)].join(' ');
  console.log(`Node ${process.version}, ${require('node:os').cpus().length} cores. Each row is a fresh process; peak MB is its maxRSS (a bare process with the model and lexicon loaded: ${whole.startPeakMB} MB).\n`);
  console.log('Statutes: ingest (read + parse) and analyze (match + assess), beside the TF-IDF baseline');
  console.log(head);
  perStatute.forEach((m) => console.log(row(m)));
  console.log(row({ ...whole, file: `WHOLE CORPUS (${statutes.length} statutes)` }));
  console.log(`\nOriginal formats: ingest only (expected refusals shown by code)`);
  console.log(head);
  perFormat.forEach((m) => console.log(row(m)));
  console.log(row({ ...formatsWhole, file: `ALL FORMATS (${formats.length} files)` }));
  console.log(`\nWhole corpus analysis: ${(whole.ingestMs + (whole.analyzeMs ?? 0)).toFixed(0)} ms (ingest ${whole.ingestMs.toFixed(0)} + analyze ${(whole.analyzeMs ?? 0).toFixed(0)}), TF-IDF baseline in the same process ${(whole.baselineMs ?? 0).toFixed(0)} ms (analysis ${((whole.analyzeMs ?? 0) / Math.max(1, whole.baselineMs ?? 1)).toFixed(1)}× the baseline), peak ${whole.peakMB} MB`);
  console.log(`CLI: \`analyze --json\` on ${basename(statutes[0])}, whole command (start, temporary database, import, analysis): ${cli.toFixed(0)} ms`);
  console.log(`\nGrowth: ${basename(growthFile)} written out k times as one statute (analysis warm, its own process)`);
  console.log(['k'.padStart(3), 'provs'.padStart(7), 'analyze ms'.padStart(11), 'x time'.padStart(7), 'tfidf ms'.padStart(9), 'peak MB'.padStart(8)].join(' '));
  const base = growth[0].analyzeMs ?? 1;
  for (const g of growth) console.log([String(g.k).padStart(3), String(g.provisions ?? '').padStart(7), (g.analyzeMs ?? 0).toFixed(0).padStart(11), ((g.analyzeMs ?? 0) / base).toFixed(1).padStart(7), (g.baselineMs ?? 0).toFixed(0).padStart(9), g.peakMB.toFixed(0).padStart(8)].join(' '));
  if (!args.includes('--corpus-only')) {
    // the service-level benches: review loop, mutual assistance, treaty offices (each prints its own figures)
    for (const script of ['bench-review', 'bench-mla', join('bench', 'treaty')]) {
      console.log(`\n== ${script}`);
      spawnSync(process.execPath, [join(__dirname, `${script}.js`)], { stdio: 'inherit' });
    }
  }
}

function timeCli(file: string): number {
  const cliPath = join(__dirname, '..', 'src', 'cli.js');
  const t0 = performance.now();
  execFileSync(process.execPath, [cliPath, 'analyze', '--jurisdiction', 'ZZ', '--file', file, '--json'], { stdio: ['ignore', 'ignore', 'ignore'] });
  return performance.now() - t0;
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
