import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import request from 'supertest';
import { DATA_DIR, REPO_ROOT } from '../../src/common/paths';
import { ADMIN_KEY, REVIEWER_KEY, startApp, suiteDatabase, TestApp, VIEWER_KEY } from '../support/app';

const SAMPLE = readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt'));
const FIXTURE = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'ok', 'avalonia-computer-offences-act-2024.txt'));

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 50_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('batch analysis, dashboard and matrix over HTTP', () => {
  // one database for the whole suite: a test restarts the app on it
  let db: { url: string; drop(): Promise<void> };
  let DATABASE_URL: string;
  let t: TestApp;
  beforeAll(async () => {
    db = await suiteDatabase();
    DATABASE_URL = db.url;
    t = await startApp({ DATABASE_URL });
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });
  const http = () => request(t.app.getHttpServer());
  const job = (id: number) => http().get(`/jobs/${id}`).expect(200).then((r) => r.body);

  it('analyses many jurisdictions as a job whose progress can be read', async () => {
    for (const [code, bytes, name] of [['XA', SAMPLE, 'xa.txt'], ['XB', FIXTURE, 'avalonia.txt']] as const) {
      await http().post(`/jurisdictions/${code}/statutes`).set('X-API-Key', REVIEWER_KEY).attach('file', bytes, name).expect(201);
    }
    await http().post('/analyses/batch').set('X-API-Key', VIEWER_KEY).send({}).expect(403);
    const unknown = await http().post('/analyses/batch').set('X-API-Key', REVIEWER_KEY).send({ jurisdictions: ['XA', 'KE'] }).expect(404);
    expect(unknown.body.message).toContain('KE');
    const created = await http().post('/analyses/batch').set('X-API-Key', REVIEWER_KEY).send({}).expect(202);
    expect(created.body).toMatchObject({ state: 'queued', done: 0, total: 2, errors: [] });
    const finished = await until(() => job(created.body.id), (j) => j.state === 'done');
    expect(finished).toMatchObject({ state: 'done', done: 2, total: 2, errors: [] });
    await http().get('/jobs/9999').expect(404);
  });

  it('lists every jurisdiction on the dashboard, sortable by readiness, with a JSON twin', async () => {
    await http().put('/jurisdictions/XC/treaty-status/ets185').set('X-API-Key', ADMIN_KEY).send({ invitation: { date: '2018-05-02' }, source: 'test record', asOf: '2026-01-01' }).expect(200);
    await http().put('/jurisdictions/XC').set('X-API-Key', ADMIN_KEY).send({ name: '<script>alert(1)</script> Land', treatyApplication: 'dualist' }).expect(200);
    const json = await http().get('/dashboard.json?sort=readiness&order=asc').expect(200);
    expect(json.body.total).toBe(3);
    const codes = json.body.items.map((r: { code: string }) => r.code);
    const [xa, xb] = ['XA', 'XB'].map((c) => json.body.items.find((r: { code: string }) => r.code === c));
    expect(xa.readiness.blocking.length).toBe(xa.blockingGaps);
    expect(xa.lastAnalysis.id).toEqual(expect.any(Number));
    expect(xa.reviewShare).toBe(0);
    // readier first; the unanalysed XC last
    const key = (r: { readiness: { blocking: string[]; channel: string[]; coverable: string[] } }) => [r.readiness.blocking.length, r.readiness.channel.length, r.readiness.coverable.length];
    expect(codes[2]).toBe('XC');
    const cmp = (x: number[], y: number[]) => x.map((v, i) => v - y[i]).find((d) => d !== 0) ?? 0;
    expect(cmp(key(json.body.items[0]), key(json.body.items[1]))).toBeLessThan(0);
    // XA is the sample with deliberate gaps; the fixture law is more complete
    expect(codes.slice(0, 2)).toEqual(cmp(key(xa), key(xb)) < 0 ? ['XA', 'XB'] : ['XB', 'XA']);
    const desc = await http().get('/dashboard.json?sort=readiness&order=desc').expect(200);
    expect(desc.body.items.map((r: { code: string }) => r.code)).toEqual([codes[1], codes[0], 'XC']);

    const xc = json.body.items.find((r: { code: string }) => r.code === 'XC');
    expect(xc).toMatchObject({ treatyApplication: 'dualist', treaty: { stage: 'invited' }, invitation: { expires: '2023-05-02', lapsed: true }, readiness: null });
    expect((await http().get('/dashboard.json?stage=invited').expect(200)).body.items.map((r: { code: string }) => r.code)).toEqual(['XC']);
    expect((await http().get('/dashboard.json?analysed=no').expect(200)).body.total).toBe(1);
    const bad = await http().get('/dashboard.json?sort=colour').expect(400);
    expect(bad.body.message).toContain('sort');

    const page = await http().get('/dashboard?sort=readiness').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Land');
    expect(page.text).toContain('(lapsed)');
    expect(page.text).toMatch(/aria-sort="ascending"><a href="\?instrument=ets185&amp;sort=readiness&amp;order=desc">Readiness/);
  });

  it('shows the article × jurisdiction matrix with text, symbol and a link to the evidence', async () => {
    const m = await http().get('/matrix.json?instrument=ets185').expect(200);
    expect(m.body.jurisdictions.map((j: { code: string }) => j.code)).toEqual(['XA', 'XB']);
    const art16 = m.body.articles.find((a: { number: string }) => a.number === '16');
    // the sample has no preservation order (data/samples/README.md)
    expect(art16.cells[0]).toMatchObject({ jurisdiction: 'XA', status: 'missing' });
    const evidence = await http().get(art16.cells[0].href).expect(200);
    expect(evidence.body).toMatchObject({ article: '16', status: 'missing' });
    const page = await http().get('/matrix?instrument=ets185').expect(200);
    expect(page.text).toContain(`href="${art16.cells[0].href}"`);
    expect(page.text).toMatch(/✗<\/span> missing/);
    await http().get('/matrix.json?instrument=nope').expect(404);
    const one = await http().get('/matrix.json?instrument=ets185&jurisdictions=xb').expect(200);
    expect(one.body.jurisdictions.map((j: { code: string }) => j.code)).toEqual(['XB']);
    await http().get('/matrix.json?jurisdictions=X1').expect(400);
    const docs = await http().get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/dashboard', '/dashboard.json', '/matrix', '/jurisdictions/{code}/treaty-status/{instrument}', '/analyses/batch', '/jobs/{id}', '/changes.atom']),
    );
  });

  it('counts a gap covered by a reservation the State made apart from one it could make; a designation covers nothing', async () => {
    const before = (await http().get('/dashboard.json').expect(200)).body.items.find((r: { code: string }) => r.code === 'XA').readiness;
    // the sample has no attempt offence (Art. 11), a gap Art. 11(3) allows a reservation for
    expect(before.coverable).toContain('11');
    expect(before.coveredByReservation).toEqual([]);
    // nor a 24/7 point of contact: a duty a designation fulfils, not a gap it covers
    expect(before.coverable).not.toContain('35');
    expect(before.channel).toContain('35');
    await http()
      .put('/jurisdictions/XA/treaty-status/ets185')
      .set('X-API-Key', ADMIN_KEY)
      .send({ reservations: [{ article: '11', paragraph: '3', kind: 'reservation', summary: 'attempt left out', date: '2025-01-01' }], designations: [{ article: '35', authority: 'a desk of ours' }], source: 'test record', asOf: '2026-01-01' })
      .expect(200);
    const after = (await http().get('/dashboard.json').expect(200)).body.items.find((r: { code: string }) => r.code === 'XA').readiness;
    expect(after.coveredByReservation).toEqual([{ article: '11', by: ['res.11.3'] }]);
    expect(after.coverable).not.toContain('11');
    expect(after.channel).toContain('35');
    expect(after.explanation).toContain('1 gap covered by a reservation or declaration on record: Art. 11 (res.11.3)');
  });

  it('keeps readiness history across analyses', async () => {
    await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
    const h = await http().get('/jurisdictions/XA/readiness').expect(200);
    expect(h.body.total).toBe(2);
    expect(h.body.items[0].analysisId).toBeGreaterThan(h.body.items[1].analysisId);
    expect(h.body.current.explanation[0]).toMatch(/blocking gaps? in Chapter II/);
  });

  it('publishes status changes between analyses and treaty acts in an Atom feed', async () => {
    // a second statute changes what XA's law covers
    await http().post('/jurisdictions/XA/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', FIXTURE, 'avalonia.txt').expect(201);
    const latest = (await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201)).body;
    await http().put('/jurisdictions/XC/treaty-status/ets185').set('X-API-Key', ADMIN_KEY)
      .send({ signature: '2025-03-04', ratification: '2026-02-01', reservations: [{ article: '11', paragraph: '3', kind: 'reservation', summary: 'keeps attempt & co. out' }], source: 'test record', asOf: '2026-02-02' })
      .expect(200);
    const res = await http().get('/changes.atom').expect(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    // read as XML (entities decoded), so an escaped title comes back as its text
    const doc = parseDocument(res.text, { xmlMode: true, decodeEntities: true });
    const entries = DomUtils.getElementsByTagName('entry', doc).map((e) => ({
      title: DomUtils.textContent(DomUtils.getElementsByTagName('title', e)[0]),
      href: DomUtils.getAttributeValue(DomUtils.getElementsByTagName('link', e)[0], 'href') ?? '',
    }));
    const change = entries.find((e) => e.href.includes(`/analyses/${latest.id}/articles/`));
    expect(change?.title).toMatch(/^XA: Art\. \d+ (covered|partial|missing|not-assessed) → (covered|partial|missing|not-assessed)$/);
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(['<script>alert(1)</script> Land ratified or acceded to ets185 on 2026-02-01']));
    expect(entries.some((e) => e.title.includes('reservation under Art. 11(3)'))).toBe(true);
    expect(res.text).toContain('keeps attempt &amp; co. out');
    const onlyXC = await http().get('/changes.atom?jurisdiction=XC').expect(200);
    expect(onlyXC.text).not.toContain(`/analyses/${latest.id}/`);
    await http().get('/changes.atom?limit=0').expect(400);
  });

  it('resumes an interrupted job after a restart, skipping what was done', async () => {
    const before = (await http().get('/jurisdictions/XB/analyses').expect(200)).body.length;
    const beforeXA = (await http().get('/jurisdictions/XA/analyses').expect(200)).body.length;
    // a job the previous process left half done: XA analysed, XB not yet
    await t.db.query(`INSERT INTO job (kind, state, items, completed, errors, total, done) VALUES ('analyze-all', 'running', '["XA","XB"]', '["XA"]', '[]', 2, 1)`);
    const [{ id }] = await t.db.query(`SELECT MAX(id) AS id FROM job`);
    await t.app.close();
    t = await startApp({ DATABASE_URL });
    const resumed = await until(() => job(Number(id)), (j) => j.state === 'done');
    expect(resumed).toMatchObject({ state: 'done', done: 2, total: 2 });
    expect((await http().get('/jurisdictions/XB/analyses').expect(200)).body.length).toBe(before + 1);
    expect((await http().get('/jurisdictions/XA/analyses').expect(200)).body.length).toBe(beforeXA);
  });
});
