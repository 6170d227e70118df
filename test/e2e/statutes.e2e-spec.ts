import { readFileSync } from 'node:fs';
import request from 'supertest';
import { ADMIN_KEY, REVIEWER_KEY, startApp, TestApp, VIEWER_KEY } from '../support/app';
import { corpusPath, describeWithCorpus } from '../support/corpus';

/** Our own small statute, written for these tests. */
const OWN_ACT = [
  'Computer Offences Act 2024',
  'PART I — PRELIMINARY',
  '1. Short title',
  'This Act may be cited as the Computer Offences Act 2024.',
  '2. Interpretation',
  'In this Act, "computer system" means any device that processes data automatically.',
  'PART II — OFFENCES',
  '3. Unauthorised access',
  '(1) A person who knowingly accesses a computer system without authority commits an offence.',
  '(2) A person convicted under subsection (1) is liable to imprisonment for up to three years.',
  '4. Interference with data',
  '(1) A person who, without authority, deletes or alters computer data commits an offence.',
].join('\n');

describe('statutes API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const upload = (code: string, bytes: Buffer, name: string, key = REVIEWER_KEY) =>
    http().post(`/jurisdictions/${code}/statutes`).set('X-API-Key', key).attach('file', bytes, name);
  const statuteRows = () => t.db.query('SELECT COUNT(*) AS n FROM provision').then((r: { n: number }[]) => Number(r[0].n));

  it('imports a statute, lists it and serves its tree and a provision by citation', async () => {
    const res = await upload('zz', Buffer.from(OWN_ACT), 'own-act.txt').expect(201);
    expect(res.body.outcome).toBe('created');
    expect(res.body.statute).toMatchObject({ jurisdiction: 'ZZ', language: 'en', currentVersion: 1, year: 2024, format: 'text' });
    const id = res.body.statute.id;
    const list = await http().get('/jurisdictions/ZZ/statutes').expect(200);
    expect(list.body.map((s: { id: number }) => s.id)).toEqual([id]);
    const tree = await http().get(`/statutes/${id}/provisions`).expect(200);
    const citations: string[] = [];
    const walk = (ps: { citation: string; children: unknown[] }[]) => ps.forEach((p) => (citations.push(p.citation), walk(p.children as never)));
    walk(tree.body);
    expect(citations).toEqual(expect.arrayContaining(['1', '2', '3', '3(1)', '3(2)', '4', '4(1)']));
    const p = await http().get(`/statutes/${id}/provisions/${encodeURIComponent('3(1)')}`).expect(200);
    expect(p.body.text).toMatch(/knowingly accesses/);
    const sec = await http().get(`/statutes/${id}/provisions/${encodeURIComponent('Section 3')}`).expect(200);
    expect(sec.body.heading).toBe('Unauthorised access');
    const missing = await http().get(`/statutes/${id}/provisions/99`).expect(404);
    expect(missing.body.error).toBe('PROVISION_NOT_FOUND');
  });

  it('keeps history: the same text is unchanged, a changed text adds a version naming what changed', async () => {
    const again = await upload('zz', Buffer.from(OWN_ACT), 'own-act.txt').expect(201);
    expect(again.body.outcome).toBe('unchanged');
    const amended = OWN_ACT.replace('up to three years', 'up to five years') + '\n5. Attempt\nAn attempt to commit an offence under this Act is an offence.';
    const res = await upload('zz', Buffer.from(amended), 'own-act.txt').expect(201);
    expect(res.body.outcome).toBe('new-version');
    expect(res.body.changes.added).toContain('5');
    expect(res.body.changes.changed).toContain('3(2)');
    const statute = await http().get(`/statutes/${res.body.statute.id}`).expect(200);
    expect(statute.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const old = await http().get(`/statutes/${res.body.statute.id}/provisions/5?version=1`).expect(404);
    expect(old.body.error).toBe('PROVISION_NOT_FOUND');
  });

  it('needs a writing role to import', async () => {
    await http().post('/jurisdictions/ZZ/statutes').attach('file', Buffer.from(OWN_ACT), 'a.txt').expect(401);
    await upload('ZZ', Buffer.from(OWN_ACT), 'a.txt', VIEWER_KEY).expect(403);
  });

  it('validates the jurisdiction code and the form fields', async () => {
    const bad = await upload('ZZZ', Buffer.from(OWN_ACT), 'a.txt').expect(400);
    expect(bad.body.message).toMatch(/ISO 3166-1/);
    const status = await http()
      .post('/jurisdictions/ZZ/statutes')
      .set('X-API-Key', ADMIN_KEY)
      .field('status', 'maybe')
      .attach('file', Buffer.from(OWN_ACT), 'a.txt')
      .expect(400);
    expect(status.body.message).toMatch(/status must be one of/);
  });

  it('rejects bad files with a clear 4xx, stores nothing, and stays up', async () => {
    const before = await statuteRows();
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const cases: [Buffer, string, number, string][] = [
      [Buffer.alloc(0), 'empty.txt', 400, 'EMPTY_FILE'],
      [garbage, 'garbage.bin', 415, 'UNSUPPORTED_FORMAT'],
      [Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), 'truncated.pdf', 422, 'MALFORMED_FILE'],
      [Buffer.from('PK\u0003\u0004 this is not really a zip archive'), 'broken.docx', 422, 'MALFORMED_FILE'],
      [
        Buffer.from('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><akomaNtoso>&lol2;</akomaNtoso>'),
        'bomb.xml',
        422,
        'UNSAFE_XML',
      ],
      [Buffer.from('Meeting notes\nNothing numbered here at all.\n'), 'notes.txt', 422, 'NO_PROVISIONS_FOUND'],
    ];
    for (const [bytes, name, status, code] of cases) {
      const res = await upload('YY', bytes, name);
      expect({ name, status: res.status, error: res.body.error }).toEqual({ name, status, error: code });
      expect(res.body.message.length).toBeGreaterThan(10);
    }
    expect(await statuteRows()).toBe(before);
    await http().get('/jurisdictions/YY/statutes').expect(404);
    await http().get('/health').expect(200);
  });

  it('refuses an upload over the size limit with 413', async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, 'a');
    const res = await upload('YY', big, 'big.txt');
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/MAX_UPLOAD_BYTES/);
    await http().get('/health').expect(200);
  });

  describeWithCorpus('real statutes from the corpus', () => {
    it('imports the Philippine act and serves 4(a)(1) by citation', async () => {
      const bytes = readFileSync(corpusPath('statutes', 'ph-ra10175-cybercrime-prevention-act-2012.txt'));
      const res = await upload('PH', bytes, 'ph-ra10175.txt').expect(201);
      const id = res.body.statute.id;
      const p = await http().get(`/statutes/${id}/provisions/${encodeURIComponent('4(a)(1)')}`).expect(200);
      expect(p.body.text.toLowerCase()).toContain('access');
    });

    it('imports several laws for one country (Canada)', async () => {
      for (const f of ['ca-criminal-code-cybercrime-provisions.txt', 'ca-mutual-legal-assistance-in-criminal-matters-act.txt']) {
        await upload('CA', readFileSync(corpusPath('statutes', f)), f).expect(201);
      }
      const list = await http().get('/jurisdictions/CA/statutes').expect(200);
      expect(list.body).toHaveLength(2);
      const j = await http().get('/jurisdictions').expect(200);
      expect(j.body.find((x: { code: string }) => x.code === 'CA').statutes).toBe(2);
    });

    it('stores a Vietnamese code and says its language is not supported for matching', async () => {
      const res = await upload('VN', readFileSync(corpusPath('formats', 'vn-bo-luat-hinh-su-100-2015-penal-code.docx')), 'vn-penal-code.docx').expect(201);
      expect(res.body.statute).toMatchObject({ language: 'vi', format: 'docx' });
      expect(res.body.warnings.join(' ')).toMatch(/'vi' is not supported for matching/);
      const analysis = await http().post('/jurisdictions/VN/analyses').set('X-API-Key', REVIEWER_KEY).expect(201);
      const statuses = new Set(analysis.body.report.articles.map((a: { status: string }) => a.status));
      expect([...statuses]).toEqual(['not-assessed']);
    });

    it('explains why the metadata-only Akoma Ntoso file and the glyph-per-line PDF give no provisions', async () => {
      const meta = await upload('MU', readFileSync(corpusPath('formats', 'mu-computer-misuse-and-cybercrime-bill-2003-akn-metadata.xml')), 'mu.xml');
      expect(meta.status).toBe(422);
      expect(meta.body.error).toBe('METADATA_ONLY');
      const bill = await upload('KE', readFileSync(corpusPath('formats', 'ke-computer-misuse-and-cybercrimes-amendment-bill-2024.pdf')), 'bill.pdf');
      expect(bill.status).toBe(422);
      expect(bill.body.error).toBe('NO_TEXT_LAYER');
    });
  });
});
