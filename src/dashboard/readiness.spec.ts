import { loadInstrumentModels } from '../instruments/model/load-instruments';
import { compareReadiness, readiness, ReadinessArticle, ReadinessInput } from './readiness';

const ets185 = loadInstrumentModels().find((i) => i.id === 'ets185')!;
const article = (n: string, status: string, severity: string, basis?: string, coveredBy: string[] = []) =>
  ({ article: n, status, severity, coveredBy, ...(basis ? { basis } : {}) }) as ReadinessArticle;
const analysis = (id: number, articles: ReadinessArticle[]): ReadinessInput => ({ id, createdAt: '2026-01-02T03:04:05.000Z', instrument: 'ets185', articles });

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

  it('counts apart a gap the assessment found covered by a reservation the State made, naming it', () => {
    const reserved = { ...article('11', 'partial', 'reserved', undefined, ['res.11.3']), coveredByReservation: ['res.11.3'] } as ReadinessArticle;
    const r = readiness(analysis(3, [reserved, article('6', 'partial', 'coverable', undefined, ['res.6.3'])]), ets185);
    expect(r.coveredByReservation).toEqual([{ article: '11', by: ['res.11.3'] }]);
    expect(r.coverable).toEqual(['6']);
    expect(r.explanation[3]).toBe('1 gap covered by a reservation or declaration on record: Art. 11 (res.11.3)');
  });

  it('never treats a designation as coverage: an unmet 24/7 point of contact stays a channel gap', () => {
    const r = readiness(analysis(4, [article('35', 'missing', 'advisory')]), ets185);
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
