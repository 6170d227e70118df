import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DATA_DIR } from '../../src/common/paths';
import { AnalysisReport } from '../../src/analyses/analysis-report';
import { ADMIN_KEY, REVIEWER_KEY, startApp, TestApp, VIEWER_KEY } from '../support/app';
import { corpusPath, describeWithCorpus } from '../support/corpus';

const SAMPLE = readFileSync(join(DATA_DIR, 'samples', 'xa-computer-crimes-act.txt'));
const BILL = readFileSync(join(__dirname, '..', 'fixtures', 'bills', 'xa-computer-crimes-amendment-bill-2026.txt'));

/** What the exports must hold, worked out from the analysis JSON itself. */
function expectedRows(report: AnalysisReport, elementsOf: Map<string, { id: string; kind: string }[]>): number {
  let n = 0;
  for (const a of report.articles) {
    if (a.status === 'not-assessed') continue;
    const elements = elementsOf.get(a.article) ?? [];
    const effective = a.status === 'covered' || a.status === 'partial' ? a.provisions : [];
    n += effective.length ? effective.length * elements.length : elements.filter((e) => e.kind !== 'optional').length;
  }
  return n;
}

const effectivePairs = (report: AnalysisReport) =>
  report.articles.flatMap((a) => (a.status === 'covered' || a.status === 'partial' ? a.provisions.map((p) => `${p.citation}→${a.article}`) : []));

/** Splits RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('legislators’ report: side by side, law in force, exports, bill comparison', () => {
  let t: TestApp;
  let report: AnalysisReport;
  let statuteId: number;
  let elementsOf: Map<string, { id: string; kind: string }[]>;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await startApp();
    const imported = await http().post('/jurisdictions/XA/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', SAMPLE, 'xa-computer-crimes-act.txt').expect(201);
    statuteId = imported.body.statute.id;
    report = (await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201)).body.report;
    const articles = (await http().get('/instruments/ets185/articles').expect(200)).body;
    const list = Array.isArray(articles) ? articles : articles.items;
    elementsOf = new Map(list.map((a: { number: string; elements: { id: string; kind: string }[] }) => [a.number, a.elements]));
  });
  afterAll(() => t.close());

  it('records the statute and version the analysis used', () => {
    expect(report.statutes[0]).toMatchObject({ title: 'Computer Crimes Act 2024', statuteId, version: 1, status: 'in-force' });
    expect(report.notInEffect).toEqual([]);
  });

  it('puts each article beside the provision’s full text, with the same element marked on both sides', async () => {
    const page = (await http().get('/jurisdictions/XA/report').expect(200)).text;
    expect(page).not.toMatch(/<script/i);
    const a4 = page.slice(page.indexOf('<details id="art-4"'), page.indexOf('</details>', page.indexOf('<details id="art-4"')));
    expect(a4).toContain('<table class="side">');
    const convention = a4.slice(a4.indexOf('<td class="convention">'), a4.indexOf('<td class="provision">'));
    const provision = a4.slice(a4.indexOf('<td class="provision">'));
    const marked = (s: string) => new Set([...s.matchAll(/<mark data-element="([^"]+)"/g)].map((m) => m[1]));
    const both = [...marked(provision)].filter((e) => marked(convention).has(e));
    expect(both.length).toBeGreaterThan(0);
    // the whole provision is there, not only the quoted span (words of the sample that the matcher does not quote)
    expect(provision).toMatch(/<div class="statute-text" lang="en">Interference with computer data\n(\(1\) )?A person commits an offence if the person, <mark data-element="4.intent"/);
    // gaps are open; covered articles can be opened
    expect(page).toMatch(/<details id="art-16" class="side-article" open>/);
    expect(page).toMatch(/<details id="art-\d+" class="side-article">/);
    expect(page).toContain('<h2 id="law-h">Law not in effect</h2>');
    expect(page).toContain('version 1');
  });

  it('exports the correspondence table as CSV, XLSX and DOCX with one row per article × element × provision', async () => {
    const n = expectedRows(report, elementsOf);
    expect(n).toBeGreaterThan(50);

    const csv = await http().get('/jurisdictions/XA/correspondence.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    const header = rows[0];
    expect(header).toEqual(expect.arrayContaining(['article', 'element', 'citation', 'status', 'evidence', 'justification', 'origin', 'reviewer', 'confidence']));
    expect(rows.length - 1).toBe(n);
    const col = (name: string) => header.indexOf(name);
    const art16 = rows.filter((r) => r[col('article')] === '16');
    expect(art16.every((r) => r[col('status')] === 'no provision')).toBe(true);
    const met = rows.find((r) => r[col('article')] === '4' && r[col('status')] === 'met')!;
    expect(met[col('evidence')].length).toBeGreaterThan(3);
    expect(met[col('origin')]).toBe('machine');

    const xlsx = await http().get('/jurisdictions/XA/correspondence.xlsx').buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Correspondence')!;
    expect(ws.rowCount - 1).toBe(n);
    expect(ws.getRow(1).getCell(1).value).toBe('article');

    const docx = await http().get('/jurisdictions/XA/correspondence.docx').buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const zip = await JSZip.loadAsync(docx.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect((xml.match(/<w:tr[ >]/g) ?? []).length - 1).toBe(n);
  });

  it('exports an OSCAL mapping collection with a map per effective mapping, each with relationship and provenance', async () => {
    const doc = (await http().get('/jurisdictions/XA/mapping.oscal.json').expect(200)).body;
    const mc = doc['mapping-collection'];
    expect(mc.metadata['oscal-version']).toBe('1.2.0');
    expect(mc.provenance.method).toBe('automation');
    const maps = mc.mappings.flatMap((m: { maps: unknown[] }) => m.maps);
    const pairs = maps.map((m: { sources: { 'id-ref': string }[]; targets: { 'id-ref': string }[] }) => `${m.sources[0]['id-ref'].replace(/^provision-/, '')}→${m.targets[0]['id-ref'].replace(/^art-/, '')}`);
    expect(pairs.sort()).toEqual(effectivePairs(report).sort());
    for (const m of maps) {
      expect(['equivalent-to', 'subset-of', 'superset-of', 'intersects-with']).toContain(m.relationship);
      expect(m.provenance.method).toBe('automation');
      expect(m.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('names the reviewer of an accepted mapping in the correspondence table and marks the call as the expert’s', async () => {
    // Art. 3 (section 4 of the sample): the suspension test below takes Art. 4's section out of the law
    const queue = (await http().get('/jurisdictions/XA/mappings?article=3').expect(200)).body;
    const m = queue.items[0];
    await http().post(`/mappings/${m.id}/decisions`).set('X-API-Key', REVIEWER_KEY).send({ decision: 'accept', version: m.version, rationale: 'Checked against the text.' }).expect(201);
    const decided = (await http().get(`/mappings/${m.id}`).expect(200)).body;
    expect(decided.decidedBy).toBeTruthy();
    const csv = parseCsv((await http().get('/jurisdictions/XA/correspondence.csv').expect(200)).text.replace(/^\uFEFF/, ''));
    const col = (name: string) => csv[0].indexOf(name);
    const rows = csv.filter((r) => r[col('article')] === '3' && r[col('citation')] === m.citation);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r[col('reviewer')]).toBe(decided.decidedBy);
      expect(r[col('origin')]).toBe('expert');
    }
    const page = (await http().get('/jurisdictions/XA/report').expect(200)).text;
    const a3 = page.slice(page.indexOf('<details id="art-3"'), page.indexOf('</details>', page.indexOf('<details id="art-3"')));
    expect(a3).toContain('<span class="origin origin-expert">expert review</span>');
  });

  it('prints the report to PDF with its text', async () => {
    if (!existsSync('/usr/bin/chromium') || !existsSync('/usr/bin/pdftotext')) {
      console.warn('skipping the PDF check: /usr/bin/chromium or pdftotext (poppler-utils) is not installed');
      return;
    }
    const res = await http().get('/jurisdictions/XA/report.pdf').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    const file = join(mkdtempSync(join(tmpdir(), 'concordance-pdf-test-')), 'report.pdf');
    writeFileSync(file, res.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text).toContain('What must change before accession');
    expect(text).toContain('Article and provision side by side');
    expect(text).toMatch(/Expedited preservation of stored computer data/);
    // covered articles are opened for print: a covered article's provision text is in the PDF
    expect(text.replace(/\s+/g, ' ')).toContain('prevents or hinders access to the data');
  }, 120_000);

  it('corrects a statute’s title over HTTP, reading the year from it; viewers may not', async () => {
    await http().patch(`/statutes/${statuteId}`).set('X-API-Key', VIEWER_KEY).send({ title: 'X' }).expect(403);
    const bad = await http().patch(`/statutes/${statuteId}`).set('X-API-Key', REVIEWER_KEY).send({ status: 'gone' }).expect(400);
    expect(bad.body.message).toMatch(/status must be one of/);
    const res = await http().patch(`/statutes/${statuteId}`).set('X-API-Key', REVIEWER_KEY).send({ title: 'Computer Crimes Act, No. 12 of 2024' }).expect(200);
    expect(res.body).toMatchObject({ title: 'Computer Crimes Act, No. 12 of 2024', year: 2024 });
    await http().patch(`/statutes/${statuteId}`).set('X-API-Key', REVIEWER_KEY).send({ title: 'Computer Crimes Act 2024' }).expect(200);
  });

  it('shows what a bill would close, and never counts the bill as law in force', async () => {
    const bill = await http()
      .post('/jurisdictions/XA/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .field('status', 'bill')
      .attach('file', BILL, 'xa-computer-crimes-amendment-bill-2026.txt')
      .expect(201);
    const billId = bill.body.statute.id;
    const again = (await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201)).body.report as AnalysisReport;
    expect(again.statutes.map((s) => s.title)).toEqual(['Computer Crimes Act 2024']);
    expect(again.notInEffect).toEqual([expect.objectContaining({ statuteId: billId, reason: 'bill' })]);
    expect(again.articles.flatMap((a) => a.provisions.map((p) => p.statute))).not.toContain(bill.body.statute.title);
    const page = (await http().get('/jurisdictions/XA/report').expect(200)).text;
    expect(page).toContain('a bill, not yet law');

    await http().get('/jurisdictions/XA/compare').expect(400);
    const cmp = await http().get(`/jurisdictions/XA/compare?bill=${billId}`).expect(200);
    expect(cmp.headers['content-security-policy']).toBeDefined();
    const row = (n: string) => cmp.text.match(new RegExp(`<tr class="change-(\\w+)" data-article="${n}" data-change="(\\w+)">`))?.[2];
    // the sample has no preservation order and no attempt offence; the bill adds both
    const now16 = again.articles.find((a) => a.article === '16')!.status;
    expect(now16).toBe('missing');
    expect(['closes', 'narrows']).toContain(row('16'));
    expect(['closes', 'narrows']).toContain(row('11'));
    expect(cmp.text).toMatch(/The bill would close \d+ gaps/);
    const art16 = cmp.text.slice(cmp.text.indexOf('data-article="16"'));
    expect(art16.slice(0, art16.indexOf('</tr>'))).toMatch(/<td>3(\(\d\))?/);
  }, 120_000);

  it('leaves out a provision suspended by a court, for the period recorded, and says why on the page', async () => {
    const before = report.articles.find((a) => a.article === '4')!;
    const cited = before.provisions[0].citation;
    const section = cited.replace(/\(.*$/, '');
    await http().post(`/statutes/${statuteId}/legal-effects`).set('X-API-Key', VIEWER_KEY).send({ effect: 'suspended', source: 'x' }).expect(403);
    const bad = await http().post(`/statutes/${statuteId}/legal-effects`).set('X-API-Key', REVIEWER_KEY).send({ citation: section, effect: 'paused', source: 'High Court' }).expect(400);
    expect(bad.body.message).toMatch(/effect must be one of/);
    await http().post(`/statutes/${statuteId}/legal-effects`).set('X-API-Key', REVIEWER_KEY).send({ citation: '999', effect: 'suspended', source: 'High Court' }).expect(404);
    const recorded = await http()
      .post(`/statutes/${statuteId}/legal-effects`)
      .set('X-API-Key', REVIEWER_KEY)
      .send({ citation: section, effect: 'suspended', from: '2025-05-29', to: '2099-02-20', source: 'High Court of Veridia, conservatory order in Petition 1 of 2025', note: 'Pending a ruling on the constitutionality.' })
      .expect(201);
    expect(recorded.body).toMatchObject({ citation: section, effect: 'suspended', from: '2025-05-29', to: '2099-02-20', recordedBy: 'bootstrap reviewer key (reviewer)' });
    expect((await http().get(`/statutes/${statuteId}/legal-effects`).expect(200)).body).toHaveLength(1);

    const after = (await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201)).body.report as AnalysisReport;
    const citesSection = (c: string) => c === section || c.startsWith(`${section}(`);
    expect(after.articles.flatMap((a) => a.provisions.map((p) => p.citation)).filter(citesSection)).toEqual([]);
    expect(after.notInEffect).toEqual(expect.arrayContaining([expect.objectContaining({ citation: section, reason: 'suspended', from: '2025-05-29', to: '2099-02-20' })]));
    const page = (await http().get('/jurisdictions/XA/report').expect(200)).text;
    const law = page.slice(page.indexOf('<section id="law"'), page.indexOf('</section>', page.indexOf('<section id="law"')));
    expect(law).toContain('suspended by a court');
    expect(law).toContain('29 May 2025');
    expect(law).toContain('High Court of Veridia, conservatory order in Petition 1 of 2025');

    // as at a day before the suspension the section counts again
    const asAt = (await http().get('/jurisdictions/XA/report?asAt=2025-01-15').expect(200)).text;
    expect(asAt).toContain('<dt>Law as at</dt><dd>15 January 2025</dd>');
    expect(asAt.slice(asAt.indexOf('<section id="law"'), asAt.indexOf('</section>', asAt.indexOf('<section id="law"')))).not.toContain('suspended by a court');
    expect(asAt).toContain(`Provision ${cited}, Computer Crimes Act 2024`);
    await http().get('/jurisdictions/XA/report?asAt=soon').expect(400);
  }, 120_000);

  it('counts nothing of a statute marked repealed, and says so', async () => {
    await http().patch(`/statutes/${statuteId}`).set('X-API-Key', ADMIN_KEY).send({ status: 'repealed' }).expect(200);
    const after = (await http().post('/jurisdictions/XA/analyses').set('X-API-Key', REVIEWER_KEY).expect(201)).body.report as AnalysisReport;
    expect(after.statutes).toEqual([]);
    expect(after.articles.filter((a) => a.status === 'covered' || a.status === 'partial')).toEqual([]);
    expect(after.notInEffect).toEqual(expect.arrayContaining([expect.objectContaining({ statuteId, reason: 'repealed' })]));
    const page = (await http().get('/jurisdictions/XA/report').expect(200)).text;
    expect(page).toMatch(/<tr data-reason="repealed"><th scope="row"><cite>Computer Crimes Act 2024<\/cite>, the whole statute<\/th>\s*<td>repealed/);
  }, 120_000);
});

describeWithCorpus('the French report of a French statute', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('is in French by default, and in English on request', async () => {
    const http = () => request(t.app.getHttpServer());
    await http().post('/jurisdictions/SN/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', readFileSync(corpusPath('statutes', 'sn-loi-2008-11-cybercriminalite.txt')), 'sn-loi-2008-11-cybercriminalite.txt').expect(201);
    await http().post('/jurisdictions/SN/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
    const page = (await http().get('/jurisdictions/SN/report').expect(200)).text;
    const fr = page.slice(page.indexOf('</style>'));
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    for (const words of ['Synthèse', 'Sur les ', 'articles évalués', 'Accès illégal', 'L&#39;article et la disposition en vis-à-vis', 'Note de méthode', 'Droit non applicable']) expect(fr).toContain(words);
    for (const words of ['What must change', 'Summary', 'Article by article', 'Note on method']) expect(fr).not.toContain(words);
    const en = (await http().get('/jurisdictions/SN/report?lang=en').expect(200)).text;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Note on method');
    const bad = await http().get('/jurisdictions/SN/report?lang=de').expect(400);
    expect(bad.body.error).toBe('INVALID_INPUT');
  }, 120_000);
});

describeWithCorpus('Kenya 2018: sections suspended by the High Court from May 2018 to February 2020', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('records the suspension and leaves the sections out of the law for those days only', async () => {
    const http = () => request(t.app.getHttpServer());
    const imported = await http()
      .post('/jurisdictions/KE/statutes')
      .set('X-API-Key', REVIEWER_KEY)
      .field('versionDate', '2018-05-16')
      .attach('file', readFileSync(corpusPath('statutes', 'ke-computer-misuse-and-cybercrimes-act-2018.txt')), 'ke-computer-misuse-and-cybercrimes-act-2018.txt')
      .expect(201);
    const id = imported.body.statute.id;
    for (const section of ['22', '23', '27']) {
      await http()
        .post(`/statutes/${id}/legal-effects`)
        .set('X-API-Key', REVIEWER_KEY)
        .send({ citation: section, effect: 'suspended', from: '2018-05-29', to: '2020-02-20', source: 'High Court of Kenya, conservatory orders in a constitutional petition' })
        .expect(201);
    }
    const law = (page: string) => page.slice(page.indexOf('<section id="law"'), page.indexOf('</section>', page.indexOf('<section id="law"')));
    const during = law((await http().get('/jurisdictions/KE/report?asAt=2019-06-30').expect(200)).text);
    expect((during.match(/<tr data-reason="suspended">/g) ?? []).length).toBe(3);
    expect(during).toContain('from 29 May 2018 until 20 February 2020');
    const after = law((await http().get('/jurisdictions/KE/report?asAt=2021-01-01').expect(200)).text);
    expect(after).not.toContain('data-reason="suspended"');
    const before = (await http().get('/jurisdictions/KE/report?asAt=2018-01-01').expect(200)).text;
    expect(law(before)).toMatch(/<tr data-reason="not-yet-enacted">/);
  }, 120_000);
});

