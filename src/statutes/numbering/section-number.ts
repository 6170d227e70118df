/**
 * Section and article numbers as statutes print them: `14`, `3ZA`, `46A`, `342.1`, `487.0199`,
 * `323-3-1`, `218 bis`, `1°`, `One`, `premier`. Parsed into a comparable shape so the parser can
 * tell a genuine next section from a cross-reference or a page number.
 */

import { romanValue } from './labels';

/** Latin insertion suffixes used in civil-law numbering (`218 bis`, `5 ter`). */
const LATIN_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'nonies', 'decies'];

/** Number words that open a sequence in the languages we meet (`Article One`, `Article premier`). */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  first: 1, second: 2, third: 3,
  premier: 1, première: 1, unique: 1, deuxième: 2, troisième: 3,
  primero: 1, segundo: 2, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, séptimo: 7, septimo: 7,
  octavo: 8, noveno: 9, décimo: 10, decimo: 10, único: 1, unico: 1,
  // dispositions are feminine: "Disposición final primera", "Segunda.-"
  primera: 1, segunda: 2, tercera: 3, cuarta: 4, quinta: 5, sexta: 6, séptima: 7, septima: 7,
  octava: 8, novena: 9, décima: 10, decima: 10, undécima: 11, undecima: 11, duodécima: 12, duodecima: 12, única: 1, unica: 1,
};

/** The kinds of dispositions a civil-law act closes with, each numbered by ordinal words of its own. */
export const DISPOSITION_KIND_SOURCE = String.raw`(?:adicional|transitoria|derogatoria|final|complementaria|modificatoria)(?:es|s)?`;
const DISPOSITION_NUMBER = new RegExp(`^((?:${DISPOSITION_KIND_SOURCE}\\s+){1,3})(\\p{L}+)$`, 'iu');

/** Regex source for a printed section number (digits form), used inside line patterns. */
export const SECTION_NUMBER_SOURCE =
  String.raw`(?:[LRD]\.?\s?)?\d{1,6}(?:[.\-]\d{1,5})*(?:-?(?!(?:${LATIN_SUFFIXES.join('|')})\b)[A-Z]{1,3}(?![a-z])|[a-z](?![a-zA-Z])|\s[a-z](?=[.\-–—:°º]))?(?:[.\-]\d{1,5})*(?:\s?(?:${LATIN_SUFFIXES.join('|')})\b(?:\s\d{1,2}(?![\d,])|\s[a-z](?=[.\-–—:)]|$))?)?(?:\s?[°º]|er\b|o\b)?`;

/** Regex source for number words after Article/Section (`One`, `primero`, `premier`). */
export const NUMBER_WORD_SOURCE = `(?:${Object.keys(NUMBER_WORDS).join('|')})`;

export interface SectionNumber {
  /** As printed, trimmed: `3ZA`, `1°`, `218 bis`, `One`. */
  raw: string;
  /** Citation form: degree signs and ordinal endings dropped, words kept (`primero`), digits for `One`-style openers decided by the caller. */
  citation: string;
  /** Integer head: 14 for `14.1`, 323 for `323-1`. NaN for words. */
  head: number;
  /** Separator-joined tail after the head: for `487.012` → ['012'] with sep '.', for `323-3-1` → ['3','1'] with sep '-'. */
  tail: string[];
  sep: '.' | '-' | '';
  /** Letter and/or Latin suffix, space-joined: `A`, `ZA`, `bis`, `A bis b`. */
  suffix: string;
  /** Value of a number word (`One` → 1), when the number is a word. */
  wordValue?: number;
  /** Dispositions (`final primera`): the series they are numbered in, apart from the articles. */
  series?: string;
}

/** "550bis", "264 quater": a Latin insertion suffix, joined to the number or spaced (same groups as the general form). */
const JOINED_LATIN = new RegExp(`^()(\\d+)((?:[.\\-]\\d+)*)()()\\s?(${LATIN_SUFFIXES.join('|')})(?:\\s(\\d{1,2}))?(?:\\s([a-z]))?$`);

export function parseSectionNumber(printed: string): SectionNumber | undefined {
  const raw = printed.trim().replace(/\s+/g, ' ');
  const lower = raw.toLowerCase();
  // "final primera", "complementaria modificatoria única": a series of its own, cited by its words.
  const disposition = DISPOSITION_NUMBER.exec(lower);
  if (disposition && NUMBER_WORDS[disposition[2]] !== undefined) {
    const series = disposition[1].trim().replace(/(?<=[a-z])(?:es|s)\b/g, '');
    return { raw, citation: `${series} ${disposition[2]}`, head: NaN, tail: [], sep: '', suffix: '', wordValue: NUMBER_WORDS[disposition[2]], series };
  }
  if (NUMBER_WORDS[lower] !== undefined) {
    return { raw, citation: lower, head: NaN, tail: [], sep: '', suffix: '', wordValue: NUMBER_WORDS[lower] };
  }
  // "Article II" of an amending act: a capital Roman numeral, cited as printed, ordered by its value.
  if (/^[IVXLC]+$/.test(raw)) {
    const value = romanValue(raw);
    return value === undefined ? undefined : { raw, citation: raw, head: value, tail: [], sep: '', suffix: '' };
  }
  const cleaned = raw.replace(/\s?[°º]$/, '').replace(/(\d)(er|o)$/, '$1');
  const m = JOINED_LATIN.exec(cleaned) ?? /^((?:[LRD]\.?\s?)?)(\d+)((?:[.\-]\d+)*)-?([A-Za-z]{0,3})((?:[.\-]\d+)*)(?:\s([a-z]+))?()(?:\s([a-z]))?$/.exec(cleaned);
  if (!m) return undefined;
  const [, prefix, head, tail1, letters, tail2, latin, afterLatin, subLetter] = m;
  // "269-A bis b" comes after "269-A bis a", both after "269-A bis" and before "269-A ter".
  if (subLetter && !LATIN_SUFFIXES.includes(latin)) return undefined;
  const tailStr = tail1 || tail2;
  const sep = (tailStr[0] as '.' | '-' | undefined) ?? '';
  // "211 bis 1" … "211 bis 7" (Mexico): numbered after the suffix, compared by that number.
  const tail = tailStr ? tailStr.slice(1).split(/[.\-]/) : afterLatin ? [afterLatin] : [];
  const suffix = [letters, latin, subLetter].filter(Boolean).join(' ');
  return {
    raw,
    citation: (prefix ? prefix.trim() + ' ' : '') + cleaned.slice(prefix.length),
    head: Number(head),
    tail,
    sep,
    suffix,
  };
}

/** Sort key of a suffix: Latin insertions by their order, letters alphabetically, a leading Z (3ZA) before A. */
function suffixKey(s: string): string {
  if (!s) return '';
  // Letter, then Latin ordinal, then the letter after it: "A bis b" → A, bis, b; each part sorts within its place.
  const parts = s.split(' ');
  let letters = '';
  let latin = '';
  let sub = '';
  for (const part of parts) {
    const k = LATIN_SUFFIXES.indexOf(part.toLowerCase());
    if (k >= 0) latin = String.fromCharCode(49 + k);
    else if (latin) sub = part.toLowerCase();
    else letters = part;
  }
  const up = letters.toUpperCase();
  const letterKey = up.length > 1 && up.startsWith('Z') ? `0${up.slice(1)}` : up;
  return `${letterKey}\u0000${latin}\u0000${sub}`;
}

/** Negative when a precedes b in statute order, positive when after, 0 when equal. */
export function compareSectionNumbers(a: SectionNumber, b: SectionNumber): number {
  const av = valueOf(a);
  const bv = valueOf(b);
  if (av.head !== bv.head) return av.head - bv.head;
  if (a.sep === '.' || b.sep === '.') {
    // Canadian decimals: 487.011 < 487.012 < 487.0199 < 487.02 (a fraction, compared digit by digit).
    const af = a.sep === '.' ? a.tail.join('') : '';
    const bf = b.sep === '.' ? b.tail.join('') : '';
    if (af !== bf) return af < bf ? -1 : 1;
  } else {
    const n = Math.max(a.tail.length, b.tail.length);
    for (let i = 0; i < n; i++) {
      const x = a.tail[i] === undefined ? -1 : Number(a.tail[i]);
      const y = b.tail[i] === undefined ? -1 : Number(b.tail[i]);
      if (x !== y) return x - y;
    }
  }
  const ak = suffixKey(a.suffix);
  const bk = suffixKey(b.suffix);
  return ak === bk ? 0 : ak < bk ? -1 : 1;
}

function valueOf(n: SectionNumber): { head: number } {
  return { head: Number.isNaN(n.head) ? n.wordValue ?? 0 : n.head };
}

/**
 * Whether `next` plausibly follows `prev` directly: 14 → 15, 46 → 46A, 2D → 2E, 9 → 9.1,
 * 487.011 → 487.012, 323-3 → 323-3-1 → 323-4, 218 → 218 bis. Undefined prev: any first number.
 */
export function isNextSectionNumber(prev: SectionNumber | undefined, next: SectionNumber): boolean {
  if (!prev) return true;
  if (prev.series !== undefined || next.series !== undefined) {
    // "transitoria segunda" follows "transitoria primera"; a new series may open after anything.
    if (next.series === undefined) return false;
    return prev.series === next.series ? next.wordValue === (prev.wordValue ?? 0) + 1 : next.wordValue === 1;
  }
  const p = valueOf(prev).head;
  const n = valueOf(next).head;
  if (prev.wordValue !== undefined && next.wordValue !== undefined) return n === p + 1;
  if (compareSectionNumbers(prev, next) >= 0) return false;
  if (n === p) return true; // same head, later tail or suffix
  if (n === p + 1) {
    // 46A → 47, 9.4 → 10, 323-8 → 324-1 is not plausible but 323-8 → 324 is.
    if (next.sep === '-' && next.tail.length && prev.sep !== '-') return false;
    return true;
  }
  return false;
}

/** True for the plain integer that comes right after prev's head: 14 after 13 or 13A. */
export function isPlainNext(prev: SectionNumber | undefined, next: SectionNumber): boolean {
  if (!prev) return false;
  return !next.tail.length && !next.suffix && valueOf(next).head === valueOf(prev).head + 1;
}

export function numberWordValue(word: string): number | undefined {
  return NUMBER_WORDS[word.toLowerCase()];
}
