import { Column, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TreatyReservationEntity } from './treaty-reservation.entity';

/** What is on record about one jurisdiction and one instrument. Empty dates are unknown, never "no". */
@Entity('treaty_status')
export class TreatyStatusEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 2 })
  jurisdictionCode: string;

  @Column({ type: 'varchar', length: 32 })
  instrumentId: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  coeMember: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  signature: string | null;

  /** Ratification, acceptance, approval or accession (the sources do not always say which). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  ratification: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  entryIntoForce: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  asOf: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  invitationDate: string | null;

  /** The record's own word on the invitation, e.g. `invited (not a Party at source date)`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  invitationStatus: string | null;

  @Column({ type: 'text', nullable: true })
  invitationSource: string | null;

  @Column({ type: 'text', nullable: true })
  invitationNotes: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  invitationAsOf: string | null;

  @UpdateDateColumn()
  updatedAt: Date;

  @OneToMany(() => TreatyReservationEntity, (r) => r.status)
  reservations?: TreatyReservationEntity[];
}
