import * as fs from 'node:fs';
import * as path from 'node:path';
import { DomainError } from '../../common/domain-error';
import { Instrument } from '../instrument.model';
import { loadInstrumentModels } from '../model/load-instruments';
import { attachOfficialText, parseTreatyText, ParsedTreatyText, UNPLACED_CLOSING, UNPLACED_PREAMBLE } from './parse-treaty-text';

const SHARED = path.resolve(__dirname, '../../../..', 'shared');
const INSTRUMENTS = path.join(SHARED, 'corpus', 'instruments');
const describeIfCorpus = fs.existsSync(INSTRUMENTS) ? describe : describe.skip;
if (!fs.existsSync(INSTRUMENTS)) console.log(`parse-treaty-text.spec: ${INSTRUMENTS} not found, corpus tests skipped`);

const models = loadInstrumentModels();
const ets185 = models.find((m) => m.id === 'ets185')!;
const ets189 = models.find((m) => m.id === 'ets189')!;
const corpus = (file: string) => fs.readFileSync(path.join(INSTRUMENTS, file), 'utf8');
const article = (parsed: ParsedTreatyText, n: string) => parsed.articles.find((a) => a.number === n)!;
const counts = (parsed: ParsedTreatyText) => Object.fromEntries(parsed.articles.map((a) => [a.number, a.paragraphs.length]));
const invalid = (f: () => unknown, fragment: RegExp) => {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('INVALID_TREATY_TEXT');
  expect((error as DomainError).message).toMatch(fragment);
};

describeIfCorpus('the English text of ETS 185 from the corpus, as plain text', () => {
  // Read in beforeAll: Jest runs the body of a skipped describe too, and the corpus may be absent.
  let text = '';
  let parsed: ParsedTreatyText;
  beforeAll(() => {
    text = corpus('ets185.en.txt');
    parsed = parseTreatyText(text, 'text', ets185);
  });

  it('finds all 48 articles in order, each with the heading the model has', () => {
    expect(parsed.articles.map((a) => a.number)).toEqual(ets185.articles.map((a) => a.number));
    // the model may shorten a long heading (Art. 27): the official heading ends with the model's words
    parsed.articles.forEach((a, i) => expect(a.title.toLowerCase()).toContain(ets185.articles[i].title.toLowerCase()));
  });

  it('splits the articles into the paragraphs the treaty numbers', () => {
    expect(counts(parsed)).toMatchObject({ '1': 4, '2': 1, '6': 3, '9': 4, '19': 5, '29': 7, '35': 3, '42': 1, '24': 7, '27': 9, '46': 5 });
    expect(article(parsed, '1').paragraphs.map((p) => p.number)).toEqual(['a', 'b', 'c', 'd']);
    expect(article(parsed, '1').chapeau).toMatch(/^For the purposes of this Convention/);
  });

  it('lines up with the model: every model paragraph gets text, and no parsed paragraph is left over', () => {
    expect(counts(parsed)).toEqual(Object.fromEntries(ets185.articles.map((a) => [a.number, a.paragraphs.length])));
    expect(attachOfficialText(ets185, parsed).paragraphsWithoutText).toEqual([]);
  });

  it('leaves only the preamble and the closing formula unplaced', () => {
    expect(parsed.unplaced.length).toBeGreaterThan(0);
    expect(new Set(parsed.unplaced.map((u) => u.reason))).toEqual(new Set([UNPLACED_PREAMBLE, UNPLACED_CLOSING]));
    expect(parsed.unplaced.find((u) => u.reason === UNPLACED_CLOSING)!.text).toMatch(/^IN WITNESS WHEREOF/);
    expect(Math.max(...parsed.unplaced.filter((u) => u.reason === UNPLACED_PREAMBLE).map((u) => u.line))).toBeLessThan(text.split('\n').findIndex((l) => l === 'Article 1') + 1);
  });

  it('survives the doubled number of Art. 15(2) and the bare "2." of Arts. 14(3), 24(1) and 35(2)', () => {
    expect(article(parsed, '15').paragraphs[1].text).toMatch(/^Such conditions and safeguards/);
    expect(article(parsed, '35').paragraphs[1].text).toMatch(/^a\) A Party's point of contact/);
    expect(article(parsed, '35').paragraphs[1].text.split('\n')).toHaveLength(2);
    expect(article(parsed, '14').paragraphs[2].text).toMatch(/^a\) Each Party may reserve/);
    expect(article(parsed, '24').paragraphs[0].text).toMatch(/^a\) This article applies/);
  });

  it('keeps lettered sub-paragraphs inside their paragraph, on their own lines', () => {
    const nineOne = article(parsed, '9').paragraphs[0].text.split('\n');
    expect(nineOne).toHaveLength(6);
    expect(nineOne[5]).toMatch(/^e\) possessing/);
    expect(article(parsed, '1').paragraphs[2].text).toMatch(/\n\(ii\) any other entity/);
  });

  it('rejoins the hyphenation leftover of Art. 1(d) but keeps real compounds', () => {
    expect(article(parsed, '1').paragraphs[3].text).toContain("the communication's origin");
    expect(article(parsed, '20').paragraphs[0].text).toContain('to co-operate and assist');
  });

  it('attaches the text without touching the model it was given', () => {
    const { instrument } = attachOfficialText(ets185, parsed);
    expect(instrument.articles[18].paragraphs[2].officialText).toMatch(/^Each Party shall adopt/);
    expect(ets185.articles[18].paragraphs[2].officialText).toBeUndefined();
    expect(instrument.articles[18].paragraphs[2].obligation).toBe(ets185.articles[18].paragraphs[2].obligation);
  });

  it('lists the model paragraphs that got no text when the copy lacks an article', () => {
    const withoutArt2 = text.replace(/\nArticle 2\n[\s\S]*?\nArticle 3\n/, '\nArticle 3\n');
    const partial = parseTreatyText(withoutArt2, 'text', ets185);
    expect(partial.articles).toHaveLength(47);
    expect(attachOfficialText(ets185, partial).paragraphsWithoutText).toEqual(['2(1)']);
  });

  it('puts a paragraph the model does not have into unplaced, with its reason', () => {
    const narrowed: Instrument = {
      ...ets185,
      articles: ets185.articles.map((a) => (a.number === '4' ? { ...a, paragraphs: a.paragraphs.slice(0, 1) } : a)),
    };
    const p = parseTreatyText(text, 'text', narrowed);
    const extra = p.unplaced.filter((u) => !u.reason.startsWith('preamble') && !u.reason.startsWith('closing'));
    expect(extra).toHaveLength(1);
    expect(extra[0].reason).toBe('paragraph 2 of Article 4 is not in the instrument model');
    expect(extra[0].text).toMatch(/^2\. A Party may reserve/);
  });
});

describeIfCorpus('other shapes of the same treaty text', () => {
  let text = '';
  let reference: ParsedTreatyText;
  beforeAll(() => {
    text = corpus('ets185.en.txt');
    reference = parseTreatyText(text, 'text', ets185);
  });
  const flat = (p: ParsedTreatyText) => p.articles.map((a) => ({ n: a.number, t: a.title, p: a.paragraphs.map((x) => x.text.replace(/\s+/g, ' ')) }));

  it('reads an HTML copy (headings, paragraphs, entities, scripts and navigation) to the same articles', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
    const body = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (/^Article \d+$/.test(l) ? `<h3>${escape(l)}</h3>` : `<p>${escape(l).replace(/ /g, (m, i) => (i % 7 === 0 ? '&nbsp;' : m))}</p>`))
      .join('\n');
    const html = `<!doctype html><html><head><title>Treaty</title><style>p{}</style></head><body>
      <nav><a href="/">Home</a> <a href="/t">Treaties</a></nav><script>var Article = 1;</script><main>${body}</main>
      <footer>Site footer</footer></body></html>`;
    const parsed = parseTreatyText(html, 'html', ets185);
    expect(flat(parsed)).toEqual(flat(reference));
    expect(parsed.unplaced.every((u) => u.reason === UNPLACED_PREAMBLE || u.reason === UNPLACED_CLOSING)).toBe(true);
  });

  it('reads a copy hard-wrapped at 60 columns to the same paragraphs', () => {
    const wrap = (line: string) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && (cur + ' ' + w).length > 60) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      return [...out, cur].join('\n');
    };
    const parsed = parseTreatyText(text.split('\n').map(wrap).join('\n'), 'text', ets185);
    expect(flat(parsed)).toEqual(flat(reference));
  });

  it('skips a table of contents that lists the article headings before the text', () => {
    const toc = ets185.articles.map((a) => `Article ${a.number} – ${a.title}`).join('\n');
    const parsed = parseTreatyText(`Contents\n${toc}\n\n${text}`, 'text', ets185);
    expect(flat(parsed)).toEqual(flat(reference));
    expect(parsed.unplaced.filter((u) => /^Article 1 /.test(u.text))).toHaveLength(1);
  });
});

describeIfCorpus('the First Additional Protocol (ETS 189)', () => {
  it('parses against its own model: 16 articles, every paragraph attached', () => {
    const parsed = parseTreatyText(corpus('ets189.en.txt'), 'text', ets189);
    expect(parsed.articles.map((a) => a.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(counts(parsed)).toEqual(Object.fromEntries(ets189.articles.map((a) => [a.number, a.paragraphs.length])));
    expect(attachOfficialText(ets189, parsed).paragraphsWithoutText).toEqual([]);
    expect(parsed.unplaced.every((u) => u.reason === UNPLACED_PREAMBLE || u.reason === UNPLACED_CLOSING)).toBe(true);
  });

  it('is refused as the text of the Convention, and the Convention as the text of the Protocol', () => {
    invalid(() => parseTreatyText(corpus('ets189.en.txt'), 'text', ets185), /Only 16 of the 48 articles/);
    invalid(() => parseTreatyText(corpus('ets185.en.txt'), 'text', ets189), /headings do not match/);
  });

  it('refuses an excerpt holding only the first articles of the Convention', () => {
    const excerpt = corpus('ets185.en.txt').split('\nArticle 12\n')[0];
    invalid(() => parseTreatyText(excerpt, 'text', ets185), /Only 11 of the 48 articles.*complete treaty text/);
  });
});

describe('input that is not a treaty text', () => {
  it('refuses an empty or blank file', () => {
    invalid(() => parseTreatyText('', 'text', ets185), /empty/);
    invalid(() => parseTreatyText(' \n\t\n', 'html', ets185), /empty/);
  });

  it('refuses random prose without article headings, saying what it expected', () => {
    const prose = Array.from({ length: 40 }, (_, i) => `Line ${i} of a shopping list: 2. apples, 3. pears; article of clothing ${i}.`).join('\n');
    invalid(() => parseTreatyText(prose, 'text', ets185), /No "Article N" headings.*Budapest Convention/);
  });

  it('refuses an HTML page that only mentions articles in passing', () => {
    const html = '<html><body><h1>News</h1><p>Article 2 of the Convention was discussed.</p><p>Article 5 too.</p></body></html>';
    invalid(() => parseTreatyText(html, 'html', ets185), /No "Article N" headings|Only \d+ of the 48/);
  });
});
