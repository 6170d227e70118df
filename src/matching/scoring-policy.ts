/**
 * The scoring weights of the matcher, in one named and versioned policy object: how a candidate's
 * coverage, signals and focus make its score, and how the articles read statute-wide weigh theirs.
 * `npm run eval -- --policy NAME` compares policies on the gold tables; suggestions record the
 * policy that made them (with the engine version).
 */
export interface ScoringPolicy {
  name: string;
  version: string;
  candidate: {
    /** A provision without the article's anchor is context: its score stays under this. */
    contextMax: number;
    /** Its share from coverage (the rest from relevance). */
    contextCoverage: number;
    /** A provision with the anchor scores base + span × quality; headed for another article, the lower band. */
    anchored: { base: number; span: number };
    elsewhere: { base: number; span: number };
    /** Quality: weighted share of required elements met, signal (heading or confirmed example, else retrieval), focus (one article of its group). */
    coverage: number;
    signal: number;
    focus: number;
    /** Without a heading or a confirmed example, retrieval gives this share of the signal. */
    retrievalSignal: number;
    /** Similarity to a reviewer-confirmed provision of the article that counts as strongly as a heading. */
    confirmedSimilarity: number;
  };
  /** Candidates under this score are not listed for a reviewer's look. */
  listedMin: number;
  /** Definitions, and the safeguards of each power: base + coverage. */
  definitions: { base: number; coverage: number };
  safeguards: { base: number; coverage: number };
  /** General-part rules (participation): headed for the article, share of elements in its own words, coverage. */
  statuteWide: { base: number; headed: number; ownWords: number; coverage: number };
  /** Sanctions: sitting with an offence, sanctions for legal persons, for natural persons, coverage. */
  sanctions: { base: number; withOffence: number; legalPersons: number; naturalPersons: number; coverage: number };
  /** Scope of the powers: headed as scope, a power itself, share of elements in its own words, confirmed-example similarity. */
  scope: { base: number; headed: number; power: number; ownWords: number; example: number };
}

export const DEFAULT_POLICY: ScoringPolicy = {
  name: 'balanced',
  version: '1',
  candidate: {
    contextMax: 0.35,
    contextCoverage: 0.5,
    anchored: { base: 0.55, span: 0.45 },
    elsewhere: { base: 0.4, span: 0.3 },
    coverage: 0.6,
    signal: 0.25,
    focus: 0.15,
    retrievalSignal: 0.5,
    confirmedSimilarity: 0.5,
  },
  listedMin: 0.15,
  definitions: { base: 0.4, coverage: 0.6 },
  safeguards: { base: 0.4, coverage: 0.6 },
  statuteWide: { base: 0.4, headed: 0.25, ownWords: 0.25, coverage: 0.1 },
  sanctions: { base: 0.4, withOffence: 0.3, legalPersons: 0.15, naturalPersons: 0.1, coverage: 0.05 },
  scope: { base: 0.4, headed: 0.25, power: 0.15, ownWords: 0.15, example: 0.05 },
};

/** An alternative for comparison: coverage weighs more, headings and retrieval less. */
export const COVERAGE_FIRST: ScoringPolicy = {
  ...DEFAULT_POLICY,
  name: 'coverage-first',
  version: '1',
  candidate: { ...DEFAULT_POLICY.candidate, coverage: 0.75, signal: 0.15, focus: 0.1 },
};

export const POLICIES: Record<string, ScoringPolicy> = { [DEFAULT_POLICY.name]: DEFAULT_POLICY, [COVERAGE_FIRST.name]: COVERAGE_FIRST };

export function policyNamed(name: string): ScoringPolicy {
  const p = POLICIES[name];
  if (!p) throw new Error(`Unknown scoring policy '${name}'; known: ${Object.keys(POLICIES).join(', ')}`);
  return p;
}
