/**
 * Decisions survive change. A new analysis refreshes the machine's suggestions but never overwrites
 * a decision: an undecided suggestion the matcher no longer makes goes, a decided mapping stays.
 * When the provision's text changed since the decision, the decision carries over if every quoted
 * evidence is still in the text, and is flagged stale (old and new wording) if not. A rejected pair
 * is not suggested again while its provision reads the same; once the text changes it is reopened.
 */
import { MappingRecord } from './mapping.model';

export interface StoredMapping extends MappingRecord {
  id: number;
  version: number;
  /** The provision's text when the decision was taken. */
  decidedText: string | null;
  staleDetail: StaleDetail[] | null;
  engine: string | null;
}

export interface StaleDetail {
  element: string;
  /** The quoted evidence as decided. */
  old: string;
  /** What the provision says for the element now (the matcher's new evidence), or null when the provision is gone or says nothing of it. */
  new: string | null;
}

export interface Reconciled {
  /** Existing mappings with their new state (only those that changed). */
  update: StoredMapping[];
  /** New machine suggestions. */
  insert: (MappingRecord & { engine: string })[];
  /** Undecided suggestions the matcher no longer makes. */
  remove: number[];
  /** Decided mappings now flagged stale, and rejected ones reopened. */
  staled: StoredMapping[];
  reopened: StoredMapping[];
}

export const pairKey = (m: Pick<MappingRecord, 'article' | 'statute' | 'citation'>) => `${m.article}\u0000${m.statute}\u0000${m.citation}`;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * @param textOf the provision's current full text, undefined when it is not in the law any more
 */
export function reconcile(existing: StoredMapping[], suggested: MappingRecord[], textOf: (statute: string, citation: string) => string | undefined, engine: string): Reconciled {
  const out: Reconciled = { update: [], insert: [], remove: [], staled: [], reopened: [] };
  const byKey = new Map(suggested.map((s) => [pairKey(s), s]));
  const seen = new Set<string>();
  for (const m of existing) {
    const key = pairKey(m);
    seen.add(key);
    const now = byKey.get(key);
    if (m.status === 'suggested') {
      if (!now) out.remove.push(m.id);
      else out.update.push({ ...m, ...machineFields(now), engine, stale: false, staleDetail: null });
      continue;
    }
    const refreshed: StoredMapping = now ? { ...m, score: now.score, rank: now.rank, role: now.role, engine } : { ...m, score: null, rank: null, role: null };
    const text = textOf(m.statute, m.citation);
    if (text !== undefined && (m.decidedText === null || squash(text) === squash(m.decidedText))) {
      out.update.push(refreshed);
      continue;
    }
    const changed = changedEvidence(m, text, now);
    if (text !== undefined && !changed.length) {
      // the words relied on are all still there: the decision carries over to the new text
      out.update.push({ ...refreshed, decidedText: text, stale: false, staleDetail: null });
      continue;
    }
    if (m.status === 'rejected' && now) {
      const reopened: StoredMapping = { ...m, ...machineFields(now), engine, status: 'suggested', stale: true, staleDetail: changed, decidedText: null };
      out.update.push(reopened);
      out.reopened.push(reopened);
      continue;
    }
    const staled: StoredMapping = { ...refreshed, stale: true, staleDetail: changed.length ? changed : [{ element: '*', old: squash(m.decidedText ?? '').slice(0, 300), new: null }] };
    out.update.push(staled);
    if (!m.stale) out.staled.push(staled);
  }
  for (const s of suggested) if (!seen.has(pairKey(s))) out.insert.push({ ...s, engine });
  return out;
}

function machineFields(s: MappingRecord): Pick<MappingRecord, 'score' | 'rank' | 'role' | 'relationship' | 'confidence' | 'elements'> {
  return { score: s.score, rank: s.rank, role: s.role, relationship: s.relationship, confidence: s.confidence, elements: s.elements };
}

/** The quoted evidence of the provision's own words (as decided on) that the new text no longer holds. */
function changedEvidence(m: StoredMapping, text: string | undefined, now: MappingRecord | undefined): StaleDetail[] {
  const hay = squash(text ?? '').toLowerCase();
  const decided = squash(m.decidedText ?? '').toLowerCase();
  const out: StaleDetail[] = [];
  for (const e of m.elements) {
    // evidence found in a definition, a heading or another section is not this provision's wording
    if (!e.evidence || e.source) continue;
    const quote = squash(e.evidence.replace(/…$/, '')).toLowerCase();
    if (m.decidedText !== null && !decided.includes(quote)) continue;
    if (text !== undefined && hay.includes(quote)) continue;
    out.push({ element: e.element, old: e.evidence, new: now?.elements.find((f) => f.element === e.element)?.evidence ?? null });
  }
  return out;
}
