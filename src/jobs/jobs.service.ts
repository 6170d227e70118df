import { Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError } from '../common/domain-error';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { AnalysisService } from '../analyses/analyses.service';
import { normaliseJurisdiction } from '../jurisdictions/jurisdiction-code';
import { JobEntity, JobState } from './job.entity';
import { JobsRepository } from './jobs.repository';

export interface JobView {
  id: number;
  kind: string;
  state: JobState;
  done: number;
  total: number;
  errors: { jurisdiction: string; error: string; message: string }[];
  createdAt: string;
  updatedAt: string;
}

export type JobProgress = (job: JobView, last?: { jurisdiction: string; ok: boolean }) => void;

export const BATCH_ANALYSIS = 'analyze-all';

/**
 * Batch analysis of many jurisdictions, one after another (analysis is CPU-bound; running them side
 * by side would only interleave them). Progress is written after each jurisdiction, so a server that
 * restarts resumes unfinished jobs where they stopped.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobsService.name);
  private readonly running = new Map<number, Promise<JobView>>();

  constructor(
    private readonly repo: JobsRepository,
    private readonly analyses: AnalysisService,
    private readonly jurisdictions: JurisdictionsService,
    @Optional() private readonly http?: HttpAdapterHost,
  ) {}

  /** A served app resumes what a crash interrupted; the command line resumes its own (see analyze-all). */
  onApplicationBootstrap(): void {
    if (!this.http?.httpAdapter) return;
    void this.repo.unfinished(BATCH_ANALYSIS).then((jobs) => {
      for (const job of jobs) {
        this.logger.log(`resuming job ${job.id} (${job.done}/${job.total} done)`);
        this.start(job.id);
      }
    });
  }

  /** The jurisdictions asked for, or every one with statutes; unknown ones are refused before anything runs. */
  async batchItems(codes?: string[]): Promise<string[]> {
    const withLaw = (await this.jurisdictions.list()).filter((j) => j.statutes > 0).map((j) => j.code);
    if (!codes?.length) return withLaw;
    const wanted = [...new Set(codes.map(normaliseJurisdiction))];
    const missing = wanted.filter((c) => !withLaw.includes(c));
    if (missing.length) throw new DomainError('JURISDICTION_NOT_FOUND', `No statutes are imported for ${missing.join(', ')}: import them before a batch analysis.`);
    return wanted;
  }

  async createBatch(codes?: string[]): Promise<JobView> {
    const items = await this.batchItems(codes);
    if (!items.length) throw new DomainError('JURISDICTION_NOT_FOUND', 'No jurisdiction has statutes yet: import some before a batch analysis.');
    return toView(await this.repo.create(BATCH_ANALYSIS, items));
  }

  /** Runs a job in the background (at most once per process); returns at once. */
  start(id: number): void {
    if (this.running.has(id)) return;
    const run = this.run(id).finally(() => this.running.delete(id));
    this.running.set(id, run);
    run.catch((e) => this.logger.error(`job ${id} stopped: ${(e as Error).message}`));
  }

  /** Resolves when the job has run to the end (for tests and the command line). */
  async settled(id: number): Promise<JobView> {
    return (await this.running.get(id)) ?? this.get(id);
  }

  async get(id: number): Promise<JobView> {
    return toView(await this.find(id));
  }

  /** An unfinished batch over exactly these jurisdictions, left by a crash or an interrupted command. */
  async unfinishedFor(items: string[]): Promise<JobView | undefined> {
    const wanted = [...items].sort().join(',');
    const found = (await this.repo.unfinished(BATCH_ANALYSIS)).find((j) => [...j.items].sort().join(',') === wanted);
    return found && toView(found);
  }

  async run(id: number, progress: JobProgress = () => {}): Promise<JobView> {
    const job = await this.find(id);
    if (job.state === 'done' || job.state === 'failed') return toView(job);
    job.state = 'running';
    await this.repo.save(job);
    progress(toView(job));
    for (const code of job.items) {
      if (job.completed.includes(code)) continue;
      let ok = true;
      try {
        await this.analyses.analyze(code);
      } catch (e) {
        ok = false;
        const error = e instanceof DomainError ? e.code : 'INTERNAL_ERROR';
        job.errors.push({ jurisdiction: code, error, message: (e as Error).message });
      }
      job.completed.push(code);
      job.done = job.completed.length;
      await this.repo.save(job);
      progress(toView(job), { jurisdiction: code, ok });
    }
    job.state = job.errors.length === job.total ? 'failed' : 'done';
    await this.repo.save(job);
    progress(toView(job));
    return toView(job);
  }

  private async find(id: number): Promise<JobEntity> {
    const job = await this.repo.find(id);
    if (!job) throw new DomainError('JOB_NOT_FOUND', `No job with id ${id}.`);
    return job;
  }
}

function toView(j: JobEntity): JobView {
  return {
    id: j.id,
    kind: j.kind,
    state: j.state,
    done: j.done,
    total: j.total,
    errors: j.errors,
    createdAt: new Date(j.createdAt).toISOString(),
    updatedAt: new Date(j.updatedAt).toISOString(),
  };
}
