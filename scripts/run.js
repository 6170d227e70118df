#!/usr/bin/env node
// Runs a compiled entry point (dist/...), building first only when a source file is newer than the
// build, so `npm run cli` starts in about a second instead of after a TypeScript compile.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const [entry, ...args] = process.argv.slice(2);
const target = join(root, 'dist', `${entry}.js`);

function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

// Only the build keeps incremental state (tsconfig.build.json): a type-check sharing it made the build skip stale output.
const stamp = join(root, 'dist', '.build-stamp');
const built = existsSync(target) && existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'scripts')), statSync(join(root, 'tsconfig.json')).mtimeMs);
if (built < sources) {
  process.stderr.write('building (sources changed)…\n');
  // stamp the build with the time it started, so a source saved during the build still counts as newer
  const started = new Date();
  const tsc = [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')];
  const r = spawnSync(process.execPath, tsc, { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, '');
  utimesSync(stamp, started, started);
}
// Not spawnSync: this process must stay responsive to forward a stop signal, or `kill` on `npm start`
// would end this wrapper and leave the server running with its port held.
const child = spawn(process.execPath, [target, ...args], { stdio: 'inherit' });
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'];
for (const s of SIGNALS) process.on(s, () => child.kill(s));
// `npm start` runs this through `sh -c`, and a SIGTERM sent to npm ends that shell without reaching us: when our
// parent goes away, stop the program as if the signal had come.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) child.kill('SIGTERM');
}, 500).unref();
child.on('exit', (code, signal) => {
  if (signal) {
    // end the same way the child did, so the caller sees the signal
    for (const s of SIGNALS) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    return;
  }
  process.exitCode = code ?? 1;
});
