import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { DATA_DIR } from '../../src/common/paths';
import { REPORT_PAGE_CSP } from '../../src/reports/reports.controller';
import { REVIEWER_KEY, startApp, TestApp } from '../support/app';

const SAMPLE = readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt'));

/** A short statute of our own words, in English, under a title of its own. */
function act(title: string): Buffer {
  return Buffer.from(
    [
      title,
      '',
      '1. Entering a machine without leave',
      '(1) A person who enters the whole or any part of a computer system of another without right commits an offence.',
      '(2) Whoever commits the offence of subsection (1) is liable to a fine.',
      '2. Spoiling stored data',
      'A person who deletes or alters data held in a computer system without right commits an offence.',
    ].join('\n'),
  );
}

function expectSecurityHeaders(res: request.Response, where: string) {
  const h = res.headers;
  expect({ where, csp: h['content-security-policy'] }).toEqual({ where, csp: expect.stringContaining("frame-ancestors 'none'") });
  expect({ where, nosniff: h['x-content-type-options'] }).toEqual({ where, nosniff: 'nosniff' });
  expect({ where, referrer: h['referrer-policy'] }).toEqual({ where, referrer: 'no-referrer' });
  expect({ where, frame: h['x-frame-options'] }).toEqual({ where, frame: 'DENY' });
}

describe('HTTP: headers, error codes, OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('sends security headers on JSON, errors, /docs, /docs-json and the report page (which keeps its own CSP)', async () => {
    expectSecurityHeaders(await http().get('/instruments').expect(200), 'JSON');
    expectSecurityHeaders(await http().get('/jurisdictions/QQ/statutes').expect(404), 'JSON error');
    const docs = await http().get('/docs/').expect(200);
    expect(docs.text).toContain('swagger-ui');
    expectSecurityHeaders(docs, '/docs');
    expectSecurityHeaders(await http().get('/docs-json').expect(200), '/docs-json');

    await http().post('/jurisdictions/XA/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', SAMPLE, 'xa.txt').expect(201);
    await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
    const page = await http().get('/jurisdictions/XA/report').set('Host', 'attacker.example:8080').expect(200);
    expectSecurityHeaders(page, 'report');
    expect(page.headers['content-security-policy']).toBe(REPORT_PAGE_CSP);
    // the Host header is not echoed into the page
    expect(page.text).not.toContain('attacker.example');
  });

  const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  (CHROMIUM ? it : it.skip)('/docs works in a real browser under that policy: Swagger UI renders the operations', async () => {
    const server = await t.app.listen(0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    // the documentation's scripts run under the service-wide CSP
    // (not spawnSync: the server answering the browser runs in this process)
    const r = await promisify(execFile)(CHROMIUM!, ['--headless=new', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=8000', '--dump-dom', `http://127.0.0.1:${port}/docs`], {
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 32 * 1024 * 1024,
    });
    expect(r.stdout).toContain('data-path="/jurisdictions/{code}/statutes"');
  });
  if (!CHROMIUM) console.warn('skipping the /docs browser check: no chromium on this machine');

  it('sends a browser at / to the landing page, the dashboard', async () => {
    const res = await http().get('/').expect(302);
    expect(res.headers.location).toBe('/dashboard');
  });

  it('/docs-json declares both key schemes and offers both on every write route', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    expect(doc.components.securitySchemes).toEqual({
      'api-key': expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    const writes = Object.entries(doc.paths as Record<string, Record<string, { security?: unknown }>>).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ route: `${method} ${path}`, security: op.security })),
    );
    expect(writes.length).toBeGreaterThan(2);
    for (const w of writes) expect(w).toEqual({ route: w.route, security: [{ 'api-key': [] }, { bearer: [] }] });
  });

  it('a bad status is INVALID_INPUT naming the field, like every other bad field', async () => {
    const res = await http()
      .post('/jurisdictions/XA/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .field('status', 'enacted')
      .attach('file', SAMPLE, 'xa.txt')
      .expect(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'INVALID_INPUT',
      message: 'status must be one of in-force, bill, draft, repealed',
      details: { field: 'status', fields: ['status'] },
    });
    const unknown = await http().post('/jurisdictions/XA/statutes').set('X-API-Key', REVIEWER_KEY).field('colour', 'red').attach('file', SAMPLE, 'xa.txt').expect(400);
    expect(unknown.body).toMatchObject({ error: 'INVALID_INPUT', details: { field: 'colour' } });
    const badId = await http().get('/statutes/abc').expect(400);
    expect(badId.body.error).toBe('INVALID_INPUT');
  });

  it('warns, and keeps the declared language, when the text reads as another one', async () => {
    const res = await http()
      .post('/jurisdictions/XC/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .field('language', 'fr')
      .attach('file', act('Machine Entry Act 2031'), 'entry.txt')
      .expect(201);
    expect(res.body.statute.language).toBe('fr');
    expect(res.body.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^entry\.txt: declared language 'fr' but the text reads as 'en'; kept as declared/)]));
    const declaredRight = await http()
      .post('/jurisdictions/XC/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .field('language', 'en')
      .attach('file', act('Machine Entry Act 2032'), 'entry2.txt')
      .expect(201);
    expect(declaredRight.body.warnings.join('\n')).not.toMatch(/declared language/);
  });
});

describe('HTTP: rate limit on writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT: '3', WRITE_RATE_WINDOW_SECONDS: '60' });
  });
  afterAll(async () => {
    await t.close();
    delete process.env.WRITE_RATE_LIMIT;
    delete process.env.WRITE_RATE_WINDOW_SECONDS;
  });
  const http = () => request(t.app.getHttpServer());

  it('answers 429 RATE_LIMITED past the limit on writes, and never limits reads', async () => {
    for (let i = 0; i < 3; i++) {
      await http().post('/jurisdictions/XD/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', act(`Limit Act 20${10 + i}`), 'l.txt').expect(201);
    }
    const over = await http().post('/jurisdictions/XD/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', act('Limit Act 2099'), 'l.txt').expect(429);
    expect(over.body).toMatchObject({ statusCode: 429, error: 'RATE_LIMITED' });
    expect(over.headers['retry-after']).toBeDefined();
    for (let i = 0; i < 10; i++) await http().get('/jurisdictions/XD/statutes').expect(200);
  });
});
