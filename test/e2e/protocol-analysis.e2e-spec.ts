import { readFileSync } from 'node:fs';
import request from 'supertest';
import { REVIEWER_KEY, startApp, TestApp } from '../support/app';
import { corpusPath, describeWithCorpus } from '../support/corpus';

/** The instrument is a key: an analysis against the First Additional Protocol reads its own profiles. */
describeWithCorpus('an ETS 189 analysis of the Senegalese law of 2008', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  let articles: { article: string; status: string; provisions: { citation: string }[]; reasons: string[] }[];
  let beyond: { citation: string }[];

  beforeAll(async () => {
    t = await startApp();
    await http()
      .post('/jurisdictions/SN/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .field('language', 'fr')
      .attach('file', readFileSync(corpusPath('statutes', 'sn-loi-2008-11-cybercriminalite.txt')), 'sn-loi-2008-11-cybercriminalite.txt')
      .expect(201);
    const res = await http().post('/jurisdictions/SN/analyses?instrument=ets189').set('X-API-Key', REVIEWER_KEY).expect(201);
    expect(res.body.instrument).toBe('ets189');
    articles = res.body.report.articles;
    beyond = res.body.report.beyondConvention;
  });
  afterAll(() => t.close());

  const top = (n: string) => articles.find((a) => a.article === n)!.provisions[0]?.citation;

  it("maps 431-38 to 431-41 to the Protocol's offence articles (Arts. 3 to 6)", () => {
    expect([top('3'), top('4'), top('5'), top('6')]).toEqual(['431-38', '431-39', '431-40', '431-41']);
    for (const n of ['3', '4', '5', '6']) expect(articles.find((a) => a.article === n)!.status).not.toBe('missing');
  });

  it('does not list those offences as beyond the instrument', () => {
    expect(beyond.map((b) => b.citation)).not.toEqual(expect.arrayContaining(['431-38']));
    for (const c of ['431-38', '431-39', '431-40', '431-41']) expect(beyond.map((b) => b.citation)).not.toContain(c);
  });

  it('assesses no final clause and not the purpose article', () => {
    for (const n of ['1', '8', '9', '10', '11', '12', '13', '14', '15', '16']) {
      const a = articles.find((x) => x.article === n)!;
      expect(a.status).toBe('not-assessed');
      expect(a.reasons[0]).toMatch(/general principle or final clause/);
    }
  });

  it('keeps the two instruments apart: the ETS 185 analysis of the same law is its own run', async () => {
    const res = await http().post('/jurisdictions/SN/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
    expect(res.body.instrument).toBe('ets185');
    expect((await http().get('/jurisdictions/SN/analyses/latest').expect(200)).body.instrument).toBe('ets185');
    const protocolQueue = await http().get('/jurisdictions/SN/mappings?instrument=ets189&article=3').expect(200);
    expect(protocolQueue.body.items[0]).toMatchObject({ instrument: 'ets189', citation: '431-38' });
  });
});
