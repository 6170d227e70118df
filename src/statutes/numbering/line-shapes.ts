/**
 * Shapes of single lines: structural headings (Part, Chapter, Título…), section/article number
 * lines in their several printed forms, and heading-like lines. Pure functions of one line;
 * sequence checks happen in the section scanner.
 */
import { DISPOSITION_KIND_SOURCE, NUMBER_WORD_SOURCE, parseSectionNumber, SECTION_NUMBER_SOURCE } from './section-number';
import type { ProvisionKind } from '../provision.model';

/** Families of section-number lines; one of them carries the statute's own numbering. */
export type SectionFamily =
  | 'keyword-article' // Article 431-8, Artículo 1°.-, Art. 5
  | 'keyword-section' // Section 1., SEC. 4., § 1030.
  | 'dotted' // 1. Short title / 2. —(1) In this Act / [22A. Heading.— text
  | 'bare' // 3A (alone) / 163.1 (1) In this section / 10 The Criminal Code applies
  | 'paren'; // (2E) Heading.__ text — a section the source failed to split out

export interface SectionCandidate {
  family: SectionFamily;
  /** The number as printed, without keyword. */
  number: string;
  /** What follows the number (heading and/or text), trimmed. */
  rest: string;
  /** Keyword as printed (`Section`, `§`, `Artículo`), empty for number-first forms. */
  keyword: string;
  /** The line opened with a quotation mark: text being inserted into another law. */
  quoted: boolean;
  /** Quoted text inserted into the section `number` names, printed without that number: no label, no heading. */
  unnumbered?: boolean;
  /** The label as printed when it is not the number (`PRIMERA` under "DISPOSICIONES FINALES"). */
  printed?: string;
  /** `47 and 48 [Amendments]`: the printed label covers a range. */
  rangeLabel?: string;
}

const NUM = SECTION_NUMBER_SOURCE;
const LEAD = String.raw`^(?:\d?\[|\*|["“«]\s?)?`;
const ARTICLE_WORDS = String.raw`Art[íi]culo|ART[ÍI]CULO|Article|ARTICLE|Artigo|ARTIGO|Articolo|Artikel|Art\.|ART\.|Điều|ĐIỀU|Pasal|PASAL|Статья|СТАТЬЯ`;
// "s. 12" (consolidations that abbreviate Section) counts only followed by a number and a capital or nothing.
const SECTION_WORDS = String.raw`Section|SECTION|Sect\.|Sec\.|SEC\.|§§?|s\.(?=\s?\d)`;

const KEYWORD_LINE = new RegExp(
  `${LEAD}(${ARTICLE_WORDS}|${SECTION_WORDS})\\s*(${NUM}|${NUMBER_WORD_SOURCE}|[IVXLC]{1,7})(?![\\w(])(.*)$`,
  'i',
);
// "12. Heading", and "5— Text" / "12.—(1)" where a dash follows the number.
const DOTTED_LINE = new RegExp(`${LEAD}(\\d{1,6}[A-Z]{0,3}(?:\\.\\d{1,4})*)(?:\\.(?!\\d)|(?=[—–]))\\s*(.*)$`);
const BARE_LINE = new RegExp(`${LEAD}(\\d{1,6}[A-Z]{0,3}(?:\\.\\d{1,5})*)(?:\\s+(.*))?$`);
const PAREN_SECTION = /^(?:\d?\[)?\((\d{1,3}[A-Z]{1,2})\)\s+(.*)$/;

/** Lowercase words that show a number is being referred to, not headed: "Section 4 of the Act". */
const REFERENCE_CONTINUATION = /^(?:of|du|de|del|des|and|or|et|y|ou|o|to|à|a|al|is|are|est|sont|es|shall|may|above|below|hereof|thereof|in|en|under|by|par|por|se|has|have|as|with|which|that|ci-dessus|precedente?|anterior|ist|und)\b/;

/** "Disposición transitoria primera.- …", "DISPOSICIÓN FINAL ÚNICA": numbered by its kind and an ordinal word. */
const DISPOSITION_LINE = new RegExp(
  `${LEAD}(Disposici[óo]n|DISPOSICI[ÓO]N)\\s+((?:${DISPOSITION_KIND_SOURCE}\\s+){1,3}${NUMBER_WORD_SOURCE})(?![\\p{L}\\d])\\s*(.*)$`,
  'iu',
);
/** A group heading of dispositions: "DISPOSICIONES COMPLEMENTARIAS FINALES", "Disposiciones transitorias". */
export const DISPOSITION_GROUP = new RegExp(`^(?:Disposici[óo]n|DISPOSICI[ÓO]N)(?:es|ES)?\\s+((?:${DISPOSITION_KIND_SOURCE}\\s*){1,3})$`, 'iu');
/** "PRIMERA.- …", "Única. …" under such a heading. */
export const ORDINAL_LINE = new RegExp(`^(${NUMBER_WORD_SOURCE})\\s*(?:\\.\\s*[-–—]?|[-–—:])\\s*(\\p{Lu}.*)$`, 'iu');

export function matchSectionCandidate(line: string): SectionCandidate | undefined {
  const quoted = /^["“«]/.test(line);
  const d = /^.{0,3}disposici/i.test(line) ? DISPOSITION_LINE.exec(line) : null;
  if (d && parseSectionNumber(d[2])?.series !== undefined) {
    return { family: 'keyword-article', number: d[2].replace(/\s+/g, ' '), rest: d[3].trim(), keyword: d[1], quoted };
  }
  let m = KEYWORD_LINE.exec(line);
  if (m) {
    const keyword = m[1];
    const number = m[2];
    const rest = m[3].trim();
    if (REFERENCE_CONTINUATION.test(rest)) return undefined;
    if (/^\d/.test(rest)) return undefined; // "Section 4 5" or "Article 3 2008": not a heading
    if (AMENDMENT_NOTE.test(rest)) return undefined; // "Section 249: replaced, on 1 October 2003, by …
    const isArticle = new RegExp(`^(?:${ARTICLE_WORDS})$`, 'i').test(keyword);
    // "ARTICLE II" (amending acts number their articles so): capital numerals after an article word only.
    if (/^[IVXLC]+$/i.test(number) && (!isArticle || number !== number.toUpperCase() || !parseSectionNumber(number))) return undefined;
    // "ARTICLE" and "Art." are article words; "Sec." and "§" section words.
    return {
      family: isArticle ? 'keyword-article' : 'keyword-section',
      number: number.trim(),
      rest,
      keyword,
      quoted,
    };
  }
  m = PAREN_SECTION.exec(line);
  if (m) return { family: 'paren', number: m[1], rest: m[2].trim(), keyword: '', quoted: false };
  m = DOTTED_LINE.exec(line);
  if (m) {
    const rest = m[2].trim();
    if (/^[a-z]/.test(rest) && !/^[a-z]\)/.test(rest)) return undefined;
    if (/^(?:\d|%|per cent)/.test(rest)) return undefined;
    return { family: 'dotted', number: m[1], rest, keyword: '', quoted };
  }
  m = BARE_LINE.exec(line);
  if (m) {
    const rest = (m[2] ?? '').trim();
    if (!rest) return { family: 'bare', number: m[1], rest, keyword: '', quoted };
    const range = /^((?:and|to)\s+\d{1,4}[A-Z]{0,3}(?:\.\d+)*)\s*(\[.*)$/.exec(rest);
    if (range) return { family: 'bare', number: m[1], rest: range[2], keyword: '', quoted, rangeLabel: `${m[1]} ${range[1]}` };
    // "163.1 (1) In this section", "183 In this Part", "45 [Amendment]"
    // "1 January 2019" is a date, "22.05 Section 487.0198 of the Criminal Code applies" a section.
    const dateLike = /^[A-Z][a-z]*\.?\s*\d/.test(rest) && !/^(?:Sections?|Subsections?|Parts?|Articles?)\s/.test(rest);
    if (/^(?:\(1\)|\(1\)\s|\[|[A-Z“"«]|—)/.test(rest) && !dateLike) {
      return { family: 'bare', number: m[1], rest, keyword: '', quoted };
    }
  }
  return undefined;
}

export interface ContainerLine {
  kind: ProvisionKind;
  /** Rank in the hierarchy of containers, smaller is higher. */
  rank: number;
  /** `Part II`, `CHAPTER I`, `Título III`: keyword and number as printed. */
  label: string;
  heading: string;
  /** Text printed on the same line after the label (a schedule quoted inside a flattened paragraph). */
  text?: string;
}

const CONTAINER_WORDS: { re: RegExp; kind: ProvisionKind; rank: number }[] = [
  { re: /^(?:BOOK|Book|LIVRE|Livre|LIBRO|Libro)$/, kind: 'part', rank: 0 },
  { re: /^(?:PART|Part|PARTIE|Partie|PARTE|Parte|PHẦN|Phần)$/, kind: 'part', rank: 1 },
  { re: /^(?:TITLE|Title|TITRE|Titre|T[ÍI]TULO|T[íi]tulo)$/, kind: 'title', rank: 2 },
  { re: /^(?:CHAPTER|Chapter|CHAPITRE|Chapitre|CAP[ÍI]TULO|Cap[íi]tulo|CHƯƠNG|Chương|BAB|Bab|ГЛАВА|Глава|Capo|CAPO)$/, kind: 'chapter', rank: 3 },
  { re: /^(?:SUB-PART|Sub-Part|SUBPART|Subpart|Sub-part|SUBCHAPTER|Subchapter|SOUS-TITRE|Sous-titre)$/, kind: 'division', rank: 4 },
  { re: /^(?:SECTION|Section|SECCI[ÓO]N|Secci[óo]n|MỤC|Mục|Bagian|BAGIAN)$/, kind: 'division', rank: 5 },
  { re: /^(?:SUB-SECTION|Sub-Section|Sub-section|SOUS-SECTION|Sous-section|PARAGRAPHE|Paragraphe)$/, kind: 'division', rank: 6 },
  { re: /^(?:DIVISION|Division)$/, kind: 'division', rank: 6 },
  { re: /^(?:SUBDIVISION|Subdivision|SUB-DIVISION|Sub-division)$/, kind: 'division', rank: 6.5 },
];
const CONTAINER_NUMBER = String.raw`(?:(?:THỨ|thứ|Thứ)\s+\S+|[IVXLC]+|\d{1,3}(?:\.\d{1,3})?[A-Z]?|[A-Z]|${NUMBER_WORD_SOURCE}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|PREMIER|PREMIER|I{1,3}er|1er|(?:[IVXLC]+|\d{1,3})\s?(?:BIS|bis|Bis))`;
const CONTAINER_LINE = new RegExp(`^(\\S+)\\s+(${CONTAINER_NUMBER})(?=$|[\\s.:—–\\-])\\s*[.:—–\\-]*\\s*(.*)$`);

/**
 * Part / Chapter / Title / … lines. `sectionIsContainer` says whether the word "Section" heads a
 * group of articles in this statute (Rwanda, France) rather than a numbered section.
 */
export function matchContainer(line: string, sectionIsContainer: boolean): ContainerLine | undefined {
  if (line.length > 200) return undefined;
  const m = CONTAINER_LINE.exec(line);
  if (!m) return undefined;
  const word = m[1];
  const entry = CONTAINER_WORDS.find((c) => c.re.test(word));
  if (!entry) return undefined;
  if (entry.rank === 5 && !sectionIsContainer) return undefined;
  const heading = m[3].trim();
  if (REFERENCE_CONTINUATION.test(heading) && /^[a-z]/.test(heading)) return undefined;
  if (/^[a-z]/.test(heading) && !/^(?:de|del|des|du)\b/.test(heading)) return undefined;
  // A heading that reads like a sentence is body text starting with a cross-reference.
  if (/\b(?:is|are|shall|est|sont|es)\b/.test(heading.split(/\s+/).slice(0, 4).join(' ')) && heading.length > 60) return undefined;
  return { kind: entry.kind, rank: entry.rank, label: `${word} ${m[2]}`.replace(/\s+/g, ' '), heading };
}

/** Schedules, annexes and forms: end the body of the act. */
const SCHEDULE_LINE =
  /^(?:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|First|Second|Third|Fourth|Fifth)\s+)?(?:SCHEDULE|ANNEX|ANNEXE|ANEXO|APPENDIX|ANNEXURE|FORM)\b(?:\s+[\w.\-]{1,10})?(?:\s*[—–\-:]\s*.*)?$|^(?:Schedule|Annex|Annexe|Anexo|Appendix|Form)\s+(?:[IVX]+|\d{1,3}(?:\.\d+)*[A-Z]?)\b.*$|^(?:First|Second|Third|Fourth|Fifth)\s+Schedule\b.*$/;

export function matchSchedule(line: string): ContainerLine | undefined {
  if (line.length > 150 || !SCHEDULE_LINE.test(line)) return undefined;
  const m = /^(.*?\b(?:SCHEDULE|ANNEX|ANNEXE|ANEXO|APPENDIX|ANNEXURE|FORM|Schedule|Annex|Annexe|Anexo|Appendix|Form)\b(?:\s+[IVX]+\b|\s+\d{1,3}(?:\.\d+)*[A-Z]?\b)?)\s*[—–\-:.]?\s*(.*)$/.exec(line);
  const label = (m?.[1] ?? line).trim();
  return { kind: 'schedule', rank: 0, label, heading: (m?.[2] ?? '').trim() };
}

const CONNECTOR_END = /\b(?:the|of|and|or|to|a|an|in|by|for|with|under|that|which|from|on|as|at|its|his|her|their|sub-section|subsection|section|le|la|les|de|des|du|et|ou|el|los|las|del|y|o|en|que)$/i;

/**
 * A line that can be a heading: short, starts with a capital, does not end like a sentence in
 * progress. `allowFullStop` lets "Unauthorised access … offences." pass (used for the heading
 * right above a number, not for group headings).
 */
export function isHeadingLike(line: string, allowFullStop = false): boolean {
  const t = line.trim();
  if (!t || t.length > 160) return false;
  if (!/^[\p{Lu}“"«'(]/u.test(t) || /^\(\s?[a-zA-Z0-9]{1,6}\s?\)/.test(t)) return false;
  if (/^\(/.test(t) && !/^\(\w/.test(t)) return false;
  if (t.split(/\s+/).length > 24) return false;
  if (/[,;:—–-]$/.test(t)) return false;
  if (!allowFullStop && /[.]$/.test(t) && !/\betc\.$/.test(t)) return false;
  if (CONNECTOR_END.test(t)) return false;
  if (isHistoryNote(t) || ANNEX_LINE.test(t)) return false;
  return true;
}

/**
 * Lines that annex something to the provision above instead of heading the next one:
 * "Penalty: Imprisonment for 10 years.", "Note: …", "Explanation.–…", "Illustrations".
 */
export const ANNEX_LINE =
  /^(?:(?:Penalty|Penalties|Maximum penalty|Note|Notes|Example|Examples|Explanation|Illustrations?|Exception|Exceptions)(?:\s+(?:\d{1,2}|[IVX]{1,4}))?\s*(?::|\.\s*[—–-])|(?:Explanation|Illustrations?)\.?$)/;

/** Headings name things; a finite verb means the words are a sentence of the text. */
// Lower case anywhere; capitalised only opening the words ("Será reprimido …"), so a title-case
// heading such as "Improper Disclosure Is Violation" keeps its "Is".
export const SENTENCE_VERB =
  /(?<!\p{L})(?:is|are|shall|may|must|was|were|has|have|est|sont|sera|seront|es|son|será|serán|podrá|deberá)(?!\p{L})|^\s*(?:Is|Are|Shall|May|Must|Est|Sont|Sera|Seront|Es|Son|Será|Serán|Podrá|Deberá)(?!\p{L})/u;

/**
 * The rest of a number line read as a heading ("477.1 Unauthorised access, modification or
 * impairment …", "3ZA Unauthorised acts causing … serious damage"): heading-shaped, no verb.
 */
export function isHeadingRest(rest: string, maxWords = 20): boolean {
  const t = stripHeadingDelimiter(rest);
  const n = t.split(/\s+/).length;
  // "Computer related offences." may end with a full stop when it is short.
  const shape = isHeadingLike(t) || (n <= 8 && isHeadingLike(t, true));
  // "… de quince (15) días a un": a numeral in parentheses belongs to the text, not to a heading.
  return shape && n <= maxWords && !SENTENCE_VERB.test(t) && !SENTENCE_CUE.test(t) && !/^\(|\((?:\d{1,3}|[a-z])\)/.test(t);
}

/**
 * A flattened number line whose heading runs into the first subsection: "477.1 Unauthorised
 * access … offence (1) A person commits …". Returns the split when the words before "(1)" read
 * as a heading.
 */
export function headingBeforeFirstSubsection(rest: string): { heading: string; text: string } | undefined {
  const t = rest.trim();
  const m = /^(.{3,160}?)\s(\((?:1|a)\)\s.*)$/s.exec(t);
  if (m && isHeadingRest(m[1])) return { heading: stripHeadingDelimiter(m[1]), text: m[2] };
  // "477.3 Unauthorised impairment of electronic communication A person commits …"
  const o = /^(.{3,120}?)\s((?:A|An|Any|Every|Where|If|No|Whoever|Subject|Notwithstanding|Nothing|The|This)\s.*)$/s.exec(t);
  if (o && isHeadingRest(o[1], 12) && !/\b(?:of|to|by|for|in|and|or|the)$/i.test(o[1])) return { heading: o[1], text: o[2] };
  return undefined;
}

/** "Offenses against users of computers.—" (Florida): the delimiter closing a heading whose text follows below. */
export function stripHeadingDelimiter(rest: string): string {
  return rest.trim().replace(/\s*\.?\s*[—–]+$|\s*\.\s*-+$/, '');
}

/** Words that make a line a clause of the text rather than a heading. */
export const SENTENCE_CUE = /(?<!\p{L})(?:who|whoever|commits|(?<!by )means|includes|applies|does|will|would|should|could|quien|quienes|celui|quiconque)(?!\p{L})/iu;

/** What follows the number in a history note of a consolidation: "Section 249: replaced, on …". */
const AMENDMENT_NOTE = /^(?:\s+heading)?:\s*(?:inserted|replaced|amended|repealed|substituted|added|renumbered|expired|revoked)\b/;

/**
 * Amendment-history notes of consolidated texts: "R.S., c. 27 (1st Supp.), s. 45", "2005, c. 32,
 * s. 8(3)", "Section 249: replaced, on 1 October 2003, by …", "Compare: 1961 No 43 s 252".
 */
export function isHistoryNote(line: string): boolean {
  const t = line.trim();
  if (/^(?:R\.S\.|S\.C\.|SOR\/|SI\/|\d{4},\s?c\.|\d{4}, No\.|\[\d+\/\d{4}|Compare:)/.test(t)) return true;
  const m = /^(?:Section|Sections|Part|Schedule|Subpart|Article|s|ss)\s+[\w.()\-]+(.*)$/.exec(t);
  return !!m && AMENDMENT_NOTE.test(m[1]);
}

/** An all-capitals line naming a group of provisions: "ARTÍCULOS TRANSITORIOS", "COMING INTO FORCE". */
export function isCapitalsHeading(line: string): boolean {
  const t = line.trim();
  if (t.length < 5 || t.length > 100) return false;
  if (/[,;:.]$/.test(t) || /^\(|^\d/.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 5) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.9;
}
