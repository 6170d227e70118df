import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TreatyStatusEntity } from './treaty-status.entity';

/** A reservation, declaration or designation a State made, as recorded (with its source). */
@Entity('treaty_reservation')
export class TreatyReservationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  statusId: number;

  @ManyToOne('TreatyStatusEntity', 'reservations', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statusId' })
  status?: TreatyStatusEntity;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  article: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  paragraph: string | null;

  /** The article reference as the record wrote it, e.g. `9(4) re 9(2)(b)` or `2 (via 40)`. */
  @Column({ type: 'varchar', length: 100 })
  reference: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  date: string | null;

  @Column({ type: 'integer', default: 0 })
  withdrawn: number;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  asOf: string | null;
}
