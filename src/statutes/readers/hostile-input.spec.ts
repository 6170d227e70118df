/**
 * Hostile inputs of issue 12, generated here at test time (no blobs committed): each gets the typed
 * error naming its limit and the file, or a result, well within the test's timeout.
 */
import { buildZip } from '../../../test/fixtures/make-fixtures';
import { DomainError } from '../../common/domain-error';
import { toErrorBody } from '../../common/domain-error.filter';
import { READING_LIMITS } from '../limits/reading-limits';
import { readSource } from './index';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const AKN3 = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

function docx(body: string): Buffer {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
  return buildZip([{ name: 'word/document.xml', data: Buffer.from(xml) }]);
}

async function failure(bytes: Buffer, name: string): Promise<DomainError> {
  const e = await readSource(bytes, name).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

async function expectTooDeep(bytes: Buffer, name: string): Promise<void> {
  const e = await failure(bytes, name);
  expect(e.code).toBe('TOO_DEEP');
  expect(e.message).toContain(name);
  expect(e.details).toMatchObject({ limit: 'maxDepth', max: READING_LIMITS.maxDepth });
  expect(toErrorBody(e).statusCode).toBe(422);
}

describe('hostile input: nesting', () => {
  jest.setTimeout(30_000);

  it('a 1 KB .docx with 2,000 nested elements is TOO_DEEP (422)', async () => {
    const bytes = docx(`${'<w:sdt>'.repeat(2000)}<w:p><w:r><w:t>1. Text</w:t></w:r></w:p>${'</w:sdt>'.repeat(2000)}`);
    expect(bytes.length).toBeLessThan(2000);
    await expectTooDeep(bytes, 'nested.docx');
  });

  it('44 KB of nested HTML is TOO_DEEP', async () => {
    await expectTooDeep(Buffer.from(`<html><body>${'<div><span>'.repeat(2000)}1. Text${'</span></div>'.repeat(2000)}</body></html>`), 'deep.html');
  });

  it('10^6 nested <div> (5 MB, no end tags) is TOO_DEEP, early', async () => {
    await expectTooDeep(Buffer.from(`<!DOCTYPE html><html><body>${'<div>'.repeat(1_000_000)}1. Text</body></html>`), 'divs.html');
  });

  it('10^5 unclosed tables are TOO_DEEP, not a quadratic crawl', async () => {
    await expectTooDeep(Buffer.from(`<!DOCTYPE html><html><body>${'<table><tr><td>1. Text '.repeat(100_000)}</body></html>`), 'tables.html');
  });

  it('100 KB of nested Akoma Ntoso is TOO_DEEP', async () => {
    const xml = `<?xml version="1.0"?><akomaNtoso xmlns="${AKN3}"><act><body>${'<paragraph><num>1.</num><content>'.repeat(3000)}<p>Text</p>${'</content></paragraph>'.repeat(3000)}</body></act></akomaNtoso>`;
    expect(xml.length).toBeGreaterThan(100_000);
    await expectTooDeep(Buffer.from(xml), 'deep-akn.xml');
  });

  it('nesting just inside the budget reads, without recursion limits', async () => {
    const depth = READING_LIMITS.maxDepth - 10;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>1. A person who enters a system commits an offence.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect((await readSource(Buffer.from(html), 'ok.html')).lines).toEqual(['1. A person who enters a system commits an offence.']);
    const akn = `<akomaNtoso xmlns="${AKN3}"><act><body><section><num>1</num>${'<hcontainer>'.repeat(depth)}<p>Text of the section.</p>${'</hcontainer>'.repeat(depth)}</section></body></act></akomaNtoso>`;
    expect((await readSource(Buffer.from(akn), 'ok.xml')).lines).toEqual(['1. Text of the section.']);
  });
});

describe('hostile input: size after expansion', () => {
  jest.setTimeout(60_000);

  it('a small .docx unpacking to ~60 MB of tiny paragraphs is INPUT_TOO_LARGE (413), not gigabytes of memory', async () => {
    const bytes = docx('<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(1_700_000));
    expect(bytes.length).toBeLessThan(1_000_000);
    const e = await failure(bytes, 'tiny-paragraphs.docx');
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.details).toMatchObject({ fileName: 'tiny-paragraphs.docx', limit: 'maxLines' });
    expect(toErrorBody(e).statusCode).toBe(413);
  });

  it('millions of empty elements are INPUT_TOO_LARGE on the element budget', async () => {
    const e = await failure(docx('<w:p/>'.repeat(READING_LIMITS.maxStreamedElements + 10)), 'empty.docx');
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', details: { limit: 'maxStreamedElements' } });
  });

  it('a part that unpacks beyond maxExpandedBytes is refused at the budget, whatever size it declares', async () => {
    const pad = '<w:p><w:r><w:t>a</w:t></w:r></w:p>' + ' '.repeat(1024 * 1024);
    const e = await failure(docx(pad.repeat(Math.ceil(READING_LIMITS.maxExpandedBytes / pad.length) + 1)), 'bomb.docx');
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', details: { limit: 'maxExpandedBytes' } });
    expect(e.message).toContain('word/document.xml');
  });

  it('an HTML page with more elements than a tree may hold is INPUT_TOO_LARGE', async () => {
    const e = await failure(Buffer.from(`<html><body>${'<b></b>'.repeat(READING_LIMITS.maxElements + 1)}</body></html>`), 'wide.html');
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', details: { limit: 'maxElements' } });
  });

  it('a text file of more lines than the budget is INPUT_TOO_LARGE', async () => {
    const e = await failure(Buffer.from('x\n'.repeat(READING_LIMITS.maxLines + 5)), 'long.txt');
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', details: { limit: 'maxLines' } });
  });

  it('a small PDF declaring more pages than the budget is INPUT_TOO_LARGE before its pages are parsed', async () => {
    const pages = READING_LIMITS.maxPages + 1;
    const ops = 'BT /F1 10 Tf 72 700 Td (1. Text) Tj ET';
    const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>', `<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`];
    const kids: number[] = [];
    for (let i = 0; i < pages; i++) {
      objs.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
      kids.push(objs.length);
    }
    objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
    let out = '%PDF-1.4\n';
    const offsets = objs.map((body, i) => {
      const at = out.length;
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
      return at;
    });
    const xref = out.length;
    out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    const e = await failure(Buffer.from(out, 'latin1'), 'pages.pdf');
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', details: { fileName: 'pages.pdf', limit: 'maxPages' } });
  });
});
