import { readFileSync } from 'node:fs';
import request from 'supertest';
import { ADMIN_KEY, startApp, TestApp, VIEWER_KEY } from '../support/app';
import { corpusPath, describeWithCorpus } from '../support/corpus';

describe('instruments API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('reports health with the database in use', async () => {
    const res = await http().get('/health').expect(200);
    const engine = /^postgres/i.test(process.env.TEST_DATABASE_URL ?? '') ? 'postgres' : 'better-sqlite3';
    expect(res.body).toEqual({ status: 'ok', database: engine });
  });

  it('publishes an OpenAPI document listing the routes', async () => {
    const res = await http().get('/docs-json').expect(200);
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/instruments',
        '/instruments/{id}/articles',
        '/instruments/{id}/articles/{number}',
        '/instruments/{id}/official-text',
        '/jurisdictions/{code}/statutes',
        '/statutes/{id}/provisions/{citation}',
        '/jurisdictions/{code}/analyses',
        '/analyses/{id}',
        '/health',
      ]),
    );
    // responses are described, not just listed
    expect(Object.keys(res.body.components.schemas)).toEqual(expect.arrayContaining(['ArticleDto', 'ElementDto', 'StoredAnalysisDto', 'ProvisionDto', 'ErrorBodyDto']));
    const articles = res.body.paths['/instruments/{id}/articles'].get.responses['200'].content['application/json'].schema;
    expect(articles).toEqual({ type: 'array', items: { $ref: '#/components/schemas/ArticleDto' } });
  });

  it('lists the Convention and a second instrument', async () => {
    const res = await http().get('/instruments').expect(200);
    const ids = res.body.map((i: { id: string }) => i.id);
    expect(ids).toContain('ets185');
    expect(ids.length).toBeGreaterThan(1);
    expect(res.body.find((i: { id: string }) => i.id === 'ets185').articleCount).toBe(48);
  });

  it('returns the 48 articles, each with its elements; Arts. 2–22 and 24–35 have required elements', async () => {
    const res = await http().get('/instruments/ets185/articles').expect(200);
    expect(res.body).toHaveLength(48);
    expect(res.body.map((a: { number: string }) => a.number)).toEqual(Array.from({ length: 48 }, (_, i) => String(i + 1)));
    for (const a of res.body) expect(Array.isArray(a.elements)).toBe(true);
    const obliging = [...Array.from({ length: 21 }, (_, i) => i + 2), ...Array.from({ length: 12 }, (_, i) => i + 24)];
    for (const n of obliging) {
      const a = res.body.find((x: { number: string }) => x.number === String(n));
      expect(a.elements.filter((e: { kind: string }) => e.kind === 'required').length).toBeGreaterThan(0);
    }
  });

  it('returns one article with its reservations and declarations', async () => {
    const res = await http().get('/instruments/ets185/articles/11').expect(200);
    expect(res.body.title).toMatch(/attempt/i);
    expect(res.body.reservations.map((r: { basis: string }) => r.basis).join(' ')).toMatch(/11/);
    const art2 = await http().get('/instruments/ets185/articles/2').expect(200);
    expect(art2.body.elements.some((e: { kind: string }) => e.kind === 'optional')).toBe(true);
  });

  it('answers an unknown article or instrument with a 404 that says what exists', async () => {
    const res = await http().get('/instruments/ets185/articles/99').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'ARTICLE_NOT_FOUND' });
    expect(res.body.message).toMatch(/1–48/);
    const unknown = await http().get('/instruments/nope/articles').expect(404);
    expect(unknown.body.error).toBe('INSTRUMENT_NOT_FOUND');
  });

  it('refuses an import without a key, or with a key whose role may not write', async () => {
    await http().post('/instruments/ets185/official-text').attach('file', Buffer.from('x'), 'a.txt').expect(401);
    const res = await http().post('/instruments/ets185/official-text').set('X-API-Key', VIEWER_KEY).attach('file', Buffer.from('x'), 'a.txt').expect(403);
    expect(res.body.message).toMatch(/viewer/);
  });

  it('rejects an empty upload and a malformed treaty text, and changes nothing', async () => {
    const before = await http().get('/instruments/ets185/articles').expect(200);
    const empty = await http().post('/instruments/ets185/official-text').set('X-API-Key', ADMIN_KEY).attach('file', Buffer.alloc(0), 'empty.txt');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/empty/i);
    const bad = await http()
      .post('/instruments/ets185/official-text')
      .set('X-API-Key', ADMIN_KEY)
      .attach('file', Buffer.from('Minutes of a meeting.\nNothing here is a treaty.\n'), 'minutes.txt');
    expect(bad.status).toBe(422);
    expect(bad.body.error).toBe('INVALID_TREATY_TEXT');
    const missingFile = await http().post('/instruments/ets185/official-text').set('X-API-Key', ADMIN_KEY).expect(400);
    expect(missingFile.body.message).toMatch(/field named 'file'/);
    const after = await http().get('/instruments/ets185/articles').expect(200);
    expect(after.body).toEqual(before.body);
  });

  describeWithCorpus('official text import from the corpus', () => {
    it('attaches paragraphs to all 48 articles', async () => {
      const res = await http()
        .post('/instruments/ets185/official-text')
        .set('X-API-Key', ADMIN_KEY)
        .attach('file', readFileSync(corpusPath('instruments', 'ets185.en.txt')), 'ets185.en.txt')
        .expect(201);
      expect(res.body.articlesFound).toBe(48);
      expect(res.body.paragraphsWithoutText).toEqual([]);
      const articles = (await http().get('/instruments/ets185/articles').expect(200)).body;
      for (const a of articles) expect(a.paragraphs.every((p: { officialText?: string }) => (p.officialText ?? '').length > 0)).toBe(true);
      const count = (n: string) => articles.find((a: { number: string }) => a.number === n).paragraphs.length;
      expect(count('1')).toBe(4);
      expect(count('19')).toBe(5);
      expect(count('2')).toBe(1);
      expect(count('35')).toBe(3);
      const art1 = articles.find((a: { number: string }) => a.number === '1');
      expect(art1.paragraphs[0].officialText).toMatch(/computer system/);
      const list = await http().get('/instruments').expect(200);
      expect(list.body.find((i: { id: string }) => i.id === 'ets185').officialTextImported).toBe(true);
    });
  });
});
