import { DomainError } from '../../common/domain-error';
import { parseHtml } from '../../statutes/readers/html-parser.adapter';
import { findLawBody, htmlToLines } from '../../statutes/readers/html.reader';
import { Article, Instrument } from '../instrument.model';

/**
 * Reads a user's copy of a treaty (plain text or HTML) and cuts it into articles and numbered
 * paragraphs, so the official wording can be shown beside our own summary of each paragraph.
 * The instrument model tells us which articles and paragraphs to expect; that is what lets the
 * reader survive the faults real copies have (a paragraph number printed twice, a number alone on
 * its line, words split by hyphenation, a table of contents before the text).
 */

export interface ParsedTreatyParagraph {
  /** `1`, `2` … or `a` … `d` where the model numbers an article by letters (Art. 1 definitions). */
  number: string;
  text: string;
}

export interface ParsedTreatyArticle {
  number: string;
  /** The heading printed under "Article N"; empty when the copy has none. */
  title: string;
  /** Words before the first numbered paragraph (e.g. "For the purposes of this Convention:"). */
  chapeau?: string;
  paragraphs: ParsedTreatyParagraph[];
}

export interface UnplacedLine {
  /** 1-based line of the input (for HTML: of the text extracted from it). */
  line: number;
  text: string;
  reason: string;
}

export interface ParsedTreatyText {
  articles: ParsedTreatyArticle[];
  unplaced: UnplacedLine[];
}

export const UNPLACED_PREAMBLE = 'preamble: recitals and headings before Article 1 belong to no article';
export const UNPLACED_CLOSING = 'closing formula: the final clause and signatures after the last article belong to no article';

interface Line {
  no: number;
  text: string;
}

interface ArticleDraft {
  number: string;
  title: string;
  headingLine: number;
  body: Line[];
}

const ARTICLE_HEADING = /^(?:article|art\.)\s*(\d+)(?:er|st)?\s*(?:[.:\-–—]\s*(.*))?$/i;
const STRUCTURE_HEADING = /^(?:chapter|section|title|part|chapitre|titre|partie)\s+(?:[ivxlc]+|\d+)\b(?:\s*[.:\-–—]\s*.*)?$/i;
const CLOSING = /^(?:in witness whereof|done at|en foi de quoi|fait à)\b/i;
/** Where a sub-item starts inside a paragraph: keep it on its own line in the official text. */
const SUB_ITEM = /^(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|[a-z]\.\s|[–—•-]\s)/;

export function parseTreatyText(input: string, format: 'text' | 'html', instrument: Instrument): ParsedTreatyText {
  const expected = `${instrument.shortTitle} (${instrument.treatySeries}, ${instrument.articles.length} articles)`;
  if (!input || !input.trim()) {
    throw new DomainError('INVALID_TREATY_TEXT', `The ${format} file is empty; upload the full text of the ${expected}.`);
  }
  const lines = toLines(input, format);
  const modelArticles = new Map(instrument.articles.map((a) => [a.number, a]));
  const { drafts, unplaced, unknownHeadings } = splitArticles(lines, modelArticles);

  if (drafts.length === 0) {
    throw new DomainError(
      'INVALID_TREATY_TEXT',
      `No "Article N" headings were found in the ${format} input, so it cannot be the text of the ${expected}. ` +
        'Each article must start on its own line with "Article 1", "Article 2" and so on.',
      { format },
    );
  }
  const needed = Math.ceil(instrument.articles.length / 2);
  if (drafts.length < needed) {
    throw new DomainError(
      'INVALID_TREATY_TEXT',
      `Only ${drafts.length} of the ${instrument.articles.length} articles of the ${expected} were recognised ` +
        `(Articles ${drafts.map((d) => d.number).join(', ')}). Upload the complete treaty text, not an excerpt or another instrument.`,
      { found: drafts.map((d) => d.number) },
    );
  }
  // A copy with articles the model does not know may be another treaty that shares the numbering:
  // then the headings must match ours. (A copy in another language has no extra articles and passes.)
  if (unknownHeadings > 0) {
    const titled = drafts.filter((d) => d.title);
    const matching = titled.filter((d) => similarTitle(d.title, modelArticles.get(d.number)!.title));
    if (titled.length >= needed && matching.length < titled.length / 2) {
      throw new DomainError(
        'INVALID_TREATY_TEXT',
        `The article headings do not match the ${expected} (only ${matching.length} of ${titled.length} agree, and the text has ` +
          `${unknownHeadings} articles the instrument does not have). Check that the file is the text of this instrument.`,
      );
    }
  }

  const vocabulary = wordsOf(lines);
  const articles = drafts.map((d) => splitParagraphs(d, modelArticles.get(d.number)!, vocabulary, unplaced));
  unplaced.sort((a, b) => a.line - b.line);
  return { articles, unplaced };
}

/** The model with the official text set on each paragraph that has one; the model itself is left untouched. */
export function attachOfficialText(
  instrument: Instrument,
  parsed: ParsedTreatyText,
): { instrument: Instrument; paragraphsWithoutText: string[] } {
  const byArticle = new Map(parsed.articles.map((a) => [a.number, new Map(a.paragraphs.map((p) => [p.number, p.text]))]));
  const paragraphsWithoutText: string[] = [];
  const articles = instrument.articles.map((a): Article => ({
    ...a,
    paragraphs: a.paragraphs.map((p) => {
      const { officialText: _old, ...rest } = p;
      const text = byArticle.get(a.number)?.get(p.number);
      if (!text) {
        paragraphsWithoutText.push(`${a.number}(${p.number})`);
        return rest;
      }
      return { ...rest, officialText: text };
    }),
  }));
  return { instrument: { ...instrument, articles }, paragraphsWithoutText };
}

function toLines(input: string, format: 'text' | 'html'): Line[] {
  const raw = format === 'html' ? htmlToLines(findLawBody(parseHtml(input.replace(/^\uFEFF/, '')))) : input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return raw.map((text, i) => ({ no: i + 1, text: cleanLine(text) })).filter((l) => l.text);
}

/** Spaces normalised; Markdown heading marks and bold stars dropped (copies often come from Markdown). */
function cleanLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitArticles(lines: Line[], model: Map<string, Article>) {
  const drafts: ArticleDraft[] = [];
  const unplaced: UnplacedLine[] = [];
  let unknownHeadings = 0;
  type State = 'preamble' | 'article' | 'unknown-article' | 'closing';
  let state: State = 'preamble';
  let unknownNumber = '';
  let afterStructure = false;
  let awaitingTitle = false;
  /** A heading wrapped over two lines goes on while it still reads as the model's heading. */
  let continuingTitle = false;
  let last = 0;

  for (const line of lines) {
    const heading = ARTICLE_HEADING.exec(line.text);
    const n = heading ? Number(heading[1]) : NaN;
    const inlineTitle = heading?.[2]?.trim() ?? '';
    // "Article 21. Each Party shall…" at the start of a wrapped line is a cross-reference, not a
    // heading: an inline title must read like one and be either the next article or our heading.
    const headingLike =
      !!heading && (!inlineTitle || (looksLikeTitle(inlineTitle) && (n === last + 1 || similarTitle(inlineTitle, model.get(String(n))?.title ?? ''))));
    const openArticle = () => {
      drafts.push({ number: String(n), title: inlineTitle, headingLine: line.no, body: [] });
      last = n;
      state = 'article';
      awaitingTitle = !inlineTitle;
      continuingTitle = !!inlineTitle;
      afterStructure = false;
    };
    if (headingLike && model.has(String(n)) && n > last) {
      openArticle();
      continue;
    }
    if (headingLike && model.has(String(n)) && drafts.length && drafts.slice(0, -1).every((d) => d.body.length === 0)) {
      // The headings so far were a table of contents (the last one runs into the preamble): the text
      // proper starts again here.
      for (const d of drafts.splice(0)) {
        unplaced.push({ line: d.headingLine, text: `Article ${d.number} ${d.title}`.trim(), reason: UNPLACED_PREAMBLE });
        for (const l of d.body) unplaced.push({ line: l.no, text: l.text, reason: UNPLACED_PREAMBLE });
      }
      openArticle();
      continue;
    }
    if (heading && !inlineTitle && !model.has(String(n)) && n > last) {
      unknownHeadings++;
      unknownNumber = String(n);
      state = 'unknown-article';
      last = n;
      unplaced.push({ line: line.no, text: line.text, reason: `Article ${n} is not an article of this instrument` });
      continue;
    }
    if (CLOSING.test(line.text) && state !== 'preamble') state = 'closing';

    if (STRUCTURE_HEADING.test(line.text) && line.text.split(/\s+/).length <= 14) {
      afterStructure = true;
      awaitingTitle = false;
      if (state === 'preamble') unplaced.push({ line: line.no, text: line.text, reason: UNPLACED_PREAMBLE });
      continue;
    }
    if (afterStructure && isUpperCaseHeading(line.text)) {
      if (state === 'preamble') unplaced.push({ line: line.no, text: line.text, reason: UNPLACED_PREAMBLE });
      continue; // the name of a chapter, section or title
    }
    afterStructure = false;

    switch (state as State /* also set inside openArticle, which narrowing does not follow */) {
      case 'preamble':
        unplaced.push({ line: line.no, text: line.text, reason: UNPLACED_PREAMBLE });
        break;
      case 'closing':
        unplaced.push({ line: line.no, text: line.text, reason: UNPLACED_CLOSING });
        break;
      case 'unknown-article':
        unplaced.push({ line: line.no, text: line.text, reason: `Article ${unknownNumber} is not an article of this instrument` });
        break;
      case 'article': {
        const draft = drafts[drafts.length - 1];
        if (awaitingTitle && looksLikeTitle(line.text)) {
          draft.title = line.text;
          awaitingTitle = false;
          continuingTitle = true;
        } else if (continuingTitle && continuesTitle(draft.title, line.text, model.get(draft.number)!.title)) {
          draft.title = `${draft.title} ${line.text}`;
        } else {
          draft.body.push(line);
          awaitingTitle = false;
          continuingTitle = false;
        }
      }
    }
  }
  return { drafts, unplaced, unknownHeadings };
}

function splitParagraphs(draft: ArticleDraft, article: Article, vocabulary: Set<string>, unplaced: UnplacedLine[]): ParsedTreatyArticle {
  // Art. 1 of the Convention numbers its definitions a) to d): the model says which scheme to expect.
  const byLetter = article.paragraphs.every((p) => /^[a-z]$/.test(p.number));
  const known = new Set(article.paragraphs.map((p) => p.number));
  const chapeau: Line[] = [];
  const found: { number: string; lines: Line[]; text: string[] }[] = [];
  let expected = byLetter ? 'a' : '1';

  for (const line of draft.body) {
    const start = paragraphStart(line.text, expected, byLetter);
    if (start) {
      found.push({ number: expected, lines: [line], text: start.rest ? [start.rest] : [] });
      expected = byLetter ? String.fromCharCode(expected.charCodeAt(0) + 1) : String(Number(expected) + 1);
    } else if (found.length) {
      found[found.length - 1].lines.push(line);
      found[found.length - 1].text.push(line.text);
    } else {
      chapeau.push(line);
    }
  }
  // An article without numbered paragraphs is a single paragraph "1".
  if (found.length === 0 && !byLetter && chapeau.length) {
    found.push({ number: '1', lines: chapeau.splice(0), text: draft.body.map((l) => l.text) });
  }

  const paragraphs: ParsedTreatyParagraph[] = [];
  for (const f of found) {
    if (!known.has(f.number)) {
      for (const l of f.lines) {
        unplaced.push({ line: l.no, text: l.text, reason: `paragraph ${f.number} of Article ${article.number} is not in the instrument model` });
      }
      continue;
    }
    paragraphs.push({ number: f.number, text: repairHyphenation(joinLines(f.text), vocabulary) });
  }
  return {
    number: draft.number,
    title: draft.title,
    ...(chapeau.length ? { chapeau: repairHyphenation(joinLines(chapeau.map((l) => l.text)), vocabulary) } : {}),
    paragraphs,
  };
}

/**
 * Does this line open paragraph `expected`? "2. Text", "2 Text" (Council of Europe print), "2." alone
 * on its line, and the doubled "2. 2 Text" all do; only the next number in sequence counts, so a
 * wrapped line starting with a number ("18 years of age") is not taken for a paragraph.
 */
function paragraphStart(text: string, expected: string, byLetter: boolean): { rest: string } | null {
  if (byLetter) {
    const m = /^\(?([a-z])\)\s*(.*)$/.exec(text) ?? /^([a-z])\.\s+(.*)$/.exec(text);
    return m && m[1] === expected ? { rest: m[2] } : null;
  }
  const m = /^(\d+)\.(?:\s+(.*))?$/.exec(text) ?? /^(\d+)\s+(\p{Lu}.*)$/u.exec(text);
  if (!m || m[1] !== expected) return null;
  let rest = m[2] ?? '';
  const doubled = new RegExp(`^${expected}\\.?\\s+(?=\\p{Lu})`, 'u');
  rest = rest.replace(doubled, '');
  return { rest };
}

/** Lines of one paragraph: sub-items (a), (i), dashes) keep their own line; wrapped prose is rejoined. */
function joinLines(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (!out) out = part;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(part)) out = out.slice(0, -1) + part;
    else out += SUB_ITEM.test(part) ? `\n${part}` : ` ${part}`;
  }
  return out;
}

/**
 * Line-end hyphenation that survived into the text ("com-munication's") is rejoined when the whole
 * word occurs elsewhere in the same document; real compounds ("co-operation") never occur unhyphenated.
 */
function repairHyphenation(text: string, vocabulary: Set<string>): string {
  return text.replace(/\b(\p{Ll}{2,})-(\p{Ll}{2,})\b/gu, (whole, a: string, b: string) => (vocabulary.has(a + b) ? a + b : whole));
}

function wordsOf(lines: Line[]): Set<string> {
  const words = new Set<string>();
  for (const l of lines) for (const w of l.text.toLowerCase().match(/[\p{L}]+/gu) ?? []) words.add(w);
  return words;
}

function looksLikeTitle(text: string): boolean {
  return text.split(/\s+/).length <= 16 && !/[.;:,]$/.test(text) && !/^(\d+\.?|\(?[a-z]\))\s/.test(text);
}

function continuesTitle(sofar: string, next: string, modelTitle: string): boolean {
  const norm = (t: string) => (t.toLowerCase().match(/\p{L}+|\d+/gu) ?? []).join(' ');
  const model = norm(modelTitle);
  // The model may carry a shortened heading, so the next line continues the title when its words
  // run on inside the model's heading and the heading read so far does not already end with it.
  const rest = norm(next);
  return rest !== '' && !norm(sofar).endsWith(model) && model.includes(rest);
}

function isUpperCaseHeading(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase() && text.split(/\s+/).length <= 16;
}

function similarTitle(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  const na = [...x].join(' ');
  const nb = [...y].join(' ');
  return na === nb || na.includes(nb) || nb.includes(na) || shared / Math.max(1, Math.min(x.size, y.size)) >= 0.5;
}
