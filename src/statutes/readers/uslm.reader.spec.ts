import { readSource } from './index';

const USLM = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/css" href="uslm.css"?>
<lawDoc xmlns="http://schemas.gpo.gov/xml/uslm" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="en">
  <meta><dc:title>Sample Data Security Act</dc:title><dc:language>EN</dc:language></meta>
  <main>
    <longTitle><docTitle>AN ACT</docTitle><officialTitle>To protect sample data.</officialTitle></longTitle>
    <title><num value="I">TITLE I—</num><heading>OFFENCES</heading>
      <section><num value="101">SEC. 101. </num><heading>UNAUTHORIZED ACCESS.</heading>
        <subsection><num value="a">(a) </num><editorialNote>[99 U.S.C. 1 note]</editorialNote><heading>In General.—</heading><content>Whoever accesses a protected system shall be fined.</content></subsection>
        <subsection><num value="b">(b) </num><heading>Definitions.—</heading><chapeau>In this section—</chapeau>
          <paragraph><num value="1">(1) </num><content>the term “system” means a computer; and</content></paragraph>
          <paragraph><num value="2">(2) </num><content>the term “data” means information.</content></paragraph>
        </subsection>
        <subsection><num value="c">(c) </num><elided>* * * * * * *</elided></subsection>
      </section>
    </title>
  </main>
</lawDoc>`;

describe('USLM reader', () => {
  it('keeps numbers as printed, runs subsection headings into their text, drops editorial notes', async () => {
    const doc = await readSource(Buffer.from(USLM), 'sample.xml');
    expect(doc.format).toBe('uslm');
    expect(doc.title).toBe('Sample Data Security Act');
    expect(doc.declaredLanguage).toBe('en');
    expect(doc.lines).toEqual([
      'AN ACT',
      'To protect sample data.',
      'TITLE I—OFFENCES',
      'SEC. 101. UNAUTHORIZED ACCESS.',
      '(a) In General.—Whoever accesses a protected system shall be fined.',
      '(b) Definitions.—In this section—',
      '(1) the term “system” means a computer; and',
      '(2) the term “data” means information.',
      '(c) * * * * * * *',
    ]);
  });

  it('is recognised by its namespace whatever the root element (statuteCompilation)', async () => {
    const doc = await readSource(Buffer.from(USLM.replace(/lawDoc/g, 'statuteCompilation')), 'comp.xml');
    expect(doc.format).toBe('uslm');
  });
});
