import 'reflect-metadata';
import { INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppModule } from './app.module';
import { DomainError } from './common/domain-error';
import { StderrLogger } from './common/stderr-logger';
import { InstrumentsService } from './instruments/instruments.service';
import { looksLikeHtml } from './instruments/treaty-format';
import { AnalysisService } from './analyses/analyses.service';
import { ApiKeyRegistry } from './auth/api-key.registry';
import { Role } from './config/app-config';
import { AnalysisReport } from './reports/analysis-report';
import { ingestStatute } from './statutes/ingest';
import { walkProvisions } from './statutes/provision.model';
import { ImportProgress, StatutesService } from './statutes/statutes.service';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  parse --file PATH [--lang en|fr|es] [--json]
      Parse a statute and print its provision tree.
  analyze --jurisdiction XX --file PATH [--file PATH ...] [--lang en|fr|es] [--json] [--explain] [--db URL]
      Ingest, match and assess on a temporary database (or --db) and print the result; --explain adds,
      per article, why each candidate ranked where it did and why others were not listed.
  import-statute --jurisdiction XX --file PATH [--lang xx] [--title T] [--status in-force|bill|draft|repealed]
      Import a statute into the app's database (DATABASE_URL), with progress.
  import-convention --file PATH [--instrument ets185]
      Attach the official treaty text (plain text or HTML) to the instrument model in the app's database.
  create-key --role admin|reviewer|treaty-office|viewer --name NAME
      Create a named API key in the app's database and print it (shown this once; only its digest is kept).
`;

type Options = { [k: string]: string | boolean | string[] | undefined };

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      file: { type: 'string', multiple: true },
      lang: { type: 'string' },
      jurisdiction: { type: 'string' },
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      db: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'string' },
      instrument: { type: 'string', default: 'ets185' },
      role: { type: 'string' },
      name: { type: 'string' },
    },
    strict: true,
  });
  switch (command) {
    case 'parse':
      return parseCommand(values);
    case 'analyze':
      return analyzeCommand(values);
    case 'import-statute':
      return importStatuteCommand(values);
    case 'import-convention':
      return importConventionCommand(values);
    case 'create-key':
      return createKeyCommand(values);
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return;
    default:
      throw new DomainError('INVALID_INPUT', `Unknown command '${command}'. Commands: parse, analyze, import-statute, import-convention.`);
  }
}

function files(values: Options): string[] {
  const f = (values.file as string[] | undefined) ?? [];
  if (!f.length) throw new DomainError('INVALID_INPUT', 'Give at least one --file PATH.');
  return f;
}

function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new DomainError('INVALID_INPUT', `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function requireOption(values: Options, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || !v) throw new DomainError('INVALID_INPUT', `--${name} is required.`);
  return v;
}

async function parseCommand(values: Options): Promise<void> {
  const [path] = files(values);
  const parsed = await ingestStatute(readInput(path), basename(path), { language: values.lang as string | undefined });
  if (values.json) {
    const provisions = [...walkProvisions(parsed.provisions)].map((p) => ({ citation: p.citation, heading: p.heading ?? null, kind: p.kind, depth: p.depth }));
    writeJson({ title: parsed.title, language: parsed.language, provisions });
    return;
  }
  process.stdout.write(`${parsed.title} [${parsed.language}, ${parsed.format}]\n`);
  for (const p of walkProvisions(parsed.provisions)) {
    process.stdout.write(`${'  '.repeat(p.depth)}${p.citation || p.label}${p.heading ? `  ${p.heading}` : ''}\n`);
  }
  for (const w of parsed.warnings) process.stderr.write(`warning: ${w}\n`);
}

/** An application context on the given database; logs go to stderr. */
async function withApp<T>(databaseUrl: string | undefined, quiet: boolean, run: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
  const levels: LogLevel[] = quiet ? ['error'] : ['error', 'warn', 'log'];
  const app = await NestFactory.createApplicationContext(AppModule, { logger: new StderrLogger('Concordance', { logLevels: levels }) });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

function progressPrinter(): ImportProgress {
  const tty = process.stderr.isTTY;
  return (step, done, total) => {
    const line = total ? `${step}: ${done}/${total}` : step;
    if (tty) process.stderr.write(`\r\x1b[K${line}`);
    else if (!total || done === total || done === 0) process.stderr.write(`${line}\n`);
    if (tty && total && done === total) process.stderr.write('\n');
  };
}

async function analyzeCommand(values: Options): Promise<void> {
  const jurisdiction = requireOption(values, 'jurisdiction');
  const paths = files(values);
  const inputs = paths.map((p) => ({ path: p, bytes: readInput(p) }));
  const tmp = values.db ? undefined : mkdtempSync(join(tmpdir(), 'concordance-'));
  try {
    const report = await withApp((values.db as string | undefined) ?? join(tmp!, 'analysis.sqlite'), true, async (app) => {
      const statutes = app.get(StatutesService);
      for (const input of inputs) {
        await statutes.importStatute({ jurisdiction, fileName: basename(input.path), bytes: input.bytes, language: values.lang as string | undefined }, values.json ? () => {} : progressPrinter());
      }
      const analyses = app.get(AnalysisService);
      const run = await analyses.analyze(jurisdiction, values.instrument as string);
      return (values.explain ? await analyses.explained(run.id) : run).report;
    });
    if (values.json) writeJson(report);
    else printReport(report);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

async function importStatuteCommand(values: Options): Promise<void> {
  const jurisdiction = requireOption(values, 'jurisdiction');
  await withApp(values.db as string | undefined, false, async (app) => {
    for (const path of files(values)) {
      const r = await app.get(StatutesService).importStatute(
        {
          jurisdiction,
          fileName: basename(path),
          bytes: readInput(path),
          language: values.lang as string | undefined,
          title: values.title as string | undefined,
          status: values.status as 'in-force' | undefined,
        },
        progressPrinter(),
      );
      const changes = r.changes ? ` (${r.changes.added.length} added, ${r.changes.removed.length} removed, ${r.changes.changed.length} changed)` : '';
      process.stdout.write(`${r.outcome}: ${r.statute.jurisdiction} "${r.statute.title}" v${r.statute.currentVersion}, ${r.statute.provisionCount} provisions${changes}\n`);
      for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
    }
  });
}

async function importConventionCommand(values: Options): Promise<void> {
  const [path] = files(values);
  const text = readInput(path).toString('utf8');
  await withApp(values.db as string | undefined, false, async (app) => {
    const r = await app.get(InstrumentsService).importOfficialText(values.instrument as string, text, looksLikeHtml(text) ? 'html' : 'text', basename(path));
    if (values.json) return writeJson(r);
    process.stdout.write(`${r.instrument}: ${r.articlesFound} articles found, ${r.paragraphsAttached} paragraphs attached\n`);
    if (r.paragraphsWithoutText.length) process.stdout.write(`paragraphs of the model without text: ${r.paragraphsWithoutText.join(', ')}\n`);
    for (const u of r.unplaced) process.stdout.write(`not placed (line ${u.line}, ${u.reason}): ${u.text.slice(0, 80)}\n`);
  });
}

function printReport(r: AnalysisReport): void {
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`${r.jurisdiction} against ${r.instrument}: ${r.summary.covered} covered, ${r.summary.partial} partial, ${r.summary.missing} missing`);
  out(`gaps: ${r.summary.blocking} blocking, ${r.summary.coverable} coverable by reservation or declaration, ${r.summary.advisory} advisory\n`);
  for (const a of r.articles.filter((x) => x.status !== 'not-assessed')) {
    const best = a.provisions.slice(0, 3).map((p) => p.citation).join(', ');
    out(`Art. ${a.article.padEnd(3)} ${a.status.padEnd(8)} ${a.severity.padEnd(9)} ${a.title.slice(0, 48).padEnd(48)} ${best}`);
  }
  for (const b of r.beyondConvention) out(`beyond the Convention: ${b.citation} (${b.statute}): ${b.concern}`);
}

function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e: unknown) => {
    const msg = e instanceof DomainError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
    process.stderr.write(`error: ${msg.split('\n')[0]}\n`);
    process.exit(1);
  },
);

async function createKeyCommand(values: Options): Promise<void> {
  const role = values.role as string | undefined;
  const name = values.name as string | undefined;
  if (!role || !name) throw new DomainError('INVALID_INPUT', 'create-key needs --role (admin, reviewer, treaty-office or viewer) and --name "Holder Name".');
  await withApp(undefined, true, async (app) => {
    const { key, summary } = await app.get(ApiKeyRegistry).create(role as Role, name, 'command line');
    process.stderr.write(`Created key ${summary.id} for ${summary.name} (${summary.role}); it is shown once, keep it safe:\n`);
    process.stdout.write(`${key}\n`);
  });
}
