import { readSource } from './index';

const AKN3 = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const AKN2 = 'http://www.akomantoso.org/2.0';

function akn(ns: string, prefix: string, body: string, meta = '', lang = 'fra'): Buffer {
  const p = prefix ? `${prefix}:` : '';
  const xmlns = prefix ? `xmlns:${prefix}="${ns}"` : `xmlns="${ns}"`;
  const tagged = body.replace(/<(\/?)([a-zA-Z]+)/g, `<$1${p}$2`);
  return Buffer.from(
    `<?xml version="1.0"?><${p}akomaNtoso ${xmlns}><${p}act><${p}meta><${p}identification source="#x"><${p}FRBRWork><${p}FRBRthis value="/x"/><${p}FRBRalias value="Loi sur la fraude informatique"/></${p}FRBRWork>` +
      `<${p}FRBRExpression><${p}FRBRlanguage language="${lang}"/></${p}FRBRExpression></${p}identification>${meta}</${p}meta>${tagged}</${p}act></${p}akomaNtoso>`,
  );
}

const BODY = `<body><chapter><num>I</num><heading>Dispositions générales</heading>
  <article><num>1</num><heading>Objet</heading><paragraph><num>1.</num><content><p>La présente loi protège les <term refersTo="#sys">systèmes</term>.</p></content></paragraph>
  <paragraph><num>2.</num><intro><p>Elle s'applique :</p></intro><point><num>a)</num><content><p>aux données ;</p></content></point><point><num>b)</num><content><p>aux réseaux.</p></content></point></paragraph></article>
  <section><num>5</num><content><p>Un article sans titre.</p></content></section></chapter></body>`;

const EXPECTED = [
  'Chapter I – Dispositions générales',
  'Article 1 – Objet',
  '1. La présente loi protège les systèmes.',
  "2. Elle s'applique :",
  'a) aux données ;',
  'b) aux réseaux.',
  '5. Un article sans titre.',
];

describe('Akoma Ntoso reader', () => {
  it.each([
    ['3.0, default namespace', AKN3, ''],
    ['3.0, an: prefix', AKN3, 'an'],
    ['2.0, default namespace', AKN2, ''],
    ['2.0, akn: prefix', AKN2, 'akn'],
  ])('reads %s into the same lines', async (_label, ns, prefix) => {
    const doc = await readSource(akn(ns, prefix, BODY), 'loi.xml');
    expect(doc.format).toBe('akn');
    expect(doc.lines).toEqual(EXPECTED);
    expect(doc.title).toBe('Loi sur la fraude informatique');
    expect(doc.declaredLanguage).toBe('fr');
  });

  it('maps FRBRlanguage codes (eng → en, spa → es)', async () => {
    expect((await readSource(akn(AKN3, '', BODY, '', 'spa'), 'ley.xml')).declaredLanguage).toBe('es');
    expect((await readSource(akn(AKN3, '', BODY, '', 'eng'), 'act.xml')).declaredLanguage).toBe('en');
  });

  it('skips authorial notes and the table of contents', async () => {
    const body = `<coverPage><toc><tocItem>Article 1 Objet</tocItem></toc></coverPage><body><article><num>1</num><heading>Objet</heading><content><p>Texte<authorialNote><p>Note de l'éditeur</p></authorialNote> suivi.</p></content></article></body>`;
    const doc = await readSource(akn(AKN3, '', body), 'loi.xml');
    expect(doc.lines).toEqual(['Article 1 – Objet', 'Texte suivi.']);
  });

  it('a body that only references an external document is METADATA_ONLY, naming it', async () => {
    const body = `<body><book refersTo="#main"><componentRef src="/x/main.pdf" alt="loi-2003-11.pdf"/></book></body>`;
    const err = await readSource(akn(AKN3, 'an', body), 'record.xml').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'METADATA_ONLY' });
    expect((err as Error).message).toMatch(/record\.xml.*references an external document \(loi-2003-11\.pdf\) and holds no provisions/);
  });

  it('an entity declaration in a DOCTYPE is UNSAFE_XML (XXE)', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "file:///etc/passwd">]><akomaNtoso xmlns="${AKN3}"><act><body><p>&secret;</p></body></act></akomaNtoso>`;
    await expect(readSource(Buffer.from(xxe), 'xxe.xml')).rejects.toMatchObject({ code: 'UNSAFE_XML', message: expect.stringContaining('xxe.xml') });
  });

  it('XML that is not well-formed is MALFORMED_FILE', async () => {
    const broken = `<akomaNtoso xmlns="${AKN3}"><act><body><section><num>1</num></body></act></akomaNtoso>`;
    await expect(readSource(Buffer.from(broken), 'cut.xml')).rejects.toMatchObject({ code: 'MALFORMED_FILE', message: expect.stringContaining('cut.xml') });
  });

  it('XML of another vocabulary is UNSUPPORTED_FORMAT', async () => {
    await expect(readSource(Buffer.from('<?xml version="1.0"?><invoice><total>3</total></invoice>'), 'invoice.xml')).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: expect.stringMatching(/invoice\.xml.*<invoice>/),
    });
  });
});
