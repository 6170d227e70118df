import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../config/app-config';

/** A named API key. Only its SHA-256 digest is kept: the key itself is shown once, when made. */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  keyHash: string;

  /** The first characters of the key, so a holder can tell which of their keys is listed. */
  @Column({ type: 'varchar', length: 12 })
  prefix: string;

  @Column({ type: 'varchar', length: 300 })
  createdBy: string;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedAt: string | null;
}
