import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ProvisionKind, ProvisionRole } from '../provision.model';

/** A provision of one statute version, stored flat in document order; `parentPosition` rebuilds the tree. */
@Entity('provision')
@Index(['versionId', 'position'], { unique: true })
@Index(['versionId', 'citation'])
export class ProvisionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  versionId: number;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int', nullable: true })
  parentPosition: number | null;

  @Column({ type: 'varchar', length: 200 })
  citation: string;

  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ProvisionKind;

  @Column({ type: 'int' })
  depth: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  heading: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 16 })
  role: ProvisionRole;

  @Column({ type: 'int' })
  line: number;
}
