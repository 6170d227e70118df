/**
 * Learning from review: mappings experts accepted, modified or added become confirmed examples
 * for the matcher in other countries (their provision text steers retrieval and ranking).
 */
import { ConfirmedExample } from '../matching/match.model';
import { MappingStatus } from './mapping.model';

export interface DecidedMapping {
  article: string;
  status: MappingStatus;
  /** The provision's text as decided on. */
  decidedText: string | null;
  heading?: string;
  language: string | undefined;
}

const CONFIRMING: ReadonlySet<MappingStatus> = new Set(['accepted', 'modified', 'added']);

export function confirmedExamples(decided: DecidedMapping[]): ConfirmedExample[] {
  return decided.flatMap((d) =>
    CONFIRMING.has(d.status) && d.decidedText && d.language ? [{ article: d.article, text: d.decidedText, language: d.language, ...(d.heading ? { heading: d.heading } : {}) }] : [],
  );
}
