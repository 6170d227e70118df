import { loadInstrumentModels } from '../instruments/model/load-instruments';
import { basisOf, ReservationOnRecord } from '../jurisdictions/treaty-status.model';
import { compareReadiness, readiness, ReadinessArticle, ReadinessInput } from './readiness';

const ets185 = loadInstrumentModels().find((i) => i.id === 'ets185')!;
const article = (n: string, status: string, severity: string, basis?: string, coveredBy: string[] = []) =>
  ({ article: n, status, severity, coveredBy, ...(basis ? { basis } : {}) }) as ReadinessArticle;
const analysis = (id: number, articles: ReadinessArticle[]): ReadinessInput => ({ id, createdAt: '2026-01-02T03:04:05.000Z', instrument: 'ets185', articles });
const made = (article: string, paragraph: string, kind: 'reservation' | 'declaration' = 'reservation'): ReservationOnRecord => ({
  article, paragraph, basis: basisOf(article, paragraph), reference: basisOf(article, paragraph), kind, summary: '', withdrawn: false,
});

describe('readiness', () => {
  it('counts blocking gaps of Chapter II, channel gaps of Chapter III, coverable gaps and expert review', () => {
    const r = readiness(
      analysis(7, [
        article('2', 'partial', 'coverable', 'expert', ['decl.2']),
        article('4', 'missing', 'blocking', 'machine'),
        article('16', 'missing', 'blocking', 'mixed'),
        article('25', 'partial', 'advisory'),
        article('35', 'missing', 'advisory'),
        article('27', 'covered', 'none'),
        article('1', 'not-assessed', 'none'),
      ]),
      ets185,
    );
    expect(r).toMatchObject({ analysisId: 7, blocking: ['4', '16'], channel: ['25', '35'], coverable: ['2'], coveredByReservation: [], assessed: 6, reviewed: 2, reviewShare: 0.333 });
    expect(r.explanation[0]).toBe('2 blocking gaps in Chapter II: Art. 4, 16');
  });

  it('counts a gap the State covered with a reservation it made apart, naming the reservation', () => {
    const articles = [article('11', 'partial', 'coverable', undefined, ['res.11.3']), article('6', 'partial', 'coverable', undefined, ['res.6.3'])];
    const r = readiness(analysis(3, articles), ets185, [made('11', '3'), made('6', '1')]);
    expect(r.coveredByReservation).toEqual([{ article: '11', by: ['res.11.3'] }]);
    // a reservation under another paragraph does not cover Art. 6
    expect(r.coverable).toEqual(['6']);
    expect(r.explanation[3]).toBe('1 gap covered by a reservation or declaration on record: Art. 11 (res.11.3)');
  });

  it('never treats a designation as coverage: an unmet 24/7 point of contact stays a channel gap', () => {
    const r = readiness(analysis(4, [article('35', 'missing', 'coverable', undefined, ['decl.35.1'])]), ets185, [made('35', '1', 'declaration')]);
    expect(r).toMatchObject({ channel: ['35'], coverable: [], coveredByReservation: [] });
  });

  it('reads a report without review basis as unreviewed', () => {
    expect(readiness(analysis(1, [article('2', 'covered', 'none')]), ets185).reviewShare).toBe(0);
  });

  it('orders the readier first and the unanalysed last', () => {
    const far = readiness(analysis(1, [article('4', 'missing', 'blocking')]), ets185);
    const near = readiness(analysis(2, [article('35', 'missing', 'advisory')]), ets185);
    expect([null, far, near].sort(compareReadiness)).toEqual([near, far, null]);
  });
});
