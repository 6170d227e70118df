import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** A batch of work kept in the database, so that a restart resumes it where it stopped. */
@Entity('job')
export class JobEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  state: JobState;

  /** JSON: the jurisdiction codes to analyse, in order. */
  @Column({ type: 'simple-json' })
  items: string[];

  /** JSON: the codes already handled (analysed or failed), so a resumed job skips them. */
  @Column({ type: 'simple-json' })
  completed: string[];

  @Column({ type: 'simple-json' })
  errors: { jurisdiction: string; error: string; message: string }[];

  @Column({ type: 'integer', default: 0 })
  total: number;

  @Column({ type: 'integer', default: 0 })
  done: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
