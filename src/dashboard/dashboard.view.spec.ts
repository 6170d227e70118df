import { JurisdictionView } from '../jurisdictions/jurisdictions.service';
import { TreatyStatusRecord } from '../jurisdictions/treaty-status.model';
import { statusChangeEntries, renderAtom, treatyEntries } from './change-feed';
import { dashboardRows, DashboardQuery, treatyStage } from './dashboard.view';
import { renderDashboard, renderMatrix } from './pages';
import { Readiness } from './readiness';

const j = (code: string, name: string | null, region: string | null = 'Europe'): JurisdictionView => ({ code, name, names: null, region, treatyApplication: 'unknown', statutes: 1 });
const status = (code: string, over: Partial<TreatyStatusRecord> = {}): TreatyStatusRecord => ({
  jurisdiction: code, instrument: 'ets185', coeMember: null, signature: null, ratification: null, entryIntoForce: null, source: 's', notes: null, asOf: '2026-01-01',
  invitation: { date: null, status: null, source: null, notes: null, asOf: null }, records: [], ...over,
});
const ready = (id: number, blocking: number): Readiness => ({
  analysisId: id, analysedAt: '2026-01-01T00:00:00.000Z', instrument: 'ets185', blocking: Array.from({ length: blocking }, (_, i) => String(i + 2)), channel: [], coverable: [],
  coveredByReservation: [], assessed: 30, reviewed: 0, reviewShare: 0, explanation: [`${blocking} blocking`],
});
const query = (over: Partial<DashboardQuery> = {}): DashboardQuery => ({ instrument: 'ets185', sort: 'code', order: 'asc', ...over });

describe('dashboard rows', () => {
  const juris = [j('XA', 'Alpha'), j('XB', 'Beta', 'Africa'), j('XC', null, null)];
  const readiness = new Map([['XA', ready(1, 5)], ['XB', ready(2, 1)]]);
  const statuses = [status('XA', { signature: '2020-01-01', ratification: '2021-01-01', entryIntoForce: '2021-05-01' }), status('XC', { invitation: { date: '2019-01-01', status: null, source: 's', notes: null, asOf: null } })];

  it('sorts by readiness with the unanalysed last in either direction', () => {
    const codes = (q: DashboardQuery) => dashboardRows(juris, statuses, readiness, q, '2026-06-01').map((r) => r.code);
    expect(codes(query({ sort: 'readiness' }))).toEqual(['XB', 'XA', 'XC']);
    expect(codes(query({ sort: 'readiness', order: 'desc' }))).toEqual(['XA', 'XB', 'XC']);
    expect(codes(query({ sort: 'name', order: 'desc' }))).toEqual(['XB', 'XA', 'XC']);
  });

  it('filters by region, stage, analysed and name', () => {
    const codes = (q: DashboardQuery) => dashboardRows(juris, statuses, readiness, q, '2026-06-01').map((r) => r.code);
    expect(codes(query({ region: 'africa' }))).toEqual(['XB']);
    expect(codes(query({ stage: 'in-force' }))).toEqual(['XA']);
    expect(codes(query({ stage: 'invited' }))).toEqual(['XC']);
    expect(codes(query({ analysed: 'no' }))).toEqual(['XC']);
    expect(codes(query({ q: 'alp' }))).toEqual(['XA']);
    expect(dashboardRows([{ ...j('XD', 'D'), treatyApplication: 'dualist' }], [], new Map(), query(), '2026-01-01')[0].treatyApplicationNote).toMatch(/^dualist: .*legislation/);
  });

  it('tells the treaty stage from the dates on record, unknown when nothing is', () => {
    expect(treatyStage(undefined, '2026-01-01')).toBe('unknown');
    expect(treatyStage(status('XA', { ratification: '2025-11-01', entryIntoForce: '2026-03-01' }), '2026-01-01')).toBe('ratified');
    expect(treatyStage(status('XA', { signature: '2025-11-01' }), '2026-01-01')).toBe('signed');
  });

  it('warns on the page of an invitation lapsing within six months', () => {
    const soon = [status('XA', { invitation: { date: '2021-09-01', status: null, source: 's', notes: null, asOf: null } })];
    const rows = dashboardRows([j('XA', 'Alpha')], soon, new Map(), query(), '2026-05-01');
    expect(rows[0].invitation).toMatchObject({ expires: '2026-09-01', expiresSoon: true, lapsed: false });
    const page = renderDashboard({ items: rows, total: 1, asOf: '2026-05-01', query: query(), regions: [] });
    expect(page).toContain('lapsing within six months:</strong> Alpha (XA) on 2026-09-01');
  });

  it('escapes names on the page and writes status in words beside the symbol', () => {
    const rows = dashboardRows([j('XA', '<b>Alpha</b>')], [], new Map(), query(), '2026-01-01');
    const page = renderDashboard({ items: rows, total: 1, asOf: '2026-01-01', query: query(), regions: ['Europe'] });
    expect(page).toContain('&lt;b&gt;Alpha&lt;/b&gt;');
    expect(page).not.toContain('<script');
    const m = renderMatrix({ instrument: 'ets185', jurisdictions: [{ code: 'XA', name: '"A"', analysisId: 3, analysedAt: '' }], articles: [{ number: '2', title: 'Access', cells: [{ jurisdiction: 'XA', status: 'partial', severity: 'blocking', href: '/analyses/3/articles/2' }] }] });
    expect(m).toContain('<span aria-hidden="true">◐</span> partial</a>');
    expect(m).toContain('title="&quot;A&quot;"');
  });
});

describe('change feed', () => {
  it('reports an article whose status changed between consecutive analyses of the same jurisdiction', () => {
    const entries = statusChangeEntries(
      [
        { id: 1, jurisdiction: 'XA', createdAt: '2026-01-01T00:00:00Z', statuses: [{ article: '2', status: 'partial' }, { article: '3', status: 'covered' }] },
        { id: 2, jurisdiction: 'XB', createdAt: '2026-01-02T00:00:00Z', statuses: [{ article: '2', status: 'missing' }] },
        { id: 3, jurisdiction: 'XA', createdAt: '2026-01-03T00:00:00Z', statuses: [{ article: '2', status: 'covered' }, { article: '3', status: 'covered' }] },
      ],
      (c) => c,
    );
    expect(entries.map((e) => e.title)).toEqual(['XA: Art. 2 partial → covered']);
    expect(entries[0].link).toBe('/analyses/3/articles/2');
  });

  it('writes well-formed, escaped Atom', () => {
    const entries = treatyEntries([status('XA', { ratification: '2021-01-01', records: [{ article: '6', paragraph: '3', reference: '6(3)', kind: 'reservation', summary: 'a < b & c', date: null, withdrawn: false, source: null, asOf: null }] })], () => 'A&B');
    const atom = renderAtom(entries, { baseUrl: 'http://h', selfPath: '/changes.atom?x=1&y=2', title: 't' });
    expect(atom).toContain('<title>A&amp;B ratified or acceded to ets185 on 2021-01-01</title>');
    expect(atom).toContain('a &lt; b &amp; c');
    expect(atom).toContain('href="http://h/changes.atom?x=1&amp;y=2"');
  });
});
