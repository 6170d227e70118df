/**
 * Mappings as records (the fields of the OSCAL 1.2 mapping model / NIST IR 8477): a provision said
 * to implement an article, by the machine or by an expert, with its review status and provenance.
 */
import { Relationship, SuggestedElement, SuggestionRole } from '../matching/match.model';

export type MappingStatus = 'suggested' | 'accepted' | 'rejected' | 'modified' | 'added';
export const MAPPING_STATUSES: MappingStatus[] = ['suggested', 'accepted', 'rejected', 'modified', 'added'];
export type MappingOrigin = 'machine' | 'expert';
export type Decision = 'accept' | 'reject' | 'modify';

export interface MappingRecord {
  id?: number;
  /** Optimistic lock: a decision names the version it was made on. */
  version?: number;
  instrument: string;
  article: string;
  /** The statute's title, as provisions cite it. */
  statute: string;
  citation: string;
  status: MappingStatus;
  /** Who proposed the pair: the matcher (suggested, then accepted, rejected or modified) or an expert (added). */
  origin: MappingOrigin;
  relationship: Relationship;
  /** The matcher's score and rank (null for an expert's mapping the machine never proposed). */
  score: number | null;
  rank: number | null;
  /** How the matcher would rely on it (null for an expert's mapping). */
  role: SuggestionRole | null;
  /** The machine's score, or the expert's own confidence. */
  confidence: number | null;
  elements: SuggestedElement[];
  rationale: string | null;
  /** The provision's text changed since the decision, and the quoted evidence with it. */
  stale: boolean;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** A decision an expert took has the last word; the machine's suggestions are only proposals. */
export function isDecided(m: Pick<MappingRecord, 'status'>): boolean {
  return m.status !== 'suggested';
}
