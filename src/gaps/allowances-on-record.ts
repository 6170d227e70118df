import type { Article } from '../instruments/instrument.model';
import type { ReservationOnRecord } from '../jurisdictions/treaty-status.model';

/**
 * The reservations and declarations of an article's model (data/instruments) that the State made:
 * matched on the clause they are made under. What the assess step can name as "covered by reservation".
 * Designations never match: they fulfil a duty and cover no gap.
 */
export function allowancesOnRecord(article: Pick<Article, 'reservations' | 'declarations'>, onRecord: ReservationOnRecord[]): { id: string; basis: string; kind: 'reservation' | 'declaration'; made: ReservationOnRecord }[] {
  const found: { id: string; basis: string; kind: 'reservation' | 'declaration'; made: ReservationOnRecord }[] = [];
  for (const r of article.reservations) {
    const made = onRecord.find((m) => m.kind === 'reservation' && m.basis === r.basis);
    if (made) found.push({ id: r.id, basis: r.basis, kind: 'reservation', made });
  }
  for (const d of article.declarations.filter((x) => x.type !== 'designation')) {
    const made = onRecord.find((m) => m.kind === 'declaration' && m.basis === d.basis);
    if (made) found.push({ id: d.id, basis: d.basis, kind: 'declaration', made });
  }
  return found;
}
