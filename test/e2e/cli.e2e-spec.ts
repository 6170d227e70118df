import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../../src/common/paths';
import { corpusPath, describeWithCorpus } from '../support/corpus';

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
    const noJurisdiction = cli(['analyze', '--file', SAMPLE, '--json']);
    expect(noJurisdiction.code).not.toBe(0);
    expect(noJurisdiction.stderr).toMatch(/--jurisdiction is required/);
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
});
