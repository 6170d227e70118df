/**
 * Which law counts on a given day: a plain function of the statutes' status, their versions and the
 * legal effects reviewers recorded. A statute that is a bill, a draft or repealed, a provision that
 * has not commenced, is suspended, repealed or struck down, never implements anything: it is taken
 * out of the law handed to the matcher, and listed with the reason.
 */
import { normaliseCitation } from '../citation';
import { Provision } from '../provision.model';
import type { LegalEffectKind } from '../entities/legal-effect.entity';
import type { StatuteStatus } from '../entities/statute.entity';

export interface EffectRecord {
  id: number;
  citation: string | null;
  effect: LegalEffectKind;
  fromDate: string | null;
  toDate: string | null;
  source: string;
  note: string | null;
}

/** Why something was left out of the law analysed. */
export interface NotInEffect {
  statute: string;
  statuteId: number;
  /** Absent: the whole statute. */
  citation?: string;
  /** A legal effect, or the statute's own status (`bill`, `draft`, `repealed`), or `not-yet-enacted` for a date before any version. */
  reason: LegalEffectKind | Exclude<StatuteStatus, 'in-force'> | 'not-yet-enacted';
  from?: string;
  to?: string;
  source?: string;
  note?: string;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** A record applies on `asAt` when its period contains it (`from` inclusive, `to` exclusive, either open). */
export function effectApplies(r: Pick<EffectRecord, 'fromDate' | 'toDate'>, asAt: string): boolean {
  return (!r.fromDate || r.fromDate <= asAt) && (!r.toDate || asAt < r.toDate);
}

/**
 * The version in force on `asAt`: the newest whose date is not after it. An undated version counts
 * from its import day, except the first: when it began is unknown, so it stands for the law before.
 */
export function versionAt<V extends { version: number; versionDate: string | null; importedAt: Date | string }>(versions: V[], asAt: string): V | undefined {
  const first = Math.min(...versions.map((v) => v.version));
  const day = (v: V) => v.versionDate ?? (v.version === first ? '0000-01-01' : new Date(v.importedAt).toISOString().slice(0, 10));
  return [...versions].sort((a, b) => b.version - a.version).find((v) => day(v) <= asAt);
}

/**
 * The tree without the provisions an applying record takes out of effect (a section takes its
 * subsections with it). Returns what was removed, with the record that removed it.
 */
export function withoutProvisionsNotInEffect(tree: Provision[], records: EffectRecord[], asAt: string): { tree: Provision[]; removed: { citation: string; record: EffectRecord }[] } {
  const applying = new Map<string, EffectRecord>();
  for (const r of records) if (r.citation && effectApplies(r, asAt)) applying.set(normaliseCitation(r.citation), r);
  const removed: { citation: string; record: EffectRecord }[] = [];
  const prune = (nodes: Provision[]): Provision[] =>
    nodes.flatMap((p) => {
      const r = p.citation ? applying.get(normaliseCitation(p.citation)) : undefined;
      if (r) {
        removed.push({ citation: p.citation, record: r });
        return [];
      }
      return [{ ...p, children: prune(p.children) }];
    });
  return { tree: prune(tree), removed };
}

/** The whole-statute reason it does not count on `asAt`, if any: its status first, then a statute-wide record. */
export function statuteNotInEffect(status: StatuteStatus, records: EffectRecord[], asAt: string): Omit<NotInEffect, 'statute' | 'statuteId'> | undefined {
  if (status === 'repealed') {
    // a repeal with a recorded date leaves the statute in force before that date
    const dated = records.find((x) => !x.citation && x.effect === 'repealed' && x.fromDate);
    if (!dated || effectApplies(dated, asAt)) return dated ? fromRecord(dated) : { reason: 'repealed' };
  } else if (status !== 'in-force') return { reason: status };
  const r = records.find((x) => !x.citation && effectApplies(x, asAt));
  return r ? fromRecord(r) : undefined;
}

export function fromRecord(r: EffectRecord, citation?: string): Omit<NotInEffect, 'statute' | 'statuteId'> {
  return {
    ...(citation ? { citation } : {}),
    reason: r.effect,
    ...(r.fromDate ? { from: r.fromDate } : {}),
    ...(r.toDate ? { to: r.toDate } : {}),
    source: r.source,
    ...(r.note ? { note: r.note } : {}),
  };
}
