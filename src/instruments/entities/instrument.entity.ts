import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';

@Entity('instrument')
export class InstrumentEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ type: 'varchar', length: 400 })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  shortTitle: string;

  @Column({ type: 'varchar', length: 40 })
  treatySeries: string;

  @Column({ type: 'varchar', length: 20 })
  openedForSignature: string;

  /** Hash of the model file last loaded, so a restart with an unchanged model writes nothing. */
  @Column({ type: 'varchar', length: 64 })
  modelHash: string;

  /** Where the official text came from and when, when a user imported it. */
  @Column({ type: 'simple-json', nullable: true })
  officialTextImport: { source: string; importedAt: string; unplaced: { line: number; text: string; reason: string }[] } | null;

  @OneToMany(() => ArticleEntity, (a) => a.instrument)
  articles: ArticleEntity[];
}
