/**
 * npm run eval: mapping quality against the gold tables in ../shared/gold/.
 * For every gold table: read the statute from ../shared/corpus/statutes/, parse, analyse in-process,
 * and score; the same for the TF-IDF baseline, and a leave-one-out run in which the other tables'
 * gold provisions serve as confirmed examples. `--json` prints one JSON document; `--verbose` lists
 * the disagreements per file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadInstrumentModels } from '../src/instruments/model/load-instruments';
import { Instrument } from '../src/instruments/instrument.model';
import { analyzeLaw, AnalysisResult } from '../src/matching/analyze';
import { baselineAnalyze } from '../src/matching/baseline';
import { loadLexicon } from '../src/matching/lexicon/load-lexicon';
import { Lexicon } from '../src/matching/lexicon/lexicon.model';
import { ConfirmedExample } from '../src/matching/match.model';
import { ingestStatute } from '../src/statutes/ingest';
import { ParsedStatute, Provision, walkProvisions } from '../src/statutes/provision.model';
import { addCounts, Counts, emptyCounts, figures, Figures, GoldTable, normaliseGoldCitation, scoreAgainstGold } from './eval/scoring';

function repoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(start, '..');
    dir = up;
  }
  return dir;
}

const SHARED = process.env.CONCORDANCE_SHARED_DIR ?? resolve(repoRoot(__dirname), '..', 'shared');
const GOLD = join(SHARED, 'gold');
const STATUTES = join(SHARED, 'corpus', 'statutes');

type System = 'matcher' | 'baseline' | 'leaveOneOut';
const SYSTEMS: System[] = ['matcher', 'baseline', 'leaveOneOut'];

interface FileRun {
  file: string;
  gold: GoldTable;
  parsed: ParsedStatute;
}

interface Report {
  files: { file: string; jurisdiction: string; results: Record<System, Figures & { misses?: string[] }> }[];
  overall: Record<System, Figures>;
  targets: Figures;
  elapsedMs: number;
}

const TARGETS: Figures = { recallAt3: 0.95, top1: 0.8, addressed: 0.92, exact: 0.8, falseAssurance: 0.03, missed: 1 };

/** The gold provisions of the other files, as confirmed examples (their text comes from our own parse). */
function examplesFrom(runs: FileRun[], except: FileRun): ConfirmedExample[] {
  const out: ConfirmedExample[] = [];
  for (const r of runs) {
    if (r === except) continue;
    const byCitation = new Map<string, Provision>();
    for (const p of walkProvisions(r.parsed.provisions)) {
      const key = normaliseGoldCitation(p.citation);
      if (key && !byCitation.has(key)) byCitation.set(key, p);
    }
    for (const [article, g] of Object.entries(r.gold.articles)) {
      for (const c of g.provisions.slice(0, 3)) {
        const p = byCitation.get(normaliseGoldCitation(c));
        if (!p) continue;
        const text = [...walkProvisions([p])].map((x) => x.text).join(' ');
        out.push({ article, text, heading: p.heading, language: r.parsed.language });
      }
    }
  }
  return out;
}

function analyse(system: System, run: FileRun, runs: FileRun[], instrument: Instrument, lexicon: Lexicon): AnalysisResult {
  const statutes = [{ title: run.parsed.title, parsed: run.parsed }];
  if (system === 'baseline') return baselineAnalyze({ instrument, statutes });
  return analyzeLaw({ instrument, statutes, lexicon, examples: system === 'leaveOneOut' ? examplesFrom(runs, run) : [] });
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  if (!existsSync(GOLD) || !existsSync(STATUTES)) {
    process.stderr.write(`eval: ${GOLD} or ${STATUTES} is absent; nothing to evaluate (skipped).\n`);
    if (json) process.stdout.write(JSON.stringify({ skipped: true, reason: 'shared gold or corpus absent' }) + '\n');
    return;
  }
  const started = Date.now();
  const instrument = loadInstrumentModels().find((i) => i.id === 'ets185');
  if (!instrument) throw new Error('eval: the ETS 185 instrument model (data/instruments/ets185.json) did not load');
  const lexicon = loadLexicon();
  const runs: FileRun[] = [];
  for (const name of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD, name), 'utf8')) as GoldTable;
    const statutePath = join(STATUTES, gold.statute_file);
    if (!existsSync(statutePath)) {
      process.stderr.write(`eval: ${name} names ${gold.statute_file}, which is not in ${STATUTES}; skipped.\n`);
      continue;
    }
    const parsed = await ingestStatute(readFileSync(statutePath), basename(statutePath), { language: gold.language });
    runs.push({ file: gold.statute_file, gold, parsed });
  }
  const totals: Record<System, Counts> = { matcher: emptyCounts(), baseline: emptyCounts(), leaveOneOut: emptyCounts() };
  const report: Report = { files: [], overall: {} as Record<System, Figures>, targets: TARGETS, elapsedMs: 0 };
  for (const run of runs) {
    const results = {} as Report['files'][number]['results'];
    for (const system of SYSTEMS) {
      const analysis = analyse(system, run, runs, instrument, lexicon);
      const { counts, misses } = scoreAgainstGold(run.gold, analysis.articles);
      totals[system] = addCounts(totals[system], counts);
      results[system] = { ...figures(counts), ...(verbose && system !== 'baseline' ? { misses } : {}) };
    }
    report.files.push({ file: run.file, jurisdiction: run.gold.jurisdiction, results });
  }
  for (const system of SYSTEMS) report.overall[system] = figures(totals[system]);
  report.elapsedMs = Date.now() - started;
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  print(report, verbose);
}

function print(report: Report, verbose: boolean): void {
  const cols: (keyof Figures)[] = ['recallAt3', 'top1', 'addressed', 'exact', 'falseAssurance', 'missed'];
  const head = `${'file'.padEnd(48)} ${'system'.padEnd(12)} ${cols.map((c) => c.padStart(14)).join('')}`;
  const row = (file: string, system: string, f: Figures) => `${file.padEnd(48)} ${system.padEnd(12)} ${cols.map((c) => f[c].toFixed(3).padStart(14)).join('')}`;
  console.log(head);
  for (const f of report.files) {
    for (const s of SYSTEMS) console.log(row(f.file.slice(0, 48), s, f.results[s]));
    if (verbose) {
      for (const m of f.results.matcher.misses ?? []) console.log(`    ${m}`);
      const plain = new Set(f.results.matcher.misses ?? []);
      for (const m of f.results.leaveOneOut.misses ?? []) if (!plain.has(m)) console.log(`    (leave-one-out only) ${m}`);
    }
  }
  console.log('-'.repeat(head.length));
  for (const s of SYSTEMS) console.log(row('OVERALL', s, report.overall[s]));
  console.log(row('TARGET (≥, false assurance ≤)', '', report.targets));
  console.log(`\nrecall@3 and top-1 are over articles with gold provisions; false assurance is over gold-missing articles, missed over gold-addressed ones. ${report.files.length} files, ${(report.elapsedMs / 1000).toFixed(1)} s.`);
}

main().catch((e) => {
  process.stderr.write(`eval: ${(e as Error).message}\n`);
  process.exit(1);
});
