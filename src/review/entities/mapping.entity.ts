import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relationship, SuggestedElement, SuggestionRole } from '../../matching/match.model';
import type { MappingOrigin, MappingStatus } from '../mapping.model';

/** A provision-article pair of a jurisdiction, as the machine suggested it and as experts decided it. */
@Entity('mapping')
@Index(['jurisdictionCode', 'instrumentId', 'article', 'statute', 'citation'], { unique: true })
@Index(['jurisdictionCode', 'instrumentId', 'status'])
export class MappingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Optimistic lock, raised by every change; a decision names the version it was made on. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 8 })
  jurisdictionCode: string;

  @Column({ type: 'varchar', length: 32 })
  instrumentId: string;

  @Column({ type: 'varchar', length: 16 })
  article: string;

  @Column({ type: 'varchar', length: 500 })
  statute: string;

  @Column({ type: 'varchar', length: 200 })
  citation: string;

  @Column({ type: 'varchar', length: 16 })
  status: MappingStatus;

  @Column({ type: 'varchar', length: 16 })
  origin: MappingOrigin;

  @Column({ type: 'varchar', length: 16 })
  relationship: Relationship;

  @Column({ type: 'float', nullable: true })
  score: number | null;

  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  role: SuggestionRole | null;

  @Column({ type: 'float', nullable: true })
  confidence: number | null;

  @Column({ type: 'simple-json' })
  elements: SuggestedElement[];

  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  /** The matcher's name and version that made (or last refreshed) the suggestion. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  engine: string | null;

  @Column({ type: 'boolean', default: false })
  stale: boolean;

  /** Per quoted element, the wording decided on and the wording now in force. */
  @Column({ type: 'simple-json', nullable: true })
  staleDetail: { element: string; old: string; new: string | null }[] | null;

  /** The provision's text when the decision was taken, to tell later whether the evidence changed. */
  @Column({ type: 'text', nullable: true })
  decidedText: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  decidedAt: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
