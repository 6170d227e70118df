import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';

// the first start may compile the program (scripts/run.js builds when sources are newer)
jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '..', '..');
const KEY = 'process-test-admin-key';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** Whether something still listens on the port: a fresh listen fails with EADDRINUSE if so. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = createServer();
    s.once('error', () => done(true));
    s.listen(port, () => s.close(() => done(false)));
  });
}

interface Server {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: ChildProcess[] = [];

/** `npm start` as a user runs it: scripts/run.js starting the compiled server. */
async function startServer(database: string, port: number, via: 'run.js' | 'npm start' = 'run.js'): Promise<Server> {
  const [command, args] = via === 'npm start' ? ['npm', ['start']] : [process.execPath, [join(ROOT, 'scripts', 'run.js'), 'src/main']];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: database, SEED_SAMPLE: 'false', CONCORDANCE_API_KEYS: `admin:${KEY}`, WRITE_RATE_LIMIT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  const deadline = Date.now() + 150_000;
  while (!/API on http/.test(out)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited at start:\n${out}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, output: () => out, exited };
}

describe('the server as a process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'concordance-process-'));
    // build once up front, so that two servers started together do not both compile
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run.js'), 'src/cli', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status).toBe(0);
  });
  afterAll(() => {
    // a server left by a failed test must not outlive the run
    for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['run.js', 'npm start'] as const)('stops on SIGTERM to %s, and frees its port', async (via) => {
    const port = await freePort();
    const server = await startServer(join(dir, `term-${via.replace(' ', '-')}.sqlite`), port, via);
    await request(`http://127.0.0.1:${port}`).get('/health').expect(200);
    expect(await portInUse(port)).toBe(true);
    server.child.kill('SIGTERM');
    const how = await Promise.race([server.exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 15_000))]);
    expect(how).not.toBe('still running');
    // npm may be gone before the server it started has closed: give the server a few seconds to let go
    const deadline = Date.now() + 10_000;
    while ((await portInUse(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await portInUse(port)).toBe(false);
  });

  it('two servers on one SQLite file both start and take 20 parallel imports between them without a 500', async () => {
    const database = join(dir, 'shared.sqlite');
    const [a, b] = await Promise.all([freePort(), freePort()]);
    const servers = await Promise.all([startServer(database, a), startServer(database, b)]);
    try {
      const act = (i: number) =>
        Buffer.from([`Shared File Act ${2000 + i}`, '', '1. Entering a machine', `(1) A person who enters a computer system without right commits offence number ${i}.`].join('\n'));
      const sends = Array.from({ length: 20 }, (_, i) =>
        request(`http://127.0.0.1:${i % 2 ? b : a}`)
          .post('/jurisdictions/SQ/statutes')
          .set('X-API-Key', KEY)
          .attach('file', act(i % 10), `shared-${i}.txt`),
      );
      const results = await Promise.all(sends);
      expect(results.filter((r) => r.status >= 500).map((r) => r.body)).toEqual([]);
      expect(results.filter((r) => r.status !== 201).map((r) => r.body.error)).toEqual(results.filter((r) => r.status !== 201).map(() => 'CONCURRENT_WRITE'));
      const listed = (await request(`http://127.0.0.1:${a}`).get('/jurisdictions/SQ/statutes').expect(200)).body as { title: string }[];
      expect(listed).toHaveLength(10);
      // a lock error anywhere in either server's log, with the lines around it to say where
      const locked = servers.map((s) => {
        const lines = s.output().split('\n');
        const at = lines.findIndex((l) => /database is locked/.test(l));
        return at < 0 ? '' : lines.slice(Math.max(0, at - 3), at + 15).join('\n');
      });
      expect(locked).toEqual(['', '']);
    } finally {
      for (const s of servers) s.child.kill('SIGTERM');
      await Promise.all(servers.map((s) => s.exited));
    }
  });
});
