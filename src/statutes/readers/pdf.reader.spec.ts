import * as fs from 'fs';
import * as path from 'path';
import { readSource } from './index';
import { singleLetterShare } from './pdf.reader';

/** A minimal PDF whose pages draw the given strings (Courier); no strings at all = a scan without OCR. */
function tinyPdf(pages: string[][]): Buffer {
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>'];
  const kids: number[] = [];
  for (const texts of pages) {
    const ops = texts.map((t, i) => `BT /F1 10 Tf 1 0 0 1 72 ${700 - i * 14} Tm (${t}) Tj ET`).join('\n');
    objs.push(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objs.length} 0 R >>`);
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
  return Buffer.from(out, 'latin1');
}

describe('PDF reader', () => {
  jest.setTimeout(20_000);

  it('reads a text layer into numbered lines', async () => {
    const doc = await readSource(tinyPdf([['1. This Act may be cited as the Data Act.', '2. (1) No person shall access data without right.']]), 'act.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.lines).toEqual(['1. This Act may be cited as the Data Act.', '2. (1) No person shall access data without right.']);
  });

  it('a PDF without any text (a scan) is NO_TEXT_LAYER, asking for OCR', async () => {
    await expect(readSource(tinyPdf([[], []]), 'scan.pdf')).rejects.toMatchObject({
      code: 'NO_TEXT_LAYER',
      message: expect.stringMatching(/scan\.pdf.*no text layer.*OCR/),
    });
  });

  it('a letter-spaced, glyph-by-glyph text layer is NO_TEXT_LAYER', async () => {
    const spaced = Array.from({ length: 12 }, () => 'T H E  C O M P U T E R  M I S U S E  A c t');
    await expect(readSource(tinyPdf([spaced]), 'glyphs.pdf')).rejects.toMatchObject({ code: 'NO_TEXT_LAYER', message: expect.stringContaining('one glyph per line') });
    expect(singleLetterShare(['This Act may be cited as the Data Act (a) or (b).'])).toBeLessThan(0.12);
  });

  it('a truncated PDF is MALFORMED_FILE', async () => {
    const bytes = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/not-ok/truncated.pdf'));
    await expect(readSource(bytes, 'cut.pdf')).rejects.toMatchObject({ code: 'MALFORMED_FILE', message: expect.stringContaining('cut.pdf') });
  });

  it('a file named .pdf that is not a PDF is MALFORMED_FILE', async () => {
    await expect(readSource(Buffer.from('Section 1. Text'), 'fake.pdf')).rejects.toMatchObject({ code: 'MALFORMED_FILE', message: expect.stringContaining('%PDF-') });
  });

  it('format is decided by content: a PDF named .txt is read as PDF', async () => {
    const doc = await readSource(tinyPdf([['1. Short title of the Data Act.']]), 'mislabelled.txt');
    expect(doc.format).toBe('pdf');
  });
});
