/**
 * Real legislation from the shared corpus (read at run time, never copied here). Skips cleanly
 * when ../shared is absent.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DomainError } from '../../common/domain-error';
import { readSource } from './index';

const SHARED = path.resolve(__dirname, '../../../..', 'shared');
const FORMATS_DIR = path.join(SHARED, 'corpus', 'formats');
const STATUTES_DIR = path.join(SHARED, 'corpus', 'statutes');
const d = fs.existsSync(FORMATS_DIR) ? describe : describe.skip;
if (!fs.existsSync(FORMATS_DIR)) console.log(`readers.corpus.spec: ${FORMATS_DIR} is absent, corpus checks skipped`);

const file = (name: string) => path.join(FORMATS_DIR, name);
const read = (name: string) => readSource(fs.readFileSync(file(name)), name);

async function failure(name: string): Promise<DomainError> {
  const e = await read(name).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

/** Compare text loosely: case, punctuation, dashes, lost characters (U+FFFD) and hyphens aside. */
function loose(s: string): string {
  return s
    .toLowerCase()
    .replace(/\ufffd/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

d('corpus files in original formats', () => {
  jest.setTimeout(60_000);

  it('every file reads, or fails with the code its content calls for', async () => {
    const expected: Record<string, string> = {
      'ke-computer-misuse-and-cybercrimes-act-2018.pdf': 'pdf',
      'ke-computer-misuse-and-cybercrimes-amendment-bill-2024.pdf': 'NO_TEXT_LAYER',
      'mu-computer-misuse-and-cybercrime-bill-2003-akn-metadata.xml': 'METADATA_ONLY',
      'ph-ra10175-cybercrime-prevention-act-2012.html': 'html',
      'rw-law-5-2021-mutual-legal-assistance-criminal-matters.pdf': 'pdf',
      'rw-law-60-2018-prevention-punishment-cybercrimes.html': 'html',
      'us-intelligence-reform-terrorism-prevention-act-2004-uslm.xml': 'uslm',
      'vn-bo-luat-hinh-su-100-2015-penal-code.docx': 'docx',
      'vn-bo-luat-to-tung-hinh-su-101-2015-criminal-procedure-code.docx': 'docx',
      'za-cape-town-graffiti-by-law-2010-akn.xml': 'akn',
      'za-cape-town-graffiti-by-law-2010-source-gazette.pdf': 'pdf',
    };
    const seen: Record<string, string> = {};
    for (const name of fs.readdirSync(FORMATS_DIR).filter((n) => n !== 'SOURCES.md')) {
      try {
        const doc = await read(name);
        expect(doc.lines.length).toBeGreaterThan(20);
        seen[name] = doc.format;
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        expect(e.message).toContain(name);
        seen[name] = e.code;
      }
    }
    for (const [name, outcome] of Object.entries(expected)) if (name in seen) expect([name, seen[name]]).toEqual([name, outcome]);
  });

  it('Philippines RA 10175 HTML: the lines of the plain-text version appear (≥ 95%)', async () => {
    const doc = await read('ph-ra10175-cybercrime-prevention-act-2012.html');
    expect(doc.encoding).toBe('utf-8'); // declared windows-1252, bytes are UTF-8
    const txt = fs.readFileSync(path.join(STATUTES_DIR, 'ph-ra10175-cybercrime-prevention-act-2012.txt'), 'utf8');
    const want = txt.split('\n').map(loose).filter(Boolean);
    const got = new Set(doc.lines.map(loose));
    const found = want.filter((l) => got.has(l)).length;
    expect(found / want.length).toBeGreaterThanOrEqual(0.95);
    expect(doc.lines).toContain('CHAPTER I');
    expect(doc.lines.join('\n')).not.toMatch(/1.wphi1|Lawphil Project/);
  });

  it('Rwanda Law 60/2018 HTML: the articles, and none of the site chrome', async () => {
    const doc = await read('rw-law-60-2018-prevention-punishment-cybercrimes.html');
    const all = doc.lines.join('\n');
    for (let n = 2; n <= 56; n++) expect(doc.lines.some((l) => l.startsWith(`Article ${n} – `))).toBe(true);
    expect(doc.lines).toContain('Article One – Purpose of this Law');
    for (const chrome of ['Skip to main menu', 'Report a problem', 'Download PDF', 'Terms of Use', 'About RwandaLII', 'History of this document', 'Related documents', 'Copy citation', 'This is the version of this document']) {
      expect(all).not.toContain(chrome);
    }
    const txt = fs.readFileSync(path.join(STATUTES_DIR, 'rw-law-60-2018-prevention-punishment-cybercrimes.txt'), 'utf8');
    const want = txt.split('\n').map(loose).filter(Boolean);
    const got = new Set(doc.lines.map(loose));
    expect(want.filter((l) => got.has(l)).length / want.length).toBeGreaterThanOrEqual(0.98);
    expect(doc.title).toBe('Law on Prevention and Punishment of Cybercrimes');
    expect(doc.declaredLanguage).toBe('en');
  });

  it('Kenya CMCA 2018 scanned gazette: most sections come out as "N. heading" as in the text version', async () => {
    const doc = await read('ke-computer-misuse-and-cybercrimes-act-2018.pdf');
    const txt = fs.readFileSync(path.join(STATUTES_DIR, 'ke-computer-misuse-and-cybercrimes-act-2018.txt'), 'utf8');
    const headings = new Map<string, string>();
    for (const l of txt.split('\n')) {
      const m = /^(\d+[A-Z]?)\. (.{1,100})$/.exec(l);
      if (m) headings.set(m[1], m[2]);
    }
    const got = new Map<string, string[]>();
    for (const l of doc.lines) {
      const m = /^(\d+[A-Z]?)\. (.+)$/.exec(l);
      if (m) got.set(m[1], [...(got.get(m[1]) ?? []), loose(m[2])]);
    }
    let numbers = 0;
    let withHeading = 0;
    for (const [num, heading] of headings) {
      if (got.has(num)) numbers++;
      if ((got.get(num) ?? []).some((g) => g.replace(/ /g, '') === loose(heading).replace(/ /g, ''))) withHeading++;
    }
    // 70 sections in the text version (s. 46A came by a later amendment, so the 2018 gazette lacks it).
    expect(headings.size).toBe(70);
    expect(numbers).toBeGreaterThanOrEqual(66);
    expect(withHeading).toBeGreaterThanOrEqual(62);
    // Running heads and gazette page numbers are gone; the arrangement of sections is dropped.
    const all = doc.lines.join('\n');
    expect(all).not.toMatch(/^No\. 5 Computer Misuse and Cybercrimes 2018$/m);
    expect(doc.lines.filter((l) => /^\d{2}$/.test(l))).toEqual([]);
    expect(doc.lines.filter((l) => l.startsWith('1. ')).length).toBe(1);
    // The title is the act's name line from the title block, not the OCR'd masthead above it.
    expect(doc.title).toBe('THE COMPUTER MISUSE AND CYBERCRIMES ACT, 2018');
    // OCR's "(0" / "(11" list labels are read back as the letters and numbers the lists call for.
    expect(doc.lines.filter((l) => /^\((?:0|11)\s/.test(l))).toEqual([]);
  });

  it('Kenya amendment bill 2024: a degenerate (glyph by glyph) text layer is refused as NO_TEXT_LAYER', async () => {
    const e = await failure('ke-computer-misuse-and-cybercrimes-amendment-bill-2024.pdf');
    expect(e.code).toBe('NO_TEXT_LAYER');
    expect(e.message).toMatch(/one glyph per line/);
    expect(e.message).toMatch(/OCR/);
  });

  it('Rwanda MLA 2021 trilingual PDF: the English column is kept', async () => {
    const doc = await read('rw-law-5-2021-mutual-legal-assistance-criminal-matters.pdf');
    const all = doc.lines.join('\n');
    expect(doc.lines).toContain('Article 10: Request for evidence related to computer data');
    expect(all).not.toMatch(/Ingingo ya/); // Kinyarwanda
    expect(all).not.toMatch(/\bDemande\b|\bdemande d.entraide\b/); // French
  });

  it('Cape Town Graffiti By-law (AKN 2.0, default namespace): its own sections and definitions', async () => {
    const doc = await read('za-cape-town-graffiti-by-law-2010-akn.xml');
    expect(doc.format).toBe('akn');
    expect(doc.title).toBe('City of Cape Town: Graffiti By-law, 2010');
    expect(doc.declaredLanguage).toBe('en');
    expect(doc.lines).toContain('1. Definitions');
    expect(doc.lines).toContain('3. Prohibition');
    expect(doc.lines.filter((l) => /^\d+\. \p{Lu}/u.test(l)).length).toBe(12);
    expect(doc.lines.some((l) => /^"graffiti" means /.test(l))).toBe(true);
    expect(doc.lines.some((l) => /^\(1\) No person shall/.test(l))).toBe(true);
  });

  it('Mauritius metadata-only AKN 3.0 (an: prefix) is METADATA_ONLY, naming the external document', async () => {
    const e = await failure('mu-computer-misuse-and-cybercrime-bill-2003-akn-metadata.xml');
    expect(e.code).toBe('METADATA_ONLY');
    expect(e.message).toMatch(/external document \(akn_mu_act_2003-05-16_bill_no_11-2003_eng_main\.pdf\)/);
    expect(e.message).toMatch(/no provisions/);
  });

  it('US IRTPA 2004 USLM compilation (1.1 MB) reads in under a second, sections with headings', async () => {
    const bytes = fs.readFileSync(file('us-intelligence-reform-terrorism-prevention-act-2004-uslm.xml'));
    await readSource(bytes, 'warm-up.xml'); // first call loads modules
    const t0 = Date.now();
    const doc = await readSource(bytes, 'us-intelligence-reform-terrorism-prevention-act-2004-uslm.xml');
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(doc.format).toBe('uslm');
    expect(doc.lines).toContain('SECTION 1. SHORT TITLE; TABLE OF CONTENTS.');
    expect(doc.lines).toContain('SEC. 1001. SHORT TITLE.');
    expect(doc.lines.some((l) => l.startsWith('(a) Short Title.—This Act may be cited as'))).toBe(true);
    expect(doc.lines.some((l) => /^TITLE I—/.test(l))).toBe(true);
    // The table of contents is left out: "Sec. 1001." appears only as the section itself.
    expect(doc.lines.filter((l) => /Sec\. 1011\./i.test(l))).toHaveLength(1);
  });

  it('Vietnamese DOCX codes read in full, NFC, with every article heading (Ð folded to Đ)', async () => {
    const penal = await read('vn-bo-luat-hinh-su-100-2015-penal-code.docx');
    const procedure = await read('vn-bo-luat-to-tung-hinh-su-101-2015-criminal-procedure-code.docx');
    const articles = (lines: string[]) => lines.filter((l) => /^Điều \d+\./.test(l)).length;
    expect(articles(penal.lines)).toBe(426);
    expect(articles(procedure.lines)).toBe(510);
    for (const l of [...penal.lines, ...procedure.lines]) expect(l).toBe(l.normalize('NFC'));
    expect(procedure.lines.join('\n')).not.toContain('\u00D0');
    // Each code is named by its own title block, not by the issuing body printed above it.
    expect(penal.title).toBe('BỘ LUẬT HÌNH SỰ');
    expect(procedure.title).toBe('BỘ LUẬT TỐ TỤNG HÌNH SỰ');
  });
});
