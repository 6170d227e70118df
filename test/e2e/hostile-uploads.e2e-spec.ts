/**
 * Issue 12 through HTTP: hostile uploads (generated here) answer a typed 4xx naming the limit and
 * the file, nothing is stored, and the service keeps answering; damaged text imports with warnings.
 */
import request from 'supertest';
import { buildZip } from '../fixtures/make-fixtures';
import { REVIEWER_KEY, startApp, TestApp } from '../support/app';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const docx = (body: string) =>
  buildZip([{ name: 'word/document.xml', data: Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) }]);

const OWN_ACT = ['Model Records Act 2031', '1. Short title', 'This Act is the Model Records Act 2031.', '2. Keeping of records', 'An operator shall keep each record of access for two years.'];

describe('hostile uploads', () => {
  jest.setTimeout(60_000);
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const upload = (bytes: Buffer, name: string) => http().post('/jurisdictions/zy/statutes').set('X-API-Key', REVIEWER_KEY).attach('file', bytes, name);
  const provisions = () => t.db.query('SELECT COUNT(*) AS n FROM provision').then((r: { n: number }[]) => Number(r[0].n));

  it('a 2,000-deep .docx is 422 TOO_DEEP naming the file and the limit; nothing stored', async () => {
    const before = await provisions();
    const res = await upload(docx(`${'<w:sdt>'.repeat(2000)}<w:p><w:r><w:t>1. Text</w:t></w:r></w:p>${'</w:sdt>'.repeat(2000)}`), 'deep.docx').expect(422);
    expect(res.body).toMatchObject({ statusCode: 422, error: 'TOO_DEEP' });
    expect(res.body.message).toMatch(/deep\.docx.*maxDepth/);
    expect(await provisions()).toBe(before);
    await http().get('/health').expect(200);
  });

  it('10^6 nested <div> is 422 TOO_DEEP, not a stack overflow or a frozen server', async () => {
    const res = await upload(Buffer.from(`<html><body>${'<div>'.repeat(1_000_000)}1. Text</body></html>`), 'divs.html').expect(422);
    expect(res.body.error).toBe('TOO_DEEP');
    await http().get('/health').expect(200);
  });

  it('a small .docx unpacking to ~60 MB of tiny paragraphs is 413 INPUT_TOO_LARGE', async () => {
    const res = await upload(docx('<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(1_700_000)), 'tiny.docx').expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'INPUT_TOO_LARGE' });
    expect(res.body.message).toMatch(/tiny\.docx.*maxLines/);
  });

  it('a text with NUL bytes and a cut last sentence imports, and the import says so', async () => {
    const text = [...OWN_ACT, '3. Inspection', 'An inspector may at any reasonable hour enter the premises of an operator and inspect the rec'].join('\n').replace('keep each', 'keep\u0000 each');
    const res = await upload(Buffer.from(text), 'damaged.txt').expect(201);
    const warnings: string[] = res.body.warnings;
    expect(warnings.some((w) => /^damaged\.txt: NUL bytes removed \(1\)/.test(w))).toBe(true);
    expect(warnings.some((w) => /damaged\.txt: text ends mid-sentence \(truncated\?\)/.test(w))).toBe(true);
  });
});
