/**
 * Output of the matcher: suggestions, plain data. The matcher proposes which provision implements
 * which article, with per-element findings and evidence; it never decides an article's status or a
 * gap's severity (that is `assess` in src/gaps, read on effective mappings in src/review).
 */
export type Relationship = 'equal' | 'subset' | 'superset' | 'intersects';
export type ArticleStatus = 'covered' | 'partial' | 'missing' | 'not-assessed';
/**
 * blocking: stops accession or MLA; coverable: a reservation or declaration can cover it; reserved:
 * a reservation or declaration the State made covers it; advisory: worth fixing; none: no gap.
 */
export type GapSeverity = 'blocking' | 'coverable' | 'reserved' | 'advisory' | 'none';

/** The matcher's name and version, recorded on every machine suggestion (provenance). */
export const ENGINE = { name: 'concordance-matcher', version: '2.0.0' } as const;

export interface ElementFinding {
  element: string;
  met: boolean;
  /** Quoted span of the provision (or its context) that shows the element. */
  evidence?: string;
  /** Why it counts, or why not. */
  why?: string;
}

/** A finding as the matcher made it: what the assessment needs to weigh it beside others. */
export interface SuggestedElement extends ElementFinding {
  /** Found in the text, not presumed from the general part of the law. */
  found: boolean;
  /** The provision states the element in narrower terms than the article (the why says how). */
  narrowed: boolean;
  /** The acts of a many-act element the provision does not name ("suppressing"). */
  missingGroups: string[];
  /** Where the evidence was found when not in the provision's own words (a definition, a lead-in, a cited section). */
  source?: string;
}

/**
 * How the matcher would rely on a suggestion: `primary` implements the article (and is what the
 * articles depending on it read); `completing` is another part of the same section that meets an
 * element the primary ones leave unmet; `candidate` is worth a reviewer's look but not relied on.
 */
export type SuggestionRole = 'primary' | 'completing' | 'candidate';

export interface Suggestion {
  citation: string;
  statute: string;
  score: number;
  /** 1 for the best; the order in which the provisions are listed. */
  rank: number;
  relationship: Relationship;
  role: SuggestionRole;
  elements: SuggestedElement[];
}

export interface ArticleSuggestions {
  article: string;
  title: string;
  suggestions: Suggestion[];
  /** Element ids whose evidence shows the article is addressed at all (for the reason of a missing article). */
  lookedFor: string[];
  /** With `explain`: why the provisions ranked as they did, and why others were not listed. */
  explain?: ArticleExplanation;
}

/** Why a listed provision ranked where it did. */
export type RankingCode =
  | 'RELIED_ON'
  | 'COMPLETES_SECTION'
  | 'ANCHOR_IN_OWN_WORDS'
  | 'ANCHOR_BY_REFERENCE'
  | 'CONTEXT_ONLY'
  | 'HEADED_FOR_ARTICLE'
  | 'HEADED_FOR_OTHER_ARTICLE'
  | 'BROAD_PROVISION'
  | 'LIKE_CONFIRMED_EXAMPLE'
  | 'PENALTY_CLAUSE_AFTER_OFFENCE'
  | 'SCHEDULE_FORM';

/** Why a provision that names the article's concepts was not listed for it. */
export type ExclusionCode =
  | 'NOT_CITABLE'
  | 'INERT'
  | 'BEYOND_INSTRUMENT'
  | 'GROUPING'
  | 'WRONG_CLASS'
  | 'REQUIRED_WORDING_ABSENT'
  | 'NESTED_IN_LISTED'
  | 'NOT_EVALUATED'
  | 'BELOW_LISTING_SCORE'
  | 'OUTRANKED';

export interface ArticleExplanation {
  policy: string;
  ranked: { rank: number; citation: string; statute: string; score: number; parts: { coverage: number; retrieval: number; exampleSimilarity: number; breadth: number }; codes: RankingCode[] }[];
  notListed: { citation: string; statute: string; code: ExclusionCode; score?: number; within?: string }[];
}

export interface MatchResult {
  instrument: string;
  engine: { name: string; version: string; policy?: string };
  /** One entry per article the instrument's profiles assess, in the instrument's order. */
  articles: ArticleSuggestions[];
  beyondConvention: BeyondConventionFinding[];
  /** Statutes the matcher could not read (no lexicon for their language), with why. */
  unmatched: string[];
  /** Set when no statute could be read at all: nothing can be said either way, never "missing". */
  notAssessed?: string;
}

/** The article as assessed: status and severity from the effective mappings (the `analyze` contract). */
export interface ProvisionMatch {
  citation: string;
  statute: string;
  score: number;
  relationship: Relationship;
  elements: ElementFinding[];
  /** Who made the call: the matcher's suggestion or an expert's decision. */
  origin?: 'machine' | 'expert';
  /** The mapping's review status (suggested, accepted, modified, added). */
  mappingStatus?: string;
  /** The article's status rests on it (the others are candidates listed for a reviewer's look). */
  reliedOn?: boolean;
  mappingId?: number;
}

/** What an article's status rests on: expert decisions, machine suggestions, both, or nothing at all. */
export type AssessmentBasis = 'expert' | 'machine' | 'mixed' | 'none';

export interface ArticleAssessment {
  article: string;
  title: string;
  status: ArticleStatus;
  severity: GapSeverity;
  reasons: string[];
  /** Required element ids the provisions relied on do not meet (all of them for a missing article). */
  unmet: string[];
  /** Ids of the reservations or declarations that can cover the unmet elements, when the gap is coverable. */
  coveredBy: string[];
  /** Reservations the State actually made that cover the gap (from its treaty status). */
  coveredByReservation?: string[];
  provisions: ProvisionMatch[];
  basis?: AssessmentBasis;
  /** With `--explain` (or `?explain=true`): the matcher's reasons for the ranking. */
  explain?: ArticleExplanation;
}

/** A provision that falls outside the Convention (e.g. speech offences), reported separately. */
export interface BeyondConventionFinding {
  citation: string;
  statute: string;
  concern: string;
  evidence: string;
}

/** A provision and the article an expert confirmed it implements: the matcher learns from these. */
export interface ConfirmedExample {
  article: string;
  text: string;
  heading?: string;
  language: string;
}
