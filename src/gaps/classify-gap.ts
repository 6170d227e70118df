import { Article } from '../instruments/instrument.model';
import { ArticleStatus, GapSeverity } from '../matching/match.model';

export interface GapClassification {
  severity: GapSeverity;
  /** Ids of the reservations or declarations that can cover the unmet elements, when severity is `coverable`. */
  coveredBy: string[];
  /** Ids of the reservations or declarations the State actually made that cover the gap (severity `reserved`). */
  coveredByReservation: string[];
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
 * A gap is `coverable` when every unmet element is covered by a reservation or a qualifying
 * declaration the instrument allows for that article (Arts. 40, 42), and `reserved` when the State
 * has made them (its treaty status). A designation (an authority, a 24/7 contact) is a duty the
 * designation fulfils, not a way to leave an obligation out: it never makes a gap coverable.
 */
export function classifyGap(article: Article, status: ArticleStatus, unmetElementIds: string[], made: ReadonlySet<string> = new Set()): GapClassification {
  const none = { coveredBy: [], coveredByReservation: [] };
  if (status === 'covered' || status === 'not-assessed') {
    return { severity: 'none', ...none, reason: status === 'covered' ? 'Every required element is implemented.' : 'Not assessed.' };
  }
  const unmetRequired = unmetElementIds.filter((id) => article.elements.find((e) => e.id === id)?.kind !== 'optional');
  const allowances = [...article.reservations, ...article.declarations.filter((d) => d.type !== 'designation')];
  const coveredBy = new Set<string>();
  const uncovered = unmetRequired.filter((id) => {
    const allowance = allowances.find((a) => a.covers.includes(id));
    if (allowance) coveredBy.add(allowance.id);
    return !allowance;
  });
  if (unmetRequired.length > 0 && uncovered.length === 0) {
    const ids = [...coveredBy];
    if (ids.every((id) => made.has(id))) {
      return { severity: 'reserved', coveredBy: ids, coveredByReservation: ids, reason: `The unmet elements (${unmetRequired.join(', ')}) are covered by ${ids.join(', ')}, which the State has made.` };
    }
    return { severity: 'coverable', coveredBy: ids, coveredByReservation: [], reason: `The unmet elements (${unmetRequired.join(', ')}) can be covered by ${ids.join(', ')}.` };
  }
  const designation = article.declarations.find((d) => d.type === 'designation' && unmetRequired.some((id) => d.covers.includes(id)));
  const duty = designation ? ` The State fulfils it by designating (${designation.basis}), which is a duty, not a reservation.` : '';
  if (ACCESSION_CRITICAL_KINDS.has(article.kind)) {
    const what = uncovered.length ? ` (${uncovered.join(', ')})` : '';
    return {
      severity: 'blocking',
      ...none,
      reason: `Art. ${article.number} is ${status}${what}; no reservation or declaration allows this, and accession expects Arts. 2–22 in national law.`,
    };
  }
  return { severity: 'advisory', ...none, reason: `Art. ${article.number} is ${status}; worth fixing, but it does not block accession on its own.${duty}` };
}
