import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../../src/common/paths';

// the first call may compile the program (scripts/run.js builds when sources are newer)
jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '..', '..');

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run.js'), 'src/cli', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SEED_SAMPLE: 'false', ...env }, timeout: 150_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('treaty-office commands', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'concordance-treaty-cli-'));
    env = { DATABASE_URL: join(dir, 'cli.sqlite') };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('import-treaty-status names the bad line, exits non-zero and stores nothing; a good file round-trips through export', () => {
    const good = 'state,iso2,coe_member,signature,ratification_or_accession,entry_into_force,source,notes\nTestland,XT,no,2020-01-02,2021-02-03,2021-06-01,our test record,\n';
    const bad = good + 'Otherland,XU,no,2020-02-31,,,our test record,\n';
    writeFileSync(join(dir, 'ets185-parties.csv'), bad);
    const refused = cli(['import-treaty-status', '--file', join(dir, 'ets185-parties.csv')], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error: MALFORMED_FILE: .*line 3, signature: '2020-02-31' is not a date/);
    expect(cli(['export-treaty-status', '--instrument', 'ets185', '--table', 'parties'], env).stdout.trim().split('\n')).toHaveLength(1);

    writeFileSync(join(dir, 'ets185-parties.csv'), good);
    const ok = cli(['import-treaty-status', '--file', join(dir, 'ets185-parties.csv')], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('ets185-parties.csv: 1 parties rows for 1 jurisdictions (ets185)');
    expect(cli(['export-treaty-status', '--instrument', 'ets185', '--table', 'parties'], env).stdout).toBe(good);
  });

  it('analyze-all prints plain progress lines when not on a terminal', () => {
    const sample = join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt');
    for (const code of ['XA', 'XB']) expect(cli(['import-statute', '--jurisdiction', code, '--file', sample], env).code).toBe(0);
    const r = cli(['analyze-all', '--jurisdictions', 'XA,XB'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('analyze-all 1/2 XA ok');
    expect(r.stderr).toContain('analyze-all 2/2 XB ok');
    expect(r.stdout).toMatch(/job \d+ done: 2\/2 analysed, 0 errors/);
    const unknown = cli(['analyze-all', '--jurisdictions', 'KE'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('KE');
  });
});
