import * as fs from 'fs';
import * as path from 'path';
import { buildZip } from '../../../test/fixtures/make-fixtures';
import { readSource } from './index';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(bodyXml: string, extra: Array<{ name: string; data: Buffer }> = []): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${bodyXml}</w:body></w:document>`;
  return buildZip([{ name: 'word/document.xml', data: Buffer.from(document) }, ...extra]);
}

const p = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('DOCX reader', () => {
  it('reads paragraphs in order, joining runs, tabs as spaces, skipping deleted text and field codes', async () => {
    const body =
      p('Cybercrime Act', 'Title') +
      `<w:p><w:r><w:t>(1)</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">A person who </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>intercepts</w:t></w:r>` +
      `<w:del w:id="1" w:author="a"><w:r><w:delText> secretly</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> data</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> commits an offence.</w:t></w:r></w:p>` +
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const doc = await readSource(docx(body), 'act.docx');
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('Cybercrime Act');
    expect(doc.lines).toEqual(['Cybercrime Act', '(1) A person who intercepts data commits an offence.']);
  });

  it('reads table cells paragraph by paragraph, row by row', async () => {
    const cell = (t: string) => `<w:tc>${p(t)}</w:tc>`;
    const body = p('Schedule') + `<w:tbl><w:tr>${cell('Written law')}${cell('Amendment')}</w:tr><w:tr>${cell('Penal Code')}${cell('Repeal s. 5')}</w:tr></w:tbl>`;
    const doc = await readSource(docx(body), 'schedule.docx');
    expect(doc.lines).toEqual(['Schedule', 'Written law', 'Amendment', 'Penal Code', 'Repeal s. 5']);
  });

  it('a line break inside a paragraph starts a new line; a page break does not', async () => {
    const body = `<w:p><w:r><w:t>CHAPTER I</w:t><w:br/><w:t>GENERAL</w:t><w:br w:type="page"/><w:t>PROVISIONS</w:t></w:r></w:p>`;
    const doc = await readSource(docx(body), 'breaks.docx');
    expect(doc.lines).toEqual(['CHAPTER I', 'GENERAL PROVISIONS']);
  });

  it('drawing alternatives are read once (the fallback), not twice', async () => {
    const body = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>${p('Box text')}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${p('Box text')}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const doc = await readSource(docx(body), 'box.docx');
    expect(doc.lines).toEqual(['Box text']);
  });

  it('folds U+00D0 "Ð" to "Đ" in a Vietnamese document, and leaves it alone elsewhere', async () => {
    const vn = [p('Điều 412. Phạm vi áp dụng thủ tục này'), p('Ðiều 413. Người tham gia có quyền yêu cầu')];
    for (let i = 0; i < 5; i++) vn.push(p('Cơ quan điều tra có trách nhiệm thực hiện việc này.'));
    const doc = await readSource(docx(vn.join('')), 'vn.docx');
    expect(doc.lines[1].startsWith('Điều 413.')).toBe(true);
    const icelandic = await readSource(docx(p('Ðórður Jónsson skrifar lögin.')), 'is.docx');
    expect(icelandic.lines[0].startsWith('Ð')).toBe(true);
  });

  it('a zip that is not a Word document is UNSUPPORTED_FORMAT', async () => {
    const zip = buildZip([{ name: 'notes.txt', data: Buffer.from('hello') }]);
    await expect(readSource(zip, 'archive.zip')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('not a Word document') });
  });

  it('a truncated .docx is MALFORMED_FILE naming the file', async () => {
    const bytes = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/not-ok/truncated.docx'));
    await expect(readSource(bytes, 'cut.docx')).rejects.toMatchObject({ code: 'MALFORMED_FILE', message: expect.stringContaining('cut.docx') });
  });
});
