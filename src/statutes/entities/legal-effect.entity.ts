import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Why a provision (or, with no citation, a whole statute) is not law for a while: it has not
 * commenced, a court suspended it, it was repealed or struck down. Recorded by a reviewer with its
 * source; `from`/`to` bound the period (ISO dates, `to` exclusive, either open).
 */
export type LegalEffectKind = 'not-commenced' | 'suspended' | 'repealed' | 'struck-down';
export const LEGAL_EFFECT_KINDS: LegalEffectKind[] = ['not-commenced', 'suspended', 'repealed', 'struck-down'];

@Entity('legal_effect')
@Index(['statuteId'])
export class LegalEffectEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  statuteId: number;

  /** The provision as printed (`16(2)`); null for the statute as a whole. A section's effect reaches its subsections. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  citation: string | null;

  @Column({ type: 'varchar', length: 16 })
  effect: LegalEffectKind;

  @Column({ type: 'varchar', length: 10, nullable: true })
  fromDate: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  toDate: string | null;

  /** Where the reviewer read it: a gazette notice, a judgment, a commencement order. */
  @Column({ type: 'varchar', length: 1000 })
  source: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 100 })
  recordedBy: string;

  @CreateDateColumn()
  recordedAt: Date;
}
