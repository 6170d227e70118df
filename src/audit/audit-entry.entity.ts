import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step in the audit trail: who did what to which subject, with the state before and after. Never updated or deleted. */
@Entity('audit_entry')
@Index(['jurisdictionCode', 'id'])
@Index(['subject', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** ISO time, set by us (not the database clock) so that entries of one transaction keep their order. */
  @Column({ type: 'varchar', length: 32 })
  at: string;

  /** The key holder's name and role ("A. Reviewer (reviewer)"), or "system" for the start-up seed. */
  @Column({ type: 'varchar', length: 300 })
  actor: string;

  /** e.g. mapping.accept, mapping.add, statute.import, analysis.run, key.create, key.revoke. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  /** What it acted on: `mapping:12`, `statute:3`, `analysis:7`, `key:2`. */
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  jurisdictionCode: string | null;

  @Column({ type: 'simple-json', nullable: true })
  before: unknown;

  @Column({ type: 'simple-json', nullable: true })
  after: unknown;
}
