import 'reflect-metadata';
import { runCli } from './cli/program';

// No process.exit() on the way out: it would cut stdout short when a slow reader is on the pipe. The exit
// status is set and the process ends once its output is written; the unref'd timer only stops a
// lingering handle from keeping a finished command alive.
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    setTimeout(() => process.exit(code), 5000).unref();
  },
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
