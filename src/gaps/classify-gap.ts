import { Article } from '../instruments/instrument.model';
import { ArticleStatus, GapSeverity } from '../matching/match.model';

export interface GapClassification {
  severity: GapSeverity;
  /** Ids of the reservations or declarations that can cover the unmet elements, when severity is `coverable`. */
  coveredBy: string[];
  reason: string;
}

/**
 * Articles whose absence stands in the way of accession (Art. 37): in practice the Parties expect
 * Arts. 2–21 and jurisdiction (22) to be in national law. Definitions (1) help but their absence does
 * not block by itself; Chapter III can apply directly in monist systems, so its gaps are advisory here
 * (the MLA report weighs them pairwise).
 */
const ACCESSION_CRITICAL_KINDS = new Set(['criminalisation', 'procedural', 'jurisdiction']);

/**
 * How serious a gap is, from the article's status and the required elements that were not met.
 * A gap is `coverable` when every unmet element is covered by a reservation or declaration the
 * Convention allows for that article (Arts. 40, 42).
 */
export function classifyGap(article: Article, status: ArticleStatus, unmetElementIds: string[]): GapClassification {
  if (status === 'covered' || status === 'not-assessed') {
    return { severity: 'none', coveredBy: [], reason: status === 'covered' ? 'Every required element is implemented.' : 'Not assessed.' };
  }
  const unmetRequired = unmetElementIds.filter((id) => article.elements.find((e) => e.id === id)?.kind !== 'optional');
  const allowances = [...article.reservations, ...article.declarations];
  const coveredBy = new Set<string>();
  const uncovered = unmetRequired.filter((id) => {
    const allowance = allowances.find((a) => a.covers.includes(id));
    if (allowance) coveredBy.add(allowance.id);
    return !allowance;
  });
  if (unmetRequired.length > 0 && uncovered.length === 0) {
    return {
      severity: 'coverable',
      coveredBy: [...coveredBy],
      reason: `The unmet elements (${unmetRequired.join(', ')}) can be covered by ${[...coveredBy].join(', ')}.`,
    };
  }
  if (ACCESSION_CRITICAL_KINDS.has(article.kind)) {
    const what = uncovered.length ? ` (${uncovered.join(', ')})` : '';
    return {
      severity: 'blocking',
      coveredBy: [],
      reason: `Art. ${article.number} is ${status}${what}; no reservation or declaration allows this, and accession expects Arts. 2–22 in national law.`,
    };
  }
  return {
    severity: 'advisory',
    coveredBy: [],
    reason: `Art. ${article.number} is ${status}; worth fixing, but it does not block accession on its own.`,
  };
}
