import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A country (ISO 3166-1 alpha-2) whose law is assessed. Its law is the union of its statutes. */
@Entity('jurisdiction')
export class JurisdictionEntity {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
