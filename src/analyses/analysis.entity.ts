import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One analysis run of a jurisdiction's law against an instrument; the result is kept as run. */
@Entity('analysis')
@Index(['jurisdictionCode', 'createdAt'])
export class AnalysisEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 2 })
  jurisdictionCode: string;

  @Column({ type: 'varchar', length: 32 })
  instrumentId: string;

  /** Statute version ids analysed, so a result can be traced to the exact texts. */
  @Column({ type: 'simple-json' })
  statuteVersionIds: number[];

  /** The assessment, kept current: a reviewer's decision re-assesses it from the stored mappings. */
  @Column({ type: 'simple-json' })
  result: unknown;

  /** What of the match the assessment needs again (articles assessed, what each looked for, statutes unread, beyond the Convention). */
  @Column({ type: 'simple-json', nullable: true })
  outline: unknown;

  @CreateDateColumn()
  createdAt: Date;
}
