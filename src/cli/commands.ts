import { INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AppModule } from '../app.module';
import { DomainError } from '../common/domain-error';
import { StderrLogger } from '../common/stderr-logger';
import { InstrumentsService } from '../instruments/instruments.service';
import { looksLikeHtml } from '../instruments/treaty-format';
import { AnalysisService } from '../analyses/analyses.service';
import { ApiKeyRegistry } from '../auth/api-key.registry';
import { Role } from '../config/app-config';
import { analyzeAllCommand } from '../jobs/analyze-all.command';
import { exportTreatyStatusCommand, importTreatyStatusCommand } from '../jurisdictions/treaty-status.command';
import { AnalysisReport } from '../analyses/analysis-report';
import { ingestStatute } from '../statutes/ingest';
import { walkProvisions } from '../statutes/provision.model';
import { ImportProgress, StatutesService } from '../statutes/statutes.service';
import { StatuteStatus } from '../statutes/entities/statute.entity';
import { writeJson, writeStdout } from './output';
import { Progress } from './progress';

/** What every command gets besides its own options. */
export interface CommandContext {
  progress: Progress;
  /** Nest's log levels for the application context: errors and warnings unless --verbose or LOG_LEVEL. */
  logLevels: LogLevel[];
}

export interface ParseOptions {
  file: string[];
  lang?: string;
  json?: boolean;
}

export interface AnalyzeOptions extends ParseOptions {
  jurisdiction: string;
  db?: string;
  instrument: string;
  explain?: boolean;
}

export interface ImportStatuteOptions {
  jurisdiction: string;
  file: string[];
  lang?: string;
  title?: string;
  status?: StatuteStatus;
  db?: string;
  json?: boolean;
}

export interface ImportConventionOptions {
  file: string[];
  instrument: string;
  db?: string;
  json?: boolean;
}

function readInput(path: string, progress: Progress): Buffer {
  progress.note(`reading ${path}`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new DomainError('INVALID_INPUT', `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { field: 'file', path });
  }
}

function warn(lines: string[]): void {
  for (const w of lines) process.stderr.write(`warning: ${w}\n`);
}

export async function parseCommand(o: ParseOptions, ctx: CommandContext): Promise<void> {
  const [path] = o.file;
  const bytes = readInput(path, ctx.progress);
  ctx.progress.note(`parsing ${basename(path)}`);
  const parsed = await ingestStatute(bytes, basename(path), { language: o.lang });
  const provisions = [...walkProvisions(parsed.provisions)];
  ctx.progress.note(`parsed ${provisions.length} provisions (${parsed.language}, ${parsed.format})`);
  warn(parsed.warnings);
  if (o.json) {
    const rows = provisions.map((p) => ({ citation: p.citation, heading: p.heading ?? null, kind: p.kind, depth: p.depth }));
    return writeJson({ title: parsed.title, language: parsed.language, provisions: rows });
  }
  const out = [`${parsed.title} [${parsed.language}, ${parsed.format}]`];
  for (const p of provisions) out.push(`${'  '.repeat(p.depth)}${p.citation || p.label}${p.heading ? `  ${p.heading}` : ''}`);
  return writeStdout(out.join('\n') + '\n');
}

/** An application context on the given database; its logs go to stderr at the levels asked for. */
async function withApp<T>(databaseUrl: string | undefined, ctx: CommandContext, run: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
  const logger = new StderrLogger('Concordance', { logLevels: ctx.logLevels, colors: !!process.stderr.isTTY });
  const app = await NestFactory.createApplicationContext(AppModule, { logger });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/**
 * The import service's progress (`step`, `done`, `total`) as notes and counted steps: a call without a
 * count, or with nothing done yet, is a note ("parsed 1004 provisions"); the rest advance a bar.
 */
function importProgress(progress: Progress): ImportProgress & { end(): void } {
  let current: { name: string; cb: ReturnType<Progress['step']> } | undefined;
  const end = () => {
    current?.cb.end();
    current = undefined;
  };
  const cb = ((step: string, done?: number, total?: number) => {
    if (total === undefined || done === undefined || done === 0) {
      end();
      progress.note(step);
      return;
    }
    if (current?.name !== step) {
      end();
      current = { name: step, cb: progress.step(step) };
    }
    current.cb(done, total);
  }) as ImportProgress & { end(): void };
  cb.end = end;
  return cb;
}

export async function analyzeCommand(o: AnalyzeOptions, ctx: CommandContext): Promise<void> {
  const inputs = o.file.map((p) => ({ path: p, bytes: readInput(p, ctx.progress) }));
  const tmp = o.db ? undefined : mkdtempSync(join(tmpdir(), 'concordance-'));
  try {
    const report = await withApp(o.db ?? join(tmp!, 'analysis.sqlite'), ctx, async (app) => {
      const statutes = app.get(StatutesService);
      for (const input of inputs) {
        const progress = importProgress(ctx.progress);
        const r = await statutes.importStatute({ jurisdiction: o.jurisdiction, fileName: basename(input.path), bytes: input.bytes, language: o.lang }, progress);
        progress.end();
        warn(r.warnings);
      }
      const started = Date.now();
      const matching = ctx.progress.step(`matching against ${o.instrument}`);
      const analyses = app.get(AnalysisService);
      const stored = await analyses.analyze(o.jurisdiction, o.instrument, 'command line', (done, total) => matching(done, total));
      matching.end();
      ctx.progress.note(`assessed ${stored.report.articles.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return (o.explain ? await analyses.explained(stored.id) : stored).report;
    });
    if (o.json) return await writeJson(report);
    return await writeStdout(formatReport(report));
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

export async function importStatuteCommand(o: ImportStatuteOptions, ctx: CommandContext): Promise<void> {
  const results = await withApp(o.db, ctx, async (app) => {
    const out = [];
    for (const path of o.file) {
      const progress = importProgress(ctx.progress);
      const r = await app.get(StatutesService).importStatute(
        { jurisdiction: o.jurisdiction, fileName: basename(path), bytes: readInput(path, ctx.progress), language: o.lang, title: o.title, status: o.status },
        progress,
      );
      progress.end();
      warn(r.warnings);
      out.push(r);
    }
    return out;
  });
  if (o.json) return writeJson(results.length === 1 ? results[0] : results);
  const lines = results.map((r) => {
    const changes = r.changes ? ` (${r.changes.added.length} added, ${r.changes.removed.length} removed, ${r.changes.changed.length} changed)` : '';
    return `${r.outcome}: ${r.statute.jurisdiction} "${r.statute.title}" v${r.statute.currentVersion}, ${r.statute.provisionCount} provisions${changes}`;
  });
  return writeStdout(lines.join('\n') + '\n');
}

export async function importConventionCommand(o: ImportConventionOptions, ctx: CommandContext): Promise<void> {
  const [path] = o.file;
  const text = readInput(path, ctx.progress).toString('utf8');
  const r = await withApp(o.db, ctx, async (app) => {
    ctx.progress.note(`attaching the text to ${o.instrument}`);
    return app.get(InstrumentsService).importOfficialText(o.instrument, text, looksLikeHtml(text) ? 'html' : 'text', basename(path));
  });
  if (o.json) return writeJson(r);
  const out = [`${r.instrument}: ${r.articlesFound} articles found, ${r.paragraphsAttached} paragraphs attached`];
  if (r.paragraphsWithoutText.length) out.push(`paragraphs of the model without text: ${r.paragraphsWithoutText.join(', ')}`);
  for (const u of r.unplaced) out.push(`not placed (line ${u.line}, ${u.reason}): ${u.text.slice(0, 80)}`);
  return writeStdout(out.join('\n') + '\n');
}

export function formatReport(r: AnalysisReport): string {
  const out = [
    `${r.jurisdiction} against ${r.instrument}: ${r.summary.covered} covered, ${r.summary.partial} partial, ${r.summary.missing} missing`,
    `gaps: ${r.summary.blocking} blocking, ${r.summary.coverable} coverable by reservation or declaration, ${r.summary.advisory} advisory`,
    '',
  ];
  for (const a of r.articles.filter((x) => x.status !== 'not-assessed')) {
    const best = a.provisions.slice(0, 3).map((p) => p.citation).join(', ');
    out.push(`Art. ${a.article.padEnd(3)} ${a.status.padEnd(8)} ${a.severity.padEnd(9)} ${a.title.slice(0, 48).padEnd(48)} ${best}`);
  }
  for (const b of r.beyondConvention) out.push(`beyond the Convention: ${b.citation} (${b.statute}): ${b.concern}`);
  return out.join('\n') + '\n';
}

export interface CreateKeyOptions {
  role: Role;
  name: string;
  db?: string;
}

/** A named API key, printed once on stdout; only its digest is stored. */
export async function createKeyCommand(o: CreateKeyOptions, ctx: CommandContext): Promise<void> {
  const { key, summary } = await withApp(o.db, ctx, (app) => app.get(ApiKeyRegistry).create(o.role, o.name, 'command line'));
  process.stderr.write(`created key ${summary.id} for ${summary.name} (${summary.role}); it is shown once, keep it safe:\n`);
  return writeStdout(`${key}\n`);
}

/** The treaty office's and the batch commands run in the same application context as the others. */
const appFor = (ctx: CommandContext) => <T>(db: string | undefined, _quiet: boolean, run: (app: INestApplicationContext) => Promise<T>) => withApp(db, ctx, run);

export function importTreatyStatus(o: { file: string[]; instrument?: string; asOf?: string; db?: string }, ctx: CommandContext): Promise<void> {
  return importTreatyStatusCommand(o, appFor(ctx));
}

export function exportTreatyStatus(o: { instrument: string; table: string; db?: string }, ctx: CommandContext): Promise<void> {
  return exportTreatyStatusCommand(o, appFor(ctx));
}

export function analyzeAll(o: { jurisdictions?: string; db?: string }, ctx: CommandContext): Promise<void> {
  return analyzeAllCommand(o, appFor(ctx));
}
