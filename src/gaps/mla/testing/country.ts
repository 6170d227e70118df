import { AssessedArticle, AssessedStatus, CountryFacts, ProvisionPenalty, TreatyFacts, UNKNOWN_TREATY_FACTS } from '../model';
import { readMaxPenalty } from '../penalty';

/**
 * A country for rule specs: article statuses, one invented provision per assessed article ("s. <article>"
 * of "<code> Act"), optional penalty wording per offence article and treaty facts.
 */
export function country(
  jurisdiction: string,
  statuses: Record<string, AssessedStatus>,
  opts: { penalties?: Record<string, { text: string; language: string }>; treaty?: Partial<TreatyFacts>; unmet?: Record<string, string[]> } = {},
): CountryFacts {
  const statute = `${jurisdiction} Act`;
  const articles: AssessedArticle[] = Object.entries(statuses).map(([article, status]) => ({
    article,
    title: `Title of Art. ${article}`,
    status,
    unmet: opts.unmet?.[article] ?? [],
    provisions: status === 'missing' || status === 'not-assessed' ? [] : [{ statute, citation: `s. ${article}` }],
  }));
  const penalties: ProvisionPenalty[] = Object.entries(opts.penalties ?? {}).map(([article, { text, language }]) => ({
    statute,
    citation: `s. ${article}`,
    ...readMaxPenalty(text, language),
  }));
  return { jurisdiction, articles, penalties, treaty: { ...UNKNOWN_TREATY_FACTS, ...opts.treaty } };
}

/** Every offence article and power covered: a country with nothing missing. */
export function complete(): Record<string, AssessedStatus> {
  const out: Record<string, AssessedStatus> = {};
  for (let n = 2; n <= 35; n++) if (n !== 23) out[String(n)] = 'covered';
  return out;
}

export const PARTY: Partial<TreatyFacts> = { party: true, reservations: [], designations: [] };
