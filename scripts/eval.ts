/**
 * npm run eval: mapping quality against the gold tables in ../shared/gold/ (block "gold"), and
 * against our own expected table for the sample statute in data/samples/ (block "sample").
 * For every table: read the statute, parse, analyse in-process, and score; the same for the TF-IDF
 * baseline, and a leave-one-out run in which the other tables' gold provisions serve as confirmed
 * examples. `--json` prints one JSON document; `--verbose` lists the disagreements per file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadInstrumentModels } from '../src/instruments/model/load-instruments';
import { Instrument } from '../src/instruments/instrument.model';
import { analyzeLaw, AnalysisResult } from '../src/analyses/analyze-law';
import { baselineAnalyze } from '../src/matching/baseline';
import { assessedArticles } from '../src/matching/match';
import { loadLexicon } from '../src/matching/lexicon/load-lexicon';
import { Lexicon } from '../src/matching/lexicon/lexicon.model';
import { ConfirmedExample } from '../src/matching/match.model';
import { confirmedExamples, DecidedMapping } from '../src/review/learn';
import { DEFAULT_POLICY, policyNamed } from '../src/matching/scoring-policy';
import { ingestStatute } from '../src/statutes/ingest';
import { ParsedStatute, Provision, walkProvisions } from '../src/statutes/provision.model';
import { addCounts, Counts, emptyCounts, figures, Figures, GoldTable, scoreAgainstGold } from './eval/scoring';
import { normaliseCitation } from '../src/statutes/citation';
import { DATA_DIR, SHARED_DIR } from '../src/common/paths';

const SHARED = SHARED_DIR;
const GOLD = join(SHARED, 'gold');
const STATUTES = join(SHARED, 'corpus', 'statutes');
/** Our own sample statute and its expected table (gold format), kept in the repository. */
const SAMPLES = join(DATA_DIR, 'samples');
const SAMPLE_TABLE = join(SAMPLES, 'expected.json');

type System = 'matcher' | 'baseline' | 'leaveOneOut';
const SYSTEMS: System[] = ['matcher', 'baseline', 'leaveOneOut'];

interface FileRun {
  file: string;
  gold: GoldTable;
  parsed: ParsedStatute;
}

interface Block {
  name: string;
  files: { file: string; jurisdiction: string; results: Record<System, Figures & { misses?: string[] }> }[];
  overall: Record<System, Figures>;
}

interface Report {
  /** The gold block (kept at the top level for readers of the earlier shape). */
  files: Block['files'];
  overall: Record<System, Figures>;
  blocks: Block[];
  targets: Figures;
  elapsedMs: number;
}

/** `--policy NAME` scores the matcher with another scoring policy (src/matching/scoring-policy.ts). */
const POLICY_ARG = process.argv.indexOf('--policy');
const POLICY = POLICY_ARG > 0 ? policyNamed(process.argv[POLICY_ARG + 1] ?? '') : DEFAULT_POLICY;

const TARGETS: Figures = { recallAt3: 0.95, top1: 0.8, addressed: 0.92, exact: 0.8, falseAssurance: 0.03, missed: 1 };

/**
 * The other files' gold tables as stored decisions (accepted mappings with the provision text as
 * decided on), turned into confirmed examples the way the analyses service turns reviews into them.
 */
function examplesFrom(runs: FileRun[], except: FileRun): ConfirmedExample[] {
  const decided: DecidedMapping[] = [];
  for (const r of runs) {
    if (r === except) continue;
    const byCitation = new Map<string, Provision>();
    for (const p of walkProvisions(r.parsed.provisions)) {
      const key = normaliseCitation(p.citation);
      if (key && !byCitation.has(key)) byCitation.set(key, p);
    }
    for (const [article, g] of Object.entries(r.gold.articles)) {
      for (const c of g.provisions.slice(0, 3)) {
        const p = byCitation.get(normaliseCitation(c));
        if (!p) continue;
        const text = [...walkProvisions([p])].map((x) => x.text).join(' ');
        decided.push({ article, status: 'accepted', decidedText: text, heading: p.heading, language: r.parsed.language });
      }
    }
  }
  return confirmedExamples(decided);
}

function analyse(system: System, run: FileRun, runs: FileRun[], instrument: Instrument, lexicon: Lexicon): AnalysisResult {
  const statutes = [{ title: run.parsed.title, parsed: run.parsed }];
  if (system === 'baseline') return baselineAnalyze({ instrument, statutes, assessed: new Set(assessedArticles(lexicon, instrument).map((a) => a.number)) });
  return analyzeLaw({ instrument, statutes, lexicon, policy: POLICY, examples: system === 'leaveOneOut' ? examplesFrom(runs, run) : [] });
}

async function readRuns(tables: { table: string; statutes: string }[]): Promise<FileRun[]> {
  const runs: FileRun[] = [];
  for (const { table, statutes } of tables) {
    const gold = JSON.parse(readFileSync(table, 'utf8')) as GoldTable;
    const statutePath = join(statutes, gold.statute_file);
    if (!existsSync(statutePath)) {
      process.stderr.write(`eval: ${table} names ${gold.statute_file}, which is not in ${statutes}; skipped.\n`);
      continue;
    }
    const parsed = await ingestStatute(readFileSync(statutePath), basename(statutePath), { language: gold.language });
    runs.push({ file: gold.statute_file, gold, parsed });
  }
  return runs;
}

/** Scores one block of tables; leave-one-out examples come from the block's other tables. */
function scoreBlock(name: string, runs: FileRun[], instrument: Instrument, lexicon: Lexicon, verbose: boolean): Block {
  const totals: Record<System, Counts> = { matcher: emptyCounts(), baseline: emptyCounts(), leaveOneOut: emptyCounts() };
  const block: Block = { name, files: [], overall: {} as Record<System, Figures> };
  for (const run of runs) {
    const results = {} as Block['files'][number]['results'];
    for (const system of SYSTEMS) {
      const analysis = analyse(system, run, runs, instrument, lexicon);
      const { counts, misses } = scoreAgainstGold(run.gold, analysis.articles);
      totals[system] = addCounts(totals[system], counts);
      results[system] = { ...figures(counts), ...(verbose && system !== 'baseline' ? { misses } : {}) };
    }
    block.files.push({ file: run.file, jurisdiction: run.gold.jurisdiction, results });
  }
  for (const system of SYSTEMS) block.overall[system] = figures(totals[system]);
  return block;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const started = Date.now();
  const instrument = loadInstrumentModels().find((i) => i.id === 'ets185');
  if (!instrument) throw new Error('eval: the ETS 185 instrument model (data/instruments/ets185.json) did not load');
  const lexicon = loadLexicon();
  const blocks: Block[] = [];
  if (existsSync(GOLD) && existsSync(STATUTES)) {
    const tables = readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort().map((f) => ({ table: join(GOLD, f), statutes: STATUTES }));
    blocks.push(scoreBlock('gold', await readRuns(tables), instrument, lexicon, verbose));
  } else {
    process.stderr.write(`eval: ${GOLD} or ${STATUTES} is absent; the gold block is skipped.\n`);
  }
  if (existsSync(SAMPLE_TABLE)) blocks.push(scoreBlock('sample', await readRuns([{ table: SAMPLE_TABLE, statutes: SAMPLES }]), instrument, lexicon, verbose));
  const gold = blocks.find((b) => b.name === 'gold');
  const report: Report = { files: gold?.files ?? [], overall: gold?.overall ?? ({} as Record<System, Figures>), blocks, targets: TARGETS, elapsedMs: Date.now() - started };
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
  console.log(`scoring policy: ${POLICY.name}@${POLICY.version}`);
  for (const block of report.blocks) {
    console.log(`\n[${block.name}]`);
    console.log(head);
    for (const f of block.files) {
      for (const s of SYSTEMS) console.log(row(f.file.slice(0, 48), s, f.results[s]));
      if (verbose) {
        for (const m of f.results.matcher.misses ?? []) console.log(`    ${m}`);
        const plain = new Set(f.results.matcher.misses ?? []);
        for (const m of f.results.leaveOneOut.misses ?? []) if (!plain.has(m)) console.log(`    (leave-one-out only) ${m}`);
      }
    }
    console.log('-'.repeat(head.length));
    for (const s of SYSTEMS) console.log(row(`OVERALL ${block.name}`, s, block.overall[s]));
  }
  console.log(row('TARGET (≥, false assurance ≤)', '', report.targets));
  const files = report.blocks.reduce((n, b) => n + b.files.length, 0);
  console.log(`\nrecall@3 and top-1 are over articles with gold provisions; false assurance is over gold-missing articles, missed over gold-addressed ones. ${files} files, ${(report.elapsedMs / 1000).toFixed(1)} s.`);
}

main().catch((e) => {
  process.stderr.write(`eval: ${(e as Error).message}\n`);
  process.exit(1);
});
