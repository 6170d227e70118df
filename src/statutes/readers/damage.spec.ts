/** Decoding without loss and warnings on damaged sources, on bytes generated here. */
import { readSource } from './index';
import { decodeText } from './text-decoding';
import { DAMAGE, endsMidSentence } from './damage';

const SECTIONS = [
  'Model Data Misuse Act 2031',
  '1. Short title',
  'This Act may be cited as the Model Data Misuse Act.',
  '2. Unauthorised entry',
  'A person who enters a computer system without right commits an offence.',
];

describe('decoding stray bytes', () => {
  it('UTF-8 with single stray Latin-1 bytes: each stray byte as windows-1252, the UTF-8 kept', () => {
    const bytes = Buffer.concat([Buffer.from('Loi n° 12 — l’accès frauduleux, ', 'utf8'), Buffer.from([0xe9]), Buffer.from('t', 'latin1'), Buffer.from([0x92]), Buffer.from(' est puni.', 'utf8')]);
    const d = decodeText(bytes);
    expect(d.text).toBe('Loi n° 12 — l’accès frauduleux, ét’ est puni.');
    expect(d.text).not.toContain('\uFFFD');
    expect(d.strayBytes).toBe(2);
  });

  it('a whole Latin-1 file decodes as windows-1252, not as UTF-8 with losses', () => {
    const d = decodeText(Buffer.from('Article 1er. Le délit d’accès est réprimé à l’égard de quiconque.'.replace(/’/g, "'"), 'latin1'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe("Article 1er. Le délit d'accès est réprimé à l'égard de quiconque.");
  });

  it('windows-1252 punctuation (0x93/0x94/0x96) reads as curly quotes and dashes', () => {
    expect(decodeText(Buffer.from([0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x62])).text).toBe('“a” – b');
  });

  it('a file cut inside a UTF-8 character is reported, and the half character dropped', async () => {
    const bytes = Buffer.concat([Buffer.from([...SECTIONS, '3. Délit'].join('\n'), 'utf8'), Buffer.from([0xc3])]);
    const d = decodeText(bytes);
    expect(d.endsInsideCharacter).toBe(true);
    expect(d.text.endsWith('3. Délit')).toBe(true);
    const doc = await readSource(bytes, 'cut.txt');
    expect(doc.warnings?.some((w) => w.startsWith(DAMAGE.cutCharacter))).toBe(true);
  });
});

describe('damage warnings from reading', () => {
  it('NUL bytes are removed and counted', async () => {
    const text = Buffer.from(SECTIONS.join('\n'), 'utf8');
    const bytes = Buffer.from(Array.from(text).flatMap((b, i) => (i % 200 === 57 ? [0, b] : [b])));
    const doc = await readSource(bytes, 'nul.txt');
    expect(doc.lines).toEqual(SECTIONS);
    expect(doc.warnings).toEqual([expect.stringMatching(/^NUL bytes removed \(1\)/)]);
  });

  it('a text that stops mid-sentence is flagged as maybe truncated; a complete one is not', async () => {
    const cut = [...SECTIONS, '3. Interception', 'A person who without right intercepts a transmission of data to or from a computer system by techn'];
    const doc = await readSource(Buffer.from(cut.join('\n')), 'cut.txt');
    expect(doc.warnings).toEqual([expect.stringContaining('text ends mid-sentence (truncated?)')]);
    expect((await readSource(Buffer.from(SECTIONS.join('\n')), 'whole.txt')).warnings).toEqual([]);
  });

  it('closing blocks do not read as truncation', () => {
    expect(endsMidSentence([...SECTIONS, 'President of the Republic'])).toBe(false);
    expect(endsMidSentence([...SECTIONS, 'Passed in the National Assembly on the fourth day of May in the year 2031'])).toBe(false);
    expect(endsMidSentence([...SECTIONS, 'Home About the Library Contact us Find us on our Social page Follow our News channel'])).toBe(false);
    expect(endsMidSentence([...SECTIONS, 'Schedule of the forms prescribed for the purposes of the warrants Previous Version'])).toBe(false);
    expect(endsMidSentence([...SECTIONS, '(b) "listed body" means any board or council established under a written law, and the members of'])).toBe(true);
  });
});

describe('damage warnings reach the import', () => {
  it('ingestStatute returns the reader warnings first, naming the file', async () => {
    const { ingestStatute } = await import('../ingest');
    const bytes = Buffer.from(SECTIONS.join('\n').replace('enters', 'en\u0000ters'), 'utf8');
    const parsed = await ingestStatute(bytes, 'damaged.txt');
    expect(parsed.warnings[0]).toMatch(/^damaged\.txt: NUL bytes removed \(1\)/);
    expect(parsed.provisions.map((p) => p.citation)).toEqual(['1', '2']);
  });
});
