/** Output of the matcher and the assessment: plain data, the shape of the `analyze` contract. */
export type Relationship = 'equal' | 'subset' | 'superset' | 'intersects';
export type ArticleStatus = 'covered' | 'partial' | 'missing' | 'not-assessed';
/** blocking: stops accession or MLA; coverable: a reservation or declaration can cover it; advisory: worth fixing; none: no gap. */
export type GapSeverity = 'blocking' | 'coverable' | 'advisory' | 'none';

export interface ElementFinding {
  element: string;
  met: boolean;
  /** Quoted span of the provision (or its context) that shows the element. */
  evidence?: string;
  /** Why it counts, or why not. */
  why?: string;
}

export interface ProvisionMatch {
  citation: string;
  statute: string;
  score: number;
  relationship: Relationship;
  elements: ElementFinding[];
}

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
  provisions: ProvisionMatch[];
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
