import { DomainError } from '../../common/domain-error';
import { readSource } from './index';
import { decodeText, sniffUtf16 } from './text-decoding';

const LAW = 'Section 1. Short title\r\nThis Act may be cited as the Café Act.\r\n\r\n(1) First rule.\r\n';

function utf16(text: string, be: boolean, bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = be ? Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1])) : le;
  return bom ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
}

const EXPECTED = ['Section 1. Short title', 'This Act may be cited as the Café Act.', '(1) First rule.'];

describe('text reader: encodings decided by the bytes', () => {
  it('reads UTF-8 without BOM, CRLF line ends, blank lines dropped', async () => {
    const doc = await readSource(Buffer.from(LAW, 'utf8'), 'law.txt');
    expect(doc).toMatchObject({ format: 'text', encoding: 'utf-8', lines: EXPECTED });
  });

  it('reads UTF-8 with a BOM', async () => {
    const doc = await readSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LAW)]), 'law.txt');
    expect(doc.lines).toEqual(EXPECTED);
  });

  it.each([
    ['UTF-16 LE with BOM', false, true],
    ['UTF-16 BE with BOM', true, true],
    ['UTF-16 LE without BOM', false, false],
    ['UTF-16 BE without BOM', true, false],
  ])('reads %s', async (_label, be, bom) => {
    const doc = await readSource(utf16(LAW, be, bom), 'law.txt');
    expect(doc.lines).toEqual(EXPECTED);
    expect(doc.encoding).toBe(be ? 'utf-16be' : 'utf-16le');
  });

  it('falls back to windows-1252 when the bytes are not valid UTF-8 (curly quotes, é)', async () => {
    const bytes = Buffer.from([...Buffer.from('The '), 0x93, ...Buffer.from('Caf'), 0xe9, 0x94, ...Buffer.from(' Act\n')]);
    const doc = await readSource(bytes, 'law.txt');
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.lines).toEqual(['The “Café” Act']);
  });

  it('normalises to NFC (decomposed Vietnamese "Điều" becomes composed)', async () => {
    const decomposed = 'Điều 1. Phạm vi'.normalize('NFD');
    const doc = await readSource(Buffer.from(decomposed), 'vn.txt');
    expect(doc.lines[0]).toBe('Điều 1. Phạm vi'.normalize('NFC'));
  });

  it('a lone label line is joined to the text after it', async () => {
    const doc = await readSource(Buffer.from('12.\nOffences by companies\n(a)\nfirst case;\n'), 'law.txt');
    expect(doc.lines).toEqual(['12. Offences by companies', '(a) first case;']);
  });

  it('sniffs UTF-16 only from a NUL pattern, not from ordinary text', () => {
    expect(sniffUtf16(Buffer.from('plain ascii text here'))).toBeNull();
    expect(decodeText(Buffer.from('plain')).encoding).toBe('utf-8');
  });

  it('whitespace only is EMPTY_FILE, naming the file', async () => {
    await expect(readSource(Buffer.from('  \r\n\t\n'), 'blank.txt')).rejects.toMatchObject({ code: 'EMPTY_FILE', message: expect.stringContaining('blank.txt') });
  });

  it('binary bytes with NULs that are not UTF-16 are UNSUPPORTED_FORMAT listing the accepted formats', async () => {
    const bytes = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + (i % 7 === 0 ? 0 : 11)) % 256));
    const err = await readSource(bytes, 'blob.dat').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    expect((err as Error).message).toMatch(/blob\.dat.*Accepted formats: plain text/);
  });

  it('known binary containers are named (a PNG scan is not read as text)', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    await expect(readSource(png, 'scan.txt')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('PNG image') });
  });
});
