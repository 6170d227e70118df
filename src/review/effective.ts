/**
 * Effective mappings: suggestions and decisions folded into what the assessment relies on. A
 * decision always wins over the machine: a rejected pair is dropped, an accepted or modified one is
 * relied on whatever its rank, an expert's own mapping comes first.
 */
import { MatchResult, SuggestedElement, Suggestion, SuggestionRole } from '../matching/match.model';
import { MappingRecord } from './mapping.model';

export interface EffectiveMapping extends MappingRecord {
  /** The assessment reads its element findings for the article's status. */
  reliedOn: boolean;
  /** The articles that depend on this one (sanctions, scope, safeguards) read it too. */
  primary: boolean;
}

const ROLE_STRENGTH: Record<SuggestionRole, number> = { primary: 2, completing: 1, candidate: 0 };

/**
 * The matcher's suggestions as undecided mapping records (the machine's half). A pair is one record:
 * two provisions printed with the same citation (a repeated number, an inserted text) are merged,
 * keeping the better rank, the stronger role and, per element, the better finding.
 */
export function mappingsFromSuggestions(result: MatchResult): MappingRecord[] {
  return result.articles.flatMap((a) => mergePairs(a.suggestions).map((s) => ({
      instrument: result.instrument,
      article: a.article,
      statute: s.statute,
      citation: s.citation,
      status: 'suggested' as const,
      origin: 'machine' as const,
      relationship: s.relationship,
      score: s.score,
      rank: s.rank,
      role: s.role,
      confidence: s.score,
      elements: s.elements,
      rationale: null,
      stale: false,
      decidedBy: null,
      decidedAt: null,
    })),
  );
}

function mergePairs(suggestions: Suggestion[]): Suggestion[] {
  const byPair = new Map<string, Suggestion>();
  for (const s of suggestions) {
    const key = `${s.statute}\u0000${s.citation}`;
    const first = byPair.get(key);
    if (!first) {
      byPair.set(key, s);
      continue;
    }
    const better = (x: SuggestedElement, y: SuggestedElement) => (Number(y.met && y.found) - Number(x.met && x.found) || Number(y.met) - Number(x.met)) > 0;
    const elements = first.elements.map((f) => {
      const other = s.elements.find((o) => o.element === f.element);
      return other && better(f, other) ? other : f;
    });
    byPair.set(key, { ...first, role: ROLE_STRENGTH[s.role] > ROLE_STRENGTH[first.role] ? s.role : first.role, elements });
  }
  return [...byPair.values()];
}

/** An expert's findings laid over the machine's: the expert's word for each element it names. */
export function overlayFindings(machine: SuggestedElement[], expert: { element: string; met: boolean; evidence?: string; why?: string }[]): SuggestedElement[] {
  const byId = new Map(machine.map((f) => [f.element, f]));
  for (const e of expert) {
    byId.set(e.element, {
      element: e.element,
      met: e.met,
      found: e.met,
      narrowed: false,
      missingGroups: [],
      evidence: e.evidence ?? byId.get(e.element)?.evidence,
      why: e.why ?? (e.met ? 'An expert found the element met.' : 'An expert found the element not met.'),
    });
  }
  return [...byId.values()];
}

const EXPERT_STATUSES = new Set(['accepted', 'modified', 'added']);

/** Per article, the mappings in effect, expert mappings the machine never proposed first, then by the machine's rank. */
export function effectiveMappings(records: MappingRecord[]): Map<string, EffectiveMapping[]> {
  const out = new Map<string, EffectiveMapping[]>();
  for (const r of records) {
    if (r.status === 'rejected') continue;
    const decided = EXPERT_STATUSES.has(r.status);
    const m: EffectiveMapping = {
      ...r,
      reliedOn: decided || r.role === 'primary' || r.role === 'completing',
      primary: decided || r.role === 'primary',
    };
    const list = out.get(r.article) ?? [];
    list.push(m);
    out.set(r.article, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return out;
}
