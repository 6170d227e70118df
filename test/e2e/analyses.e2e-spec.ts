import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DATA_DIR } from '../../src/common/paths';
import { REVIEWER_KEY, startApp, TestApp, VIEWER_KEY } from '../support/app';

describe('analyses API on the sample country', () => {
  let t: TestApp;
  let analysisId: number;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('needs statutes before it can analyse', async () => {
    const res = await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(404);
    expect(res.body.error).toBe('JURISDICTION_NOT_FOUND');
  });

  it('runs an analysis of the imported sample statute', async () => {
    await http()
      .post('/jurisdictions/XA/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .attach('file', readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt')), 'xa-computer-crimes-act.txt')
      .expect(201);
    await http().post('/jurisdictions/XA/analyses').set('X-API-Key', VIEWER_KEY).expect(403);
    const res = await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
    analysisId = res.body.id;
    const { report } = res.body;
    expect(report.instrument).toBe('ets185');
    expect(report.jurisdiction).toBe('XA');
    const assessed = report.articles.filter((a: { status: string }) => a.status !== 'not-assessed').map((a: { article: string }) => a.article);
    expect(assessed).toHaveLength(34);
    const status = (n: string) => report.articles.find((a: { article: string }) => a.article === n).status;
    // the sample's deliberate gaps (data/samples/README.md)
    expect(status('16')).toBe('missing');
    expect(status('35')).toBe('missing');
    expect(status('2')).toBe('partial');
    expect(status('11')).toBe('partial');
    expect(status('3')).toBe('covered');
    const art11 = report.articles.find((a: { article: string }) => a.article === '11');
    expect(art11.severity).toBe('coverable');
    expect(report.beyondConvention.length).toBeGreaterThan(0);
  });

  it("explains an article's ranking on request, with reason codes, and not otherwise", async () => {
    const plain = await http().get(`/analyses/${analysisId}/articles/2`).expect(200);
    expect(plain.body.explain).toBeUndefined();
    const res = await http().get(`/analyses/${analysisId}/articles/2?explain=true`).expect(200);
    expect(res.body.explain.ranked[0]).toMatchObject({ rank: 1, citation: res.body.provisions[0].citation });
    expect(res.body.explain.ranked[0].codes).toContain('RELIED_ON');
    expect(res.body.explain.notListed.every((n: { code: string }) => typeof n.code === 'string')).toBe(true);
  });

  it('serves the result per article with ranked provisions and element evidence', async () => {
    const res = await http().get(`/analyses/${analysisId}/articles/2`).expect(200);
    expect(res.body.provisions.length).toBeGreaterThan(0);
    const scores = res.body.provisions.map((p: { score: number }) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const best = res.body.provisions[0];
    expect(['equal', 'subset', 'superset', 'intersects']).toContain(best.relationship);
    const met = best.elements.filter((e: { met: boolean }) => e.met);
    expect(met.length).toBeGreaterThan(0);
    for (const e of met) expect(typeof e.evidence).toBe('string');
  });

  it('serves the same suggestions per provision, and the latest analysis', async () => {
    const res = await http().get(`/analyses/${analysisId}/provisions`).expect(200);
    expect(res.body.length).toBeGreaterThan(5);
    expect(res.body[0].articles[0]).toHaveProperty('article');
    const latest = await http().get('/jurisdictions/XA/analyses/latest').expect(200);
    expect(latest.body.id).toBe(analysisId);
    await http().get('/analyses/999999').expect(404);
  });
});
