/**
 * Scoring an analysis against a gold table (../shared/gold/README.md): recall@3, top-1 precision,
 * addressed accuracy, exact status accuracy, false assurance and missed coverage.
 */
import { normaliseCitation } from '../../src/statutes/citation';

export type GoldStatus = 'covered' | 'partial' | 'missing';

export interface GoldTable {
  statute_file: string;
  jurisdiction: string;
  language: string;
  articles: Record<string, { status: GoldStatus; provisions: string[]; note?: string }>;
}

export interface ArticleOutcome {
  article: string;
  status: string;
  provisions: { citation: string }[];
}

export interface Counts {
  /** articles with gold provisions, and how many had a hit in the first three / at the top */
  withProvisions: number;
  recallHits: number;
  top1Hits: number;
  /** all assessed articles */
  articles: number;
  addressedAgree: number;
  exactAgree: number;
  goldMissing: number;
  falseAssurance: number;
  goldAddressed: number;
  missed: number;
}

export interface Figures {
  recallAt3: number;
  top1: number;
  addressed: number;
  exact: number;
  falseAssurance: number;
  missed: number;
}

/** `inner` is `outer` or a finer provision inside it: 4(a)(1) inside 4(a); 18(1) inside 18. */
export function isWithin(inner: string, outer: string): boolean {
  const i = normaliseCitation(inner);
  const o = normaliseCitation(outer);
  if (!o) return false;
  if (i === o) return true;
  return i.startsWith(o) && /^[(.]/.test(i.slice(o.length));
}

export function emptyCounts(): Counts {
  return { withProvisions: 0, recallHits: 0, top1Hits: 0, articles: 0, addressedAgree: 0, exactAgree: 0, goldMissing: 0, falseAssurance: 0, goldAddressed: 0, missed: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
  return out;
}

export function scoreAgainstGold(gold: GoldTable, outcomes: ArticleOutcome[]): { counts: Counts; misses: string[] } {
  const counts = emptyCounts();
  const misses: string[] = [];
  for (const [article, g] of Object.entries(gold.articles)) {
    const o = outcomes.find((x) => x.article === article);
    if (!o) continue;
    counts.articles++;
    const addressed = (s: string) => s === 'covered' || s === 'partial';
    if (addressed(o.status) === addressed(g.status)) counts.addressedAgree++;
    if (o.status === g.status) counts.exactAgree++;
    else misses.push(`Art. ${article}: ${o.status} (gold ${g.status})`);
    if (g.status === 'missing') {
      counts.goldMissing++;
      if (o.status === 'covered') counts.falseAssurance++;
    } else {
      counts.goldAddressed++;
      if (o.status === 'missing') counts.missed++;
    }
    if (g.provisions.length) {
      counts.withProvisions++;
      const top3 = o.provisions.slice(0, 3).map((p) => p.citation);
      if (top3.some((p) => g.provisions.some((gp) => isWithin(p, gp) || isWithin(gp, p)))) counts.recallHits++;
      else misses.push(`Art. ${article}: top-3 [${top3.join(', ')}] misses gold [${g.provisions.join(', ')}]`);
      const first = o.provisions[0]?.citation;
      if (first && g.provisions.some((gp) => isWithin(first, gp))) counts.top1Hits++;
      else if (top3.length) misses.push(`Art. ${article}: top-1 ${first ?? '-'} not in gold [${g.provisions.join(', ')}]`);
    }
  }
  return { counts, misses };
}

export function figures(c: Counts): Figures {
  const r = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);
  return {
    recallAt3: r(c.recallHits, c.withProvisions),
    top1: r(c.top1Hits, c.withProvisions),
    addressed: r(c.addressedAgree, c.articles),
    exact: r(c.exactAgree, c.articles),
    falseAssurance: r(c.falseAssurance, c.goldMissing),
    missed: r(c.missed, c.goldAddressed),
  };
}
