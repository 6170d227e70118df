import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../../src/common/paths';
import { corpusPath, describeWithCorpus, hasCorpus } from '../support/corpus';

// the first call may compile the program (scripts/run.js builds when sources are newer)
jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '..', '..');
const SAMPLE = join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt');

/** Runs `npm run cli` as a user would: the compiled program, built first when sources changed. */
function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run.js'), 'src/cli', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command line (the contracts of ARCHITECTURE.md)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'concordance-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parse --json prints the provision tree as one JSON document and nothing else', () => {
    const r = cli(['parse', '--file', SAMPLE, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.language).toBe('en');
    expect(doc.title).toMatch(/Computer Crimes Act/);
    expect(doc.provisions[0]).toEqual(expect.objectContaining({ citation: expect.any(String), kind: expect.any(String), depth: expect.any(Number) }));
    expect(doc.provisions.map((p: { citation: string }) => p.citation)).toEqual(expect.arrayContaining(['1', '3', '3(1)']));
  });

  it('analyze --json runs on a temporary database: one JSON document, the app database untouched', () => {
    const appDb = join(dir, 'app.sqlite');
    const r = cli(['analyze', '--jurisdiction', 'XA', '--file', SAMPLE, '--json'], { DATABASE_URL: appDb });
    expect(r.code).toBe(0);
    expect(existsSync(appDb)).toBe(false);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ instrument: 'ets185', jurisdiction: 'XA' });
    expect(doc.statutes).toEqual([expect.objectContaining({ title: expect.stringMatching(/Computer Crimes Act/) })]);
    const art2 = doc.articles.find((a: { article: string }) => a.article === '2');
    expect(['covered', 'partial', 'missing']).toContain(art2.status);
    expect(art2).toEqual(expect.objectContaining({ title: expect.any(String), severity: expect.any(String) }));
    expect(art2.provisions[0]).toEqual(
      expect.objectContaining({ citation: expect.any(String), statute: expect.any(String), score: expect.any(Number), relationship: expect.any(String) }),
    );
    expect(art2.provisions[0].elements[0]).toEqual(expect.objectContaining({ element: expect.any(String), met: expect.any(Boolean) }));
  });

  it('fails with a one-line reason on stderr and a non-zero exit', () => {
    const missing = cli(['parse', '--file', join(dir, 'nope.txt'), '--json']);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n').pop()).toMatch(/^error: .*nope\.txt/);
    expect(missing.code).toBe(1);
  });

  it('import-statute stores into the given database and reports progress on stderr', () => {
    const db = join(dir, 'import.sqlite');
    const first = cli(['import-statute', '--jurisdiction', 'XA', '--file', SAMPLE, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^created: XA "Computer Crimes Act 2024" v1, \d+ provisions/m);
    expect(first.stderr).toMatch(/stored provisions/);
    const again = cli(['import-statute', '--jurisdiction', 'XA', '--file', SAMPLE, '--db', db]);
    expect(again.stdout).toMatch(/^unchanged:/m);
  });

  describeWithCorpus('with the corpus', () => {
    it('import-convention attaches the official text and says what it could not place', () => {
      const r = cli(['import-convention', '--file', corpusPath('instruments', 'ets185.en.txt'), '--db', join(dir, 'treaty.sqlite')]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/ets185: 48 articles found, \d+ paragraphs attached/);
    });
  });

  describe('commands, help and exit status (commander)', () => {
    const COMMANDS: [string, string[]][] = [
      ['parse', ['--file', '--lang', '--json']],
      ['analyze', ['--jurisdiction', '--file', '--lang', '--json', '--db', '--instrument']],
      ['import-statute', ['--jurisdiction', '--file', '--lang', '--title', '--status', '--db']],
      ['import-convention', ['--file', '--instrument', '--db']],
    ];

    it.each(COMMANDS)('%s --help exits 0 and names its options', (command, options) => {
      const r = cli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: npm run cli -- ${command} [options]`);
      for (const o of options) expect(r.stdout).toContain(o);
      const short = cli([command, '-h']);
      expect(short.code).toBe(0);
      expect(short.stdout).toBe(r.stdout);
    });

    it('-h, --help and --version at the top exit 0; no argument prints the commands and exits 2', () => {
      const help = cli(['-h']);
      expect(help.code).toBe(0);
      for (const [command] of COMMANDS) expect(help.stdout).toContain(command);
      expect(help.stdout).toMatch(/Exit status: 0 success, 1 failure .*, 2 usage error/);
      const version = cli(['--version']);
      expect(version.code).toBe(0);
      expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      const none = cli([]);
      expect(none.code).toBe(2);
      expect(none.stdout).toBe('');
      for (const [command] of COMMANDS) expect(none.stderr).toContain(command);
    });

    it('a usage error exits 2 and shows the command usage on stderr, nothing on stdout', () => {
      const cases = [
        { args: ['analyze', '--file', SAMPLE, '--json'], says: /required option '--jurisdiction <code>' not specified/ },
        { args: ['parse', '--file', SAMPLE, '--colour'], says: /unknown option '--colour'/ },
        { args: ['import-statute', '--jurisdiction', 'XA', '--file', SAMPLE, '--status', 'enacted'], says: /'enacted' is invalid.*in-force, bill, draft, repealed/s },
        { args: ['parse', '--file', SAMPLE, '--lang', 'english'], says: /--lang <code>.*two-letter/s },
        { args: ['analyse'], says: /unknown command 'analyse'/ },
      ];
      for (const c of cases) {
        const r = cli(c.args);
        expect({ args: c.args, code: r.code }).toEqual({ args: c.args, code: 2 });
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(c.says);
        expect(r.stderr).toMatch(/Usage: npm run cli -- /);
      }
    });

    it('--json: stdout is the JSON alone, stderr has a progress line for each step, and no framework log line', () => {
      const r = cli(['analyze', '--jurisdiction', 'XA', '--file', SAMPLE, '--json']);
      expect(r.code).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.stdout.trimStart().startsWith('{')).toBe(true);
      const lines = r.stderr.split('\n');
      expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^reading .*xa-computer-crimes-act\.txt$/)]));
      expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^parsing xa-computer-crimes-act\.txt$/)]));
      expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^parsed \d+ provisions$/)]));
      expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^stored provisions: (\d+)\/\1$/)]));
      // matching reports each article it reads
      expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^matching against ets185: 1\/34$/), expect.stringMatching(/^matching against ets185: 34\/34$/), expect.stringMatching(/^assessed 48 articles in/)]));
      expect(r.stderr).not.toMatch(/\[Nest\]|InstanceLoader|NestFactory/);
    });

    it('--verbose (or LOG_LEVEL) brings the framework log back, on stderr only', () => {
      const verbose = cli(['parse', '--file', SAMPLE, '--json']);
      expect(verbose.stderr).not.toMatch(/InstanceLoader/);
      const r = cli(['--verbose', 'import-statute', '--jurisdiction', 'XA', '--file', SAMPLE, '--db', join(dir, 'verbose.sqlite'), '--json']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/InstanceLoader/);
      expect(JSON.parse(r.stdout).outcome).toBe('created');
      const byEnv = cli(['import-statute', '--jurisdiction', 'XA', '--file', SAMPLE, '--db', join(dir, 'verbose.sqlite')], { LOG_LEVEL: 'log' });
      expect(byEnv.stderr).toMatch(/InstanceLoader/);
      expect(byEnv.stdout).not.toMatch(/InstanceLoader/);
    });

    it('warns on stderr when the declared language is not the one the text reads in, and keeps the declared one', () => {
      const r = cli(['parse', '--file', SAMPLE, '--lang', 'fr', '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).language).toBe('fr');
      expect(r.stderr).toMatch(/^warning: xa-computer-crimes-act\.txt: declared language 'fr' but the text reads as 'en'; kept as declared/m);
      const right = cli(['parse', '--file', SAMPLE, '--lang', 'en', '--json']);
      expect(right.stderr).not.toMatch(/declared language/);
    });
  });

  /** The largest statute of the corpus: its JSON is several times a pipe's 64 KiB buffer. */
  function largestCorpusStatute(): string | undefined {
    if (!hasCorpus) return undefined;
    const dirPath = corpusPath('statutes');
    const files = readdirSync(dirPath).map((f) => join(dirPath, f)).filter((f) => statSync(f).isFile());
    return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  }

  describeWithCorpus('--json through a real pipe (the reader is slower than the writer)', () => {
    const pipeInto = (args: string[]) => {
      const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
      // the consumer starts reading only after the producer has filled the pipe; PIPESTATUS gives both exits
      const script = `node scripts/run.js src/cli ${quoted} 2>/dev/null | (sleep 1; python3 -m json.tool > "$OUT"); echo "$\{PIPESTATUS[0]} $\{PIPESTATUS[1]}"`;
      const out = join(dir, 'piped.json');
      const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, OUT: out }, timeout: 170_000 });
      const [producer, consumer] = r.stdout.trim().split(' ').map(Number);
      return { producer, consumer, json: existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined };
    };

    it('analyze --json on the largest corpus statute arrives whole and exits 0', () => {
      const file = largestCorpusStatute()!;
      const r = pipeInto(['analyze', '--jurisdiction', 'ZZ', '--file', file, '--json']);
      expect({ producer: r.producer, consumer: r.consumer }).toEqual({ producer: 0, consumer: 0 });
      expect(r.json.articles).toHaveLength(48);
      expect(JSON.stringify(r.json, null, 2).length).toBeGreaterThan(3 * 65536);
    });

    it('a reader that stops early (| head) gets a one-line failure and exit 1, not a crash', () => {
      const file = largestCorpusStatute()!;
      const script = `node scripts/run.js src/cli parse --file '${file.replace(/'/g, `'\\''`)}' --json 2>"$ERR" | head -c 100 >/dev/null; echo "$\{PIPESTATUS[0]}"`;
      const err = join(dir, 'epipe.txt');
      const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ERR: err }, timeout: 170_000 });
      expect(Number(r.stdout.trim())).toBe(1);
      const stderr = readFileSync(err, 'utf8');
      expect(stderr.trim().split('\n').pop()).toMatch(/^error: stdout was closed before the output was written \(EPIPE\)/);
      expect(stderr).not.toMatch(/^\s+at /m);
    });

    it('parse --json on the largest corpus statute arrives whole and exits 0', () => {
      const file = largestCorpusStatute()!;
      const r = pipeInto(['parse', '--file', file, '--json']);
      expect({ producer: r.producer, consumer: r.consumer }).toEqual({ producer: 0, consumer: 0 });
      expect(r.json.provisions.length).toBeGreaterThan(500);
    });
  });
});
