import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SourceFormat } from '../provision.model';
import { StatuteEntity } from './statute.entity';

export interface ProvisionChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** One imported text of a statute. Re-importing a changed text adds a version; history is kept. */
@Entity('statute_version')
@Index(['statuteId', 'version'], { unique: true })
export class StatuteVersionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  statuteId: number;

  @ManyToOne(() => StatuteEntity, (s) => s.versions, { onDelete: 'CASCADE' })
  statute: StatuteEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  versionDate: string | null;

  @Column({ type: 'varchar', length: 8 })
  format: SourceFormat;

  @Column({ type: 'varchar', length: 300 })
  fileName: string;

  @Column({ type: 'int' })
  provisionCount: number;

  @Column({ type: 'simple-json' })
  warnings: string[];

  /** What changed against the previous version, by citation. */
  @Column({ type: 'simple-json', nullable: true })
  changes: ProvisionChanges | null;

  @CreateDateColumn()
  importedAt: Date;
}
