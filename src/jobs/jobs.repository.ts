import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { JobEntity } from './job.entity';

/** Job rows: the database is what makes a batch survive a crash. */
@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  create(kind: string, items: string[]): Promise<JobEntity> {
    const repo = this.db.getRepository(JobEntity);
    return repo.save(repo.create({ kind, state: 'queued', items, completed: [], errors: [], total: items.length, done: 0 }));
  }

  find(id: number): Promise<JobEntity | null> {
    return this.db.getRepository(JobEntity).findOneBy({ id });
  }

  unfinished(kind?: string): Promise<JobEntity[]> {
    return this.db.getRepository(JobEntity).find({ where: { state: In(['queued', 'running']), ...(kind ? { kind } : {}) }, order: { id: 'ASC' } });
  }

  async save(job: JobEntity): Promise<void> {
    await this.db.getRepository(JobEntity).update(
      { id: job.id },
      { state: job.state, completed: job.completed, errors: job.errors, done: job.done, total: job.total },
    );
  }
}
