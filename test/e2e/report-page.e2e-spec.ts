import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DATA_DIR } from '../../src/common/paths';
import { escapeHtml } from '../../src/reports/html/html';
import { REPORT_PAGE_CSP } from '../../src/reports/reports.controller';
import { REVIEWER_KEY, startApp, TestApp } from '../support/app';

const CSP = REPORT_PAGE_CSP;

/**
 * A small statute written for this test, built to attack the page: markup in its title and
 * headings, a quote that would end an attribute, and ampersands.
 */
const HOSTILE_STATUTE = [
  'Computer Misuse <script>alert(1)</script> Act 2025',
  '',
  'PART I — OFFENCES',
  '',
  '1. Unauthorised access <script>alert(1)</script>',
  '(1) A person commits an offence if the person intentionally and without authority <script>alert(2)</script> gains access to the whole or any part of a computer system.',
  '(2) A person convicted of an offence under subsection (1) is liable to imprisonment for up to five years & a fine.',
  '',
  '2. Meaning of "computer system" "onload=alert(3) & more',
  'In this Act, "computer system" means any device <img src=x onerror=alert(4)> that processes data automatically under a program.',
  '',
  '3. Spreading alarm <b onmouseover=alert(5)>online</b>',
  'A person who by means of a computer system publishes false statements likely to cause public alarm commits an offence.',
  '',
].join('\n');

describe('gap report page', () => {
  let t: TestApp;
  let analysisId: number;
  let page: string;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('answers 404 with the JSON error body before anything has been analysed', async () => {
    const latest = await http().get('/jurisdictions/XA/report').expect(404);
    expect(latest.headers['content-type']).toMatch(/^application\/json/);
    expect(latest.body.error).toBe('ANALYSIS_NOT_FOUND');
    const byId = await http().get('/analyses/999999/report').expect(404);
    expect(byId.body.error).toBe('ANALYSIS_NOT_FOUND');
    // the service-wide policy, not the page's own
    expect(byId.headers['content-security-policy']).not.toBe(CSP);
    const bad = await http().get('/jurisdictions/X1/report').expect(400);
    expect(bad.body.error).toBe('INVALID_INPUT');
  });

  it('serves the sample country’s report as a self-contained HTML page under a strict CSP', async () => {
    await http()
      .post('/jurisdictions/XA/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .attach('file', readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt')), 'xa-computer-crimes-act.txt')
      .expect(201);
    analysisId = (await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201)).body.id;

    const res = await http().get(`/analyses/${analysisId}/report`).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    page = res.text;
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('<h1>XA: how far the law is from the Convention on Cybercrime</h1>');
    expect(page).toContain('<cite lang="en">Computer Crimes Act 2024</cite>');
  });

  it('lists the sample’s preservation gap (Art. 16) among the changes needed before accession', () => {
    const blocking = page.slice(page.indexOf('<section id="blocking"'), page.indexOf('<section id="coverable"'));
    expect(blocking).toMatch(/<h3 id="gap-16-h">Art\. 16 — Expedited preservation of stored computer data/);
    expect(blocking).toContain('What a fix looks like');
    // every reservable gap names what covers it (which ones they are is the matcher's call)
    const coverable = page.slice(page.indexOf('<section id="coverable"'), page.indexOf('<section id="advisory"'));
    const cards = coverable.split('<article').slice(1);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card).toMatch(/<strong>(Reservation|Declaration|Designation) under Art\. \d+/);
    // the sample's false-news offence is shown apart
    const beyond = page.slice(page.indexOf('<section id="beyond"'), page.indexOf('<section id="articles"'));
    expect(beyond).toContain('<table class="beyond">');
  });

  it('serves the same page for the jurisdiction’s latest analysis', async () => {
    const res = await http().get('/jurisdictions/xa/report').expect(200);
    expect(res.headers['content-security-policy']).toBe(CSP);
    const withoutOrigin = (s: string) => s.replace(/http:\/\/127\.0\.0\.1:\d+/g, '');
    expect(withoutOrigin(res.text)).toBe(withoutOrigin(page));
  });

  it('escapes a statute whose title, headings and text carry markup', async () => {
    await http()
      .post('/jurisdictions/XB/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .field('language', 'en')
      .attach('file', Buffer.from(HOSTILE_STATUTE, 'utf8'), 'xb-misuse.txt')
      .expect(201);
    const [statute] = (await http().get('/jurisdictions/XB/statutes').expect(200)).body as { title: string }[];
    expect(statute.title).toContain('<script>alert(1)</script>');
    await http().post('/jurisdictions/XB/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);

    const res = await http().get('/jurisdictions/XB/report').expect(200);
    const hostile = res.text;
    expect(hostile).not.toMatch(/<script/i);
    expect(hostile).not.toMatch(/<img|<b onmouseover/i);
    expect(hostile).not.toMatch(/\s"onload=/);
    expect(hostile).toContain(escapeHtml(statute.title));
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('documents both routes in OpenAPI as text/html', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    for (const path of ['/analyses/{id}/report', '/jurisdictions/{code}/report']) {
      const op = doc.paths[path]?.get;
      expect(op?.summary).toBeTruthy();
      expect(Object.keys(op.responses['200'].content)).toEqual(['text/html']);
      expect(op.responses['404']).toBeDefined();
    }
  });
});
