import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { ArticleDependency, ArticleKind, Declaration, Element, Grouping, Reservation } from '../instrument.model';
import { ArticleParagraphEntity } from './article-paragraph.entity';
import { InstrumentEntity } from './instrument.entity';

@Entity('article')
@Index(['instrumentId', 'number'], { unique: true })
export class ArticleEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, (i) => i.articles, { onDelete: 'CASCADE' })
  instrument: InstrumentEntity;

  @Column({ type: 'varchar', length: 16 })
  number: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 32 })
  kind: ArticleKind;

  @Column({ type: 'simple-json' })
  chapter: Grouping;

  @Column({ type: 'simple-json', nullable: true })
  section: Grouping | null;

  @Column({ type: 'simple-json', nullable: true })
  titleGroup: Grouping | null;

  @Column({ type: 'simple-json' })
  elements: Element[];

  @Column({ type: 'simple-json' })
  reservations: Reservation[];

  @Column({ type: 'simple-json' })
  declarations: Declaration[];

  /** The articles whose effective mappings this one's assessment reads (sanctions, scope, safeguards, co-operation forms). */
  @Column({ type: 'simple-json', nullable: true })
  dependsOn: ArticleDependency | null;

  @OneToMany(() => ArticleParagraphEntity, (p) => p.article)
  paragraphs: ArticleParagraphEntity[];
}
