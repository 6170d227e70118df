/**
 * Mutual legal assistance between a requesting Party (A) and a requested Party (B): plain data in,
 * plain data out. The rules in this folder are pure functions over these shapes.
 */
export type Outcome = 'works' | 'blocked' | 'uncertain';

export type ReasonKind =
  | 'treaty-relationship'
  | 'domestic-power'
  | 'dual-criminality'
  | 'penalty'
  | 'channel'
  | 'reservation'
  | 'implementing-provision';

/** What a reason rests on: a provision of a country's law, an article assessment of its analysis, or a treaty record. */
export interface Citation {
  jurisdiction: string;
  type: 'provision' | 'assessment' | 'treaty-record';
  /** Convention article (assessment, treaty record). */
  article?: string;
  paragraph?: string;
  /** Statute title and citation (provision). */
  statute?: string;
  citation?: string;
  /** Human-readable form, e.g. "XA, Computer Crimes Act 2024, s. 3(1)". */
  text: string;
}

export interface Reason {
  kind: ReasonKind;
  /** What this reason alone means for the request. */
  effect: Outcome;
  text: string;
  citations: Citation[];
}

/** A reservation or declaration a Party made to the instrument. */
export interface TreatyReservation {
  article: string;
  paragraph?: string;
  kind: 'reservation' | 'declaration';
  summary: string;
}

/** An authority a Party designated (central authority, Art. 27(2); 24/7 point of contact, Art. 35; extradition, Art. 24(7)). */
export interface TreatyDesignation {
  article: string;
  paragraph?: string;
  authority: string;
}

/** A country's treaty status for one instrument. `party: undefined` means not recorded. */
export interface TreatyFacts {
  party: boolean | undefined;
  reservations: TreatyReservation[];
  designations: TreatyDesignation[];
}

export const UNKNOWN_TREATY_FACTS: TreatyFacts = Object.freeze({ party: undefined, reservations: [], designations: [] }) as TreatyFacts;

export type AssessedStatus = 'covered' | 'partial' | 'missing' | 'not-assessed';

/** One article of a country's latest analysis (the `AnalysisReport` article shape, the fields the rules read). */
export interface AssessedArticle {
  article: string;
  title: string;
  status: AssessedStatus;
  unmet?: string[];
  /** The analysis's first reason names the provisions it relies on ("Every required element is found in 3(1)."). */
  reasons?: string[];
  /** Relied-on provisions first, then candidates, with the assessment's mark and the origin of the call. */
  provisions: { citation: string; statute: string; origin?: string; mappingStatus?: string; reliedOn?: boolean }[];
}

/** The maximum custodial penalty of one offence provision, and where in the statute it was read. */
export interface ProvisionPenalty {
  statute: string;
  citation: string;
  /** Citation of the provision whose words state the penalty (the provision itself or its section). */
  foundIn?: string;
  maxMonths: number | undefined;
  life?: true;
  minimumMonths?: number;
  /** Read from elsewhere in the section, which states several terms: which one applies to this provision is not determined. */
  range?: { fromMonths: number; toMonths: number };
  evidence?: string;
  reason?: string;
}

/** Everything the rules know about one country. */
export interface CountryFacts {
  jurisdiction: string;
  articles: AssessedArticle[];
  /** Penalties of the offence provisions (Arts. 2-11); only extradition reads them. */
  penalties: ProvisionPenalty[];
  treaty: TreatyFacts;
}

export type DualCriminalityMode = 'required' | 'may-apply' | 'not-required';

export interface FormDefinition {
  form: string;
  article: string;
  title: string;
  /** The article of B's law that implements answering this form (e.g. Art. 29 for preservation requests). */
  ownArticle: string;
  domesticPower: { anyOf: string[] };
  dualCriminality: DualCriminalityMode;
  minimumPenaltyMonths?: number;
  channels: { anyOf: string[] };
  reservations: { article: string; paragraph?: string; effect: string }[];
}

export interface ChannelDefinition {
  article: string;
  paragraph?: string;
  label: string;
  lawArticles: string[];
}

export interface InstrumentForms {
  instrument: string;
  offenceArticles: string[];
  /** Per offence article, the paragraphs under which a reservation narrows the offence in the reserving Party. */
  offenceReservations: Record<string, string[]>;
  channels: Record<string, ChannelDefinition>;
  forms: FormDefinition[];
}

/** Dual criminality for one offence article between A and B. */
export interface OffenceResult {
  article: string;
  title: string;
  outcome: Outcome;
  reasons: Reason[];
}

export interface FormResult {
  form: string;
  article: string;
  title: string;
  outcome: Outcome;
  reasons: Reason[];
  /** Per offence, where dual criminality applies to this form. */
  offences?: OffenceResult[];
}

export interface PairResult {
  requesting: string;
  requested: string;
  instrument: string;
  forms: FormResult[];
}
