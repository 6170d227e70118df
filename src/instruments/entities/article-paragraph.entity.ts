import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';

@Entity('article_paragraph')
@Index(['articleId', 'number'], { unique: true })
export class ArticleParagraphEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  articleId: number;

  @ManyToOne(() => ArticleEntity, (a) => a.paragraphs, { onDelete: 'CASCADE' })
  article: ArticleEntity;

  @Column({ type: 'varchar', length: 16 })
  number: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  obligation: string;

  /** The official wording, only after a user imported it. */
  @Column({ type: 'text', nullable: true })
  officialText: string | null;
}
