import { loadInstrumentModels } from '../instruments/model/load-instruments';
import { AnalysisReport } from '../reports/analysis-report';
import { compareReadiness, readiness } from './readiness';

const ets185 = loadInstrumentModels().find((i) => i.id === 'ets185')!;
const article = (n: string, status: string, severity: string, basis?: string) =>
  ({ article: n, title: '', status, severity, reasons: [], unmet: [], coveredBy: [], provisions: [], ...(basis ? { basis } : {}) }) as unknown as AnalysisReport['articles'][number];
const analysis = (id: number, articles: AnalysisReport['articles']) => ({
  id,
  createdAt: '2026-01-02T03:04:05.000Z',
  report: { instrument: 'ets185', jurisdiction: 'XT', statutes: [], articles, beyondConvention: [], summary: { covered: 0, partial: 0, missing: 0, blocking: 0, coverable: 0, advisory: 0 } },
});

describe('readiness', () => {
  it('counts blocking gaps of Chapter II, channel gaps of Chapter III, coverable gaps and expert review', () => {
    const r = readiness(
      analysis(7, [
        article('2', 'partial', 'coverable', 'expert'),
        article('4', 'missing', 'blocking', 'machine'),
        article('16', 'missing', 'blocking', 'mixed'),
        article('25', 'partial', 'advisory'),
        article('35', 'missing', 'advisory'),
        article('27', 'covered', 'none'),
        article('1', 'not-assessed', 'none'),
      ]),
      ets185,
    );
    expect(r).toMatchObject({ analysisId: 7, blocking: ['4', '16'], channel: ['25', '35'], coverable: ['2'], assessed: 6, reviewed: 2, reviewShare: 0.333 });
    expect(r.explanation[0]).toBe('2 blocking gaps in Chapter II: Art. 4, 16');
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
