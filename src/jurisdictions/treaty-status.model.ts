/**
 * Treaty status as plain data, and the rules that read it (invitation lapse, reservations in force).
 * Free of Nest and TypeORM: the service feeds it records from the repository.
 */
import { treatyRules } from './treaty-rules';

export type RecordKind = 'reservation' | 'declaration' | 'designation' | 'note' | 'flags';

export interface ReservationRecord {
  /** Article number, e.g. `6` for a record under Art. 6(3). */
  article: string;
  /** Paragraph (and letters) under the article, e.g. `3`, `7(a)`; absent when the record names the article only. */
  paragraph?: string;
  /** The reference as recorded, e.g. `9(4) re 9(2)(b)` or `2 (via 40)`. */
  reference: string;
  kind: RecordKind;
  summary: string;
  date: string | null;
  withdrawn: boolean;
  source: string | null;
  asOf: string | null;
}

export interface TreatyStatusRecord {
  jurisdiction: string;
  instrument: string;
  coeMember: string | null;
  signature: string | null;
  ratification: string | null;
  entryIntoForce: string | null;
  source: string | null;
  notes: string | null;
  asOf: string | null;
  invitation: { date: string | null; status: string | null; source: string | null; notes: string | null; asOf: string | null };
  records: ReservationRecord[];
  /** When this record was last written here (not when the State acted). */
  updatedAt?: string;
}

export interface InvitationState {
  date: string | null;
  expires: string | null;
  lapsed: boolean;
  /** True within the warning period before expiry (and not yet lapsed). */
  expiresSoon: boolean;
  /** The accession that took the invitation up before it lapsed, if one is on record. */
  takenUp: string | null;
  status: string | null;
  source: string | null;
  notes: string | null;
  asOf: string | null;
}

/**
 * The invitation as of `today`: it lapses after the validity period (five years), warned of some
 * months ahead, unless an accession (ratification date on record) took it up before then.
 */
export function invitationState(inv: TreatyStatusRecord['invitation'], today: string, accession: string | null = null): InvitationState {
  const { validYears, warnMonths } = treatyRules().invitation;
  if (!inv.date) return { ...inv, date: null, expires: null, lapsed: false, expiresSoon: false, takenUp: null };
  const expires = addMonths(inv.date, validYears * 12);
  const takenUp = accession && accession >= inv.date && accession < expires && accession <= today ? accession : null;
  const warnFrom = addMonths(expires, -warnMonths);
  const lapsed = !takenUp && today >= expires;
  return { ...inv, expires, lapsed, expiresSoon: !takenUp && !lapsed && today >= warnFrom, takenUp };
}

/** `YYYY-MM-DD` plus whole months; the day is clamped to the month's end (29 Feb + 12 months = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface ReservationOnRecord {
  article: string;
  paragraph?: string;
  /** The clause it was made under, written like the instrument model's `basis` (e.g. `9(4)` for `9(4) re 9(2)(b)`). */
  basis: string;
  reference: string;
  kind: 'reservation' | 'declaration';
  summary: string;
  withdrawn: boolean;
}

/**
 * The reservations and declarations a State made and has not withdrawn: what the assess step may
 * treat as covering a gap. Designations are left out on purpose: they fulfil a duty, they cover no gap.
 */
export function reservationsOnRecord(status: Pick<TreatyStatusRecord, 'records'> | null | undefined): ReservationOnRecord[] {
  return (status?.records ?? [])
    .filter((r): r is ReservationRecord & { kind: 'reservation' | 'declaration' } => (r.kind === 'reservation' || r.kind === 'declaration') && !r.withdrawn)
    .map((r) => ({ article: r.article, ...(r.paragraph ? { paragraph: r.paragraph } : {}), basis: basisOf(r.article, r.paragraph), reference: r.reference, kind: r.kind, summary: r.summary, withdrawn: false }));
}

/** `24` + `7(a)` → `24(7)(a)`: article and paragraph written the way the treaty and its model write them. */
export function basisOf(article: string, paragraph?: string | null): string {
  if (!paragraph) return article;
  const [first, ...rest] = paragraph.split('(');
  return `${article}(${first})${rest.length ? `(${rest.join('(')}` : ''}`;
}

export interface DesignationOnRecord {
  article: string;
  paragraph?: string;
  reference: string;
  authority: string;
  date: string | null;
  source: string | null;
}

/** Designations (Art. 24(7) extradition authority, 27(2) central authority, 35 point of contact) in force. */
export function designationsOnRecord(status: Pick<TreatyStatusRecord, 'records'> | null | undefined): DesignationOnRecord[] {
  return (status?.records ?? [])
    .filter((r) => r.kind === 'designation' && !r.withdrawn)
    .map((r) => ({ article: r.article, ...(r.paragraph ? { paragraph: r.paragraph } : {}), reference: r.reference, authority: r.summary, date: r.date, source: r.source }));
}

/** Splits a recorded reference (`6(3)`, `24(7)(a)`, `9(4) re 9(2)(b)`, `2 (via 40)`) into article and paragraph. */
export function parseArticleReference(reference: string): { article: string; paragraph?: string } | null {
  const m = /^\s*(\d+[A-Za-z]?)((?:\([0-9a-z]+\))*)/.exec(reference);
  if (!m) return null;
  const groups = [...m[2].matchAll(/\(([0-9a-z]+)\)/g)].map((g) => g[1]);
  if (!groups.length) return { article: m[1] };
  return { article: m[1], paragraph: groups[0] + groups.slice(1).map((g) => `(${g})`).join('') };
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
