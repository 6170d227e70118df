/**
 * The analysis as one plain function: match → effective mappings → assess. The CLI, the eval and
 * the bench call it directly; the analyses service does the same steps with stored decisions.
 */
import { Instrument } from '../instruments/instrument.model';
import { assess } from '../gaps/assess';
import { ArticleAssessment, ArticleExplanation, BeyondConventionFinding, MatchResult } from '../matching/match.model';
import { match, MatchInput } from '../matching/match';
import { effectiveMappings, mappingsFromSuggestions } from '../review/effective';
import { MappingRecord } from '../review/mapping.model';
import { DamageSign, damageSigns } from '../statutes/damage-signs';

export interface AnalysisResult {
  instrument: string;
  articles: ArticleAssessment[];
  beyondConvention: BeyondConventionFinding[];
}

export interface AssessOptions {
  reservationsMade?: ReadonlySet<string>;
  unjudgeable?: Map<string, string>;
  damaged?: DamageSign[];
}

/** What of a match the assessment needs again later (stored with the analysis, so decisions can be re-assessed without the matcher). */
export type MatchOutline = Pick<MatchResult, 'instrument' | 'engine' | 'unmatched' | 'notAssessed' | 'beyondConvention'> & {
  articles: { article: string; lookedFor: string[]; explain?: ArticleExplanation }[];
};

export function outlineOf(m: MatchResult): MatchOutline {
  return {
    instrument: m.instrument,
    engine: m.engine,
    unmatched: m.unmatched,
    ...(m.notAssessed ? { notAssessed: m.notAssessed } : {}),
    beyondConvention: m.beyondConvention,
    articles: m.articles.map((a) => ({ article: a.article, lookedFor: a.lookedFor, ...(a.explain ? { explain: a.explain } : {}) })),
  };
}

/** Statuses and gaps from a match's outline and the mapping records in effect (the machine's, with any decisions). */
export function assessMappings(instrument: Instrument, outline: MatchOutline, mappings: MappingRecord[], options: AssessOptions = {}): AnalysisResult {
  const articles = assess({
    instrument,
    assessed: outline.articles,
    mappings: effectiveMappings(mappings),
    ...(outline.notAssessed ? { notAssessed: outline.notAssessed } : {}),
    ...options,
  });
  return { instrument: instrument.id, articles, beyondConvention: outline.beyondConvention };
}

export function analyzeLaw(input: MatchInput & AssessOptions): AnalysisResult {
  const matched = match(input);
  const outline = outlineOf(matched);
  const damaged = input.damaged ?? input.statutes.flatMap((s) => damageSigns(s.title, s.parsed));
  const result = assessMappings(input.instrument, outline, mappingsFromSuggestions(matched), { ...input, damaged });
  return input.explain ? withExplanations(result, outline) : result;
}

/** The matcher's explanations put beside each article's assessment. */
export function withExplanations<T extends { articles: ArticleAssessment[] }>(result: T, outline: MatchOutline): T {
  const by = new Map(outline.articles.map((a) => [a.article, a.explain]));
  return { ...result, articles: result.articles.map((a) => (by.get(a.article) ? { ...a, explain: by.get(a.article) } : a)) };
}
