import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** How a State applies treaties at home; entered by users, unknown until they say. */
export type TreatyApplication = 'monist' | 'dualist' | 'unknown';

/** A country (ISO 3166-1 alpha-2, or a user-assigned code such as XA) whose law is assessed. Its law is the union of its statutes. */
@Entity('jurisdiction')
export class JurisdictionEntity {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  /** A name the user gave; the ISO names come from the country-names adapter, not from here. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  /** The user's region, when they set one; otherwise the continent of the ISO code. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  region?: string | null;

  @Column({ type: 'varchar', length: 16, default: 'unknown' })
  treatyApplication?: TreatyApplication;

  @CreateDateColumn()
  createdAt: Date;
}
