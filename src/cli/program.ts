import { LogLevel } from '@nestjs/common';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../common/domain-error';
import { REPO_ROOT } from '../common/paths';
import type { CommandContext } from './commands';
import { Progress, stderrProgress } from './progress';

/** Exit status of the command line: documented in the README and in `--help`. */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 2 } as const;

const STATUSES = ['in-force', 'bill', 'draft', 'repealed'];
const ROLES = ['admin', 'reviewer', 'treaty-office', 'viewer'];
const TREATY_INSTRUMENTS = ['ets185', 'ets189', 'cets224', 'uncc'];
const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

function languageCode(value: string): string {
  if (!/^[a-z]{2}$/.test(value)) throw new InvalidArgumentError('a two-letter ISO 639-1 code such as en, fr or es.');
  return value;
}

function jurisdictionCode(value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value)) throw new InvalidArgumentError('a two-letter ISO 3166-1 code such as KE or FR.');
  return value.toUpperCase();
}

/** Errors and warnings by default; everything with --verbose; LOG_LEVEL picks a level in between. */
export function logLevelsFor(verbose: boolean, env: NodeJS.ProcessEnv = process.env): LogLevel[] {
  if (verbose) return LEVELS;
  const wanted = env.LOG_LEVEL?.trim();
  const i = wanted ? LEVELS.indexOf(wanted as LogLevel) : -1;
  return i >= 0 ? LEVELS.slice(0, i + 1) : ['fatal', 'error', 'warn'];
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The commands' code, loaded only to run one: help, version and usage errors answer without loading the app. */
const commands = () => import('./commands');

/** The command line: commands, their options and help (commander parses, we run). */
export function buildProgram(progress: Progress = stderrProgress()): Command {
  const program = new Command('npm run cli --');
  const ctx = (): CommandContext => ({ progress, logLevels: logLevelsFor(!!program.opts().verbose) });
  const fileOption = () => new Option('--file <path...>', 'statute file: text, HTML, PDF, DOCX, Akoma Ntoso or USLM XML (repeat for several)').makeOptionMandatory();
  const langOption = () => new Option('--lang <code>', 'declared language of the text (en, fr, es, …); detected when absent').argParser(languageCode);
  const dbOption = (what: string) => new Option('--db <url>', `database: a SQLite path or postgres:// URL (${what})`);

  program
    .description("Measures a country's cybercrime law against the Budapest Convention (ETS 185).")
    .usage('<command> [options]')
    .version(version(), '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help (also after a command: `analyze --help`)')
    .option('--verbose', 'framework logs on stderr (or set LOG_LEVEL=log|debug)')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText(
      'after',
      '\nProgress, warnings and logs go to stderr; stdout carries only the output (with --json, the JSON document alone).\n' +
        'Exit status: 0 success, 1 failure (bad file, nothing found, database error), 2 usage error (unknown command or option, missing or bad value).\n',
    );

  program
    .command('parse')
    .description('Parse a statute and print its provision tree.')
    .addOption(fileOption())
    .addOption(langOption())
    .option('--json', 'print { title, language, provisions: [{ citation, heading, kind, depth }] }')
    .action(async (o) => (await commands()).parseCommand(o, ctx()));

  program
    .command('analyze')
    .description('Ingest, match and assess on a temporary database (or --db) and print the result.')
    .addOption(new Option('--jurisdiction <code>', 'two-letter code of the country, e.g. KE').argParser(jurisdictionCode).makeOptionMandatory())
    .addOption(fileOption())
    .addOption(langOption())
    .option('--json', 'print the analysis as one JSON document')
    .addOption(dbOption('default: a temporary SQLite file, removed afterwards'))
    .option('--instrument <id>', 'instrument to measure against', 'ets185')
    .option('--explain', 'add, per article, why each candidate ranked where it did and why others were not listed (reason codes)')
    .action(async (o) => (await commands()).analyzeCommand(o, ctx()));

  program
    .command('import-statute')
    .description("Import a statute into the app's database (DATABASE_URL, or --db), with progress.")
    .addOption(new Option('--jurisdiction <code>', 'two-letter code of the country, e.g. KE').argParser(jurisdictionCode).makeOptionMandatory())
    .addOption(fileOption())
    .addOption(langOption())
    .option('--title <title>', 'title to file it under (default: the title printed in the statute)')
    .addOption(new Option('--status <status>', 'legal status of the text').choices(STATUSES))
    .addOption(dbOption('default: DATABASE_URL'))
    .option('--json', 'print the import result as JSON')
    .action(async (o) => (await commands()).importStatuteCommand(o, ctx()));

  program
    .command('import-convention')
    .description('Attach the official treaty text (plain text or HTML) to the instrument model.')
    .addOption(fileOption())
    .option('--instrument <id>', 'instrument whose text it is', 'ets185')
    .addOption(dbOption('default: DATABASE_URL'))
    .option('--json', 'print the result as JSON')
    .action(async (o) => (await commands()).importConventionCommand(o, ctx()));

  program
    .command('create-key')
    .description("Create a named API key in the app's database and print it once (only its digest is kept).")
    .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
    .requiredOption('--name <name>', 'the holder, as the audit log names them, e.g. "A. Reviewer"')
    .addOption(dbOption('default: DATABASE_URL'))
    .action(async (o) => (await commands()).createKeyCommand(o, ctx()));

  program
    .command('import-treaty-status')
    .description('Import treaty-status CSV tables (parties, signatories, invited, reservations); each file all or nothing.')
    .addOption(fileOption())
    .addOption(new Option('--instrument <id>', 'instrument, when the file name does not start with it').choices(TREATY_INSTRUMENTS))
    .option('--as-of <date>', 'date the facts were confirmed, for rows without an as_of column (YYYY-MM-DD)')
    .addOption(dbOption('default: DATABASE_URL'))
    .action(async (o) => (await commands()).importTreatyStatus(o, ctx()));

  program
    .command('export-treaty-status')
    .description('Print one treaty-status table as CSV in the columns it is imported in.')
    .addOption(new Option('--instrument <id>', 'instrument').choices(TREATY_INSTRUMENTS).makeOptionMandatory())
    .addOption(new Option('--table <table>', 'which table').choices(['parties', 'signatories', 'invited', 'reservations']).makeOptionMandatory())
    .addOption(dbOption('default: DATABASE_URL'))
    .action(async (o) => (await commands()).exportTreatyStatus(o, ctx()));

  program
    .command('analyze-all')
    .description("Analyse every jurisdiction with statutes (or those listed) in the app's database, as a resumable job.")
    .option('--jurisdictions <codes>', 'comma-separated codes, e.g. KE,PH (default: all with statutes)')
    .addOption(dbOption('default: DATABASE_URL'))
    .action(async (o) => (await commands()).analyzeAll(o, ctx()));

  return program;
}

/**
 * Runs the command line and returns the exit status instead of exiting, so that stdout can drain.
 * Usage errors print the error and the usage (commander does); failures print one line `error: …`.
 */
export async function runCli(argv: string[], progress?: Progress): Promise<number> {
  const program = buildProgram(progress);
  if (!argv.length) {
    // nothing asked: say what can be asked, as a usage error
    program.outputHelp({ error: true });
    return EXIT.USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    const msg = e instanceof DomainError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
    process.stderr.write(`error: ${msg.split('\n')[0]}\n`);
    if (!(e instanceof DomainError) && program.opts().verbose && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return EXIT.FAILURE;
  }
}
