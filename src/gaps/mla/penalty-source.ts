import { normaliseCitation } from '../../statutes/citation';
import { Provision } from '../../statutes/provision.model';
import { reliedOn } from './cite';
import { AssessedArticle, ProvisionPenalty } from './model';
import { namesModeOfTrial, PenaltyReading, readMaxPenalty } from './penalty';

const NO_PENALTY = 'no penalty is stated in this text';

export interface StatuteText {
  title: string;
  language: string;
  provisions: Provision[];
}

/**
 * Where the penalty of an offence provision is written: in the provision itself (or below it), else in
 * the provisions above it up to its section, else elsewhere in that section (a "penalty for an offence
 * under this section" subsection). The first place with a readable penalty wins.
 */
export function locatePenalty(statute: StatuteText, citation: string): Omit<ProvisionPenalty, 'statute' | 'citation'> {
  const path = findPath(statute.provisions, normaliseCitation(citation));
  if (!path) return { maxMonths: undefined, reason: `provision ${citation} not found in ${statute.title}` };
  const node = path[path.length - 1];
  const sectionAt = path.findIndex((p) => p.kind === 'section' || p.kind === 'article');
  const section = sectionAt >= 0 ? path[sectionAt] : path[0];
  const ancestors = path.slice(Math.max(sectionAt, 0), -1).reverse();
  const levels: Provision[][] = [subtree(node), ancestors, subtree(section).filter((p) => !subtree(node).includes(p))];
  let first: (PenaltyReading & { foundIn?: string }) | undefined;
  for (const [depth, level] of levels.entries()) {
    const texts = level.map((p) => [p.heading, p.text].filter(Boolean).join('. '));
    const readings = level.map((p, i) => ({ ...readMaxPenalty(texts[i], statute.language), foundIn: p.citation || undefined }));
    const pick = heaviest(readings);
    if (pick && known(pick)) {
      // elsewhere in the section: several different terms mean the one for this provision is not determined,
      // unless they are one penalty's modes of trial (summary / on indictment), whose maximum is the heavier
      const positive = readings.map((r, i) => ({ r, i })).filter(({ r }) => (r.maxMonths ?? 0) > 0);
      const modes = positive.filter(({ i }) => namesModeOfTrial(texts[i], statute.language)).map(({ r }) => r.maxMonths!);
      const terms = positive.filter(({ i }) => !namesModeOfTrial(texts[i], statute.language)).map(({ r }) => r.maxMonths!);
      if (modes.length) terms.push(Math.max(...modes));
      if (depth === levels.length - 1 && new Set(terms).size > 1) {
        const range = { fromMonths: Math.min(...terms), toMonths: Math.max(...terms) };
        return { ...pick, range, reason: `the section states terms from ${range.fromMonths} to ${range.toMonths} months; which applies to ${citation} is not determined` };
      }
      return pick;
    }
    first ??= pick;
  }
  if (!first || first.reason === NO_PENALTY) {
    return { maxMonths: undefined, reason: `no penalty is stated in ${citation} or elsewhere in its section (a separate penalty provision may set it)` };
  }
  return first;
}

/** The penalty of every provision the analysis relies on for the offence articles. */
export function offencePenalties(articles: AssessedArticle[], offenceArticles: string[], statutes: StatuteText[]): ProvisionPenalty[] {
  const out: ProvisionPenalty[] = [];
  const seen = new Set<string>();
  for (const a of articles) {
    if (!offenceArticles.includes(a.article)) continue;
    for (const p of reliedOn(a)) {
      const key = `${p.statute}\u0000${p.citation}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const statute = statutes.find((s) => s.title === p.statute);
      out.push({
        statute: p.statute,
        citation: p.citation,
        ...(statute ? locatePenalty(statute, p.citation) : { maxMonths: undefined, reason: `the text of ${p.statute} is not available` }),
      });
    }
  }
  return out;
}

function known(r: PenaltyReading): boolean {
  return r.life === true || r.maxMonths !== undefined || r.minimumMonths !== undefined;
}

/** Life, else the longest term, else a stated minimum, else a fine only, else the first unknown. */
function heaviest<T extends PenaltyReading>(readings: T[]): T | undefined {
  const life = readings.find((r) => r.life);
  if (life) return life;
  const terms = readings.filter((r) => (r.maxMonths ?? 0) > 0);
  if (terms.length) return terms.reduce((a, b) => (b.maxMonths! > a.maxMonths! ? b : a));
  const minima = readings.filter((r) => r.minimumMonths !== undefined);
  if (minima.length) return minima.reduce((a, b) => (b.minimumMonths! > a.minimumMonths! ? b : a));
  return readings.find((r) => r.maxMonths === 0) ?? readings.find((r) => r.reason && r.reason !== NO_PENALTY) ?? readings[0];
}

function findPath(nodes: Provision[], wanted: string, trail: Provision[] = []): Provision[] | undefined {
  for (const n of nodes) {
    const here = [...trail, n];
    if (n.citation && normaliseCitation(n.citation) === wanted) return here;
    const inner = findPath(n.children, wanted, here);
    if (inner) return inner;
  }
  return undefined;
}

function subtree(n: Provision): Provision[] {
  return [n, ...n.children.flatMap(subtree)];
}
