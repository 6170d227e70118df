import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { StatuteVersionEntity } from './statute-version.entity';

export type StatuteStatus = 'in-force' | 'bill' | 'draft' | 'repealed';

/** One national law of a jurisdiction; its text lives in versions, newest current. */
@Entity('statute')
@Index(['jurisdictionCode', 'title'], { unique: true })
export class StatuteEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 2 })
  jurisdictionCode: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 16 })
  status: StatuteStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  source: string | null;

  @Column({ type: 'int', default: 0 })
  currentVersion: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @OneToMany(() => StatuteVersionEntity, (v) => v.statute)
  versions: StatuteVersionEntity[];
}
