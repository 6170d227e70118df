import type { INestApplicationContext } from '@nestjs/common';
import { SingleBar } from 'cli-progress';
import { JobProgress, JobsService, JobView } from './jobs.service';

type WithApp = <T>(databaseUrl: string | undefined, quiet: boolean, run: (app: INestApplicationContext) => Promise<T>) => Promise<T>;

/**
 * `analyze-all`: a batch job run in this process. An unfinished job for the same jurisdictions (a
 * crash, a Ctrl-C) is resumed rather than started again.
 */
export async function analyzeAllCommand(values: { jurisdictions?: string; db?: string }, withApp: WithApp): Promise<void> {
  const codes = values.jurisdictions?.split(',').map((s) => s.trim()).filter(Boolean);
  const view = await withApp(values.db, true, async (app) => {
    const jobs = app.get(JobsService);
    const items = await jobs.batchItems(codes);
    let job: JobView | undefined = await jobs.unfinishedFor(items);
    if (job) process.stderr.write(`resuming job ${job.id}: ${job.done}/${job.total} already done\n`);
    job ??= await jobs.createBatch(items);
    return jobs.run(job.id, progressReporter());
  });
  process.stdout.write(`job ${view.id} ${view.state}: ${view.done}/${view.total} analysed, ${view.errors.length} errors\n`);
  for (const e of view.errors) process.stdout.write(`  ${e.jurisdiction}: ${e.error}: ${e.message}\n`);
  if (view.state === 'failed') process.exitCode = 1;
}

/** A bar on a terminal; plain lines (one per jurisdiction) when stderr is a file or a pipe. */
function progressReporter(): JobProgress {
  if (!process.stderr.isTTY) {
    return (job, last) => {
      if (last) process.stderr.write(`analyze-all ${job.done}/${job.total} ${last.jurisdiction} ${last.ok ? 'ok' : 'error'}\n`);
    };
  }
  const bar = new SingleBar({ stream: process.stderr, format: 'analyze-all [{bar}] {value}/{total} {jurisdiction}', hideCursor: true });
  let started = false;
  return (job, last) => {
    if (!started) {
      bar.start(job.total, job.done, { jurisdiction: '' });
      started = true;
    }
    bar.update(job.done, { jurisdiction: last?.jurisdiction ?? '' });
    if (job.state === 'done' || job.state === 'failed') bar.stop();
  };
}
