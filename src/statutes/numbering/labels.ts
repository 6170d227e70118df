/**
 * The grammar of subdivision labels inside a section: `(1)`, `(1A)`, `(a)`, `(aa)`, `(a.1)`,
 * `(i)`, `(A)`, `(I)`, `(xxvii.2)`, and the civil-law forms `1°`, `1.`, `1)`, `a)`.
 * A printed label can mean more than one thing: `(i)` is the ninth letter or roman one,
 * `(I)` likewise in capitals; the tree builder resolves that from the sequence around it.
 */

export type LabelType =
  | 'arabic' // (1) (2) (1A) 1. 1)
  | 'ordinal' // 1° 1º 1.ª: a series of its own, so it nests under "1." paragraphs
  | 'sign' // § 1er, § 2 (Belgian and German paragraphs inside an article)
  | 'lower-alpha' // (a) (b) a)
  | 'double-alpha' // (aa) (bb)
  | 'lower-roman' // (i) (ii)
  | 'upper-alpha' // (A) (B)
  | 'upper-roman'; // (I) (II)

export interface LabelReading {
  type: LabelType;
  /** Ordinal position in its series: (c) → 3, (iv) → 4, (1A) → 1. */
  value: number;
  /** Inserted-label suffix: (1A) → 'A', (a.1) → '.1', (xxvii.2) → '.2'. */
  insert: string;
}

export interface Label {
  /** As printed: `(a)`, `1°`, `2)`. */
  printed: string;
  /** The core used in citations: `a`, `1`, `1A`, `ii`. Citations always wrap it in parentheses. */
  core: string;
  /** Possible readings, most likely first. */
  readings: LabelReading[];
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

export function romanValue(s: string): number | undefined {
  const t = s.toLowerCase();
  if (!/^[ivxl]+$/.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]];
    const next = ROMAN[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  // Reject malformed numerals such as "iiii" or "vv" by round-tripping.
  return toRoman(total) === t ? total : undefined;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Position in the alphabet, with the Vietnamese đ between d and e (d = 4, đ = 4.5, e = 5). */
function alphaValue(letter: string): number {
  if (letter === 'đ') return 4.5;
  return letter.charCodeAt(0) - 96;
}

/** Letters some alphabets lack (Vietnamese has no f, j, w, z): a list may step over them. */
const SKIPPABLE_LETTERS = new Set([6, 10, 23]);

/** Reads the core of a label (`a`, `1A`, `iv`, `a.1`) into its possible readings. */
export function readLabelCore(core: string): LabelReading[] {
  const out: LabelReading[] = [];
  let m = /^(\d{1,3})([A-Z]{0,2}|\.\d{1,3})$/.exec(core);
  if (m) return [{ type: 'arabic', value: Number(m[1]), insert: m[2] }];
  // (xxva), (xxvb): a clause inserted after (xxv) takes its numeral and a letter, when the
  // whole is not a numeral itself ((xxvi) stays 26).
  m = /^([ivxl]{2,7})([a-z])$/.exec(core);
  if (m && romanValue(core) === undefined && romanValue(m[1]) !== undefined) {
    return [{ type: 'lower-roman', value: romanValue(m[1])!, insert: m[2].toUpperCase() }];
  }
  m = /^([a-zA-ZđĐ]+)((?:\.\d+)?)$/.exec(core);
  if (!m) return out;
  const [, letters, insert] = m;
  const lower = letters === letters.toLowerCase();
  const upper = letters === letters.toUpperCase();
  const roman = romanValue(letters);
  if (roman !== undefined && letters.length > 1) {
    out.push({ type: lower ? 'lower-roman' : 'upper-roman', value: roman, insert });
  }
  if (letters.length === 1) {
    const v = alphaValue(letters.toLowerCase());
    out.push({ type: lower ? 'lower-alpha' : 'upper-alpha', value: v, insert });
    if (roman !== undefined) out.push({ type: lower ? 'lower-roman' : 'upper-roman', value: roman, insert });
  } else if (/^([a-z])\1$/.test(letters) || /^([A-Z])\1$/.test(letters)) {
    // (aa), (bb): the doubled-letter series. (ii) is read as roman first (pushed above).
    out.push({ type: 'double-alpha', value: letters.toLowerCase().charCodeAt(0) - 96, insert });
  }
  if (!lower && !upper) return [];
  return out;
}

/** Whether `next` directly follows `prev` in the same series. */
export function followsInSeries(prev: LabelReading, next: LabelReading): boolean {
  if (prev.type !== next.type) return false;
  if (next.value === prev.value) {
    // (1) → (1A) → (1B); (a) → (a.1) → (a.2)
    return next.insert !== '' && insertRank(next.insert) > insertRank(prev.insert);
  }
  if (next.insert !== '') return false;
  if (next.value === prev.value + 1) return true;
  if (prev.type !== 'lower-alpha' && prev.type !== 'upper-alpha') return false;
  // d → đ → e, and over letters an alphabet does not use (e → g, i → k)
  if (next.value - prev.value === 0.5) return true;
  return next.value === prev.value + 2 && SKIPPABLE_LETTERS.has(prev.value + 1);
}

function insertRank(s: string): number {
  if (!s) return 0;
  // Canadian decimals: (iii.01) < (iii.02) < (iii.1) < (iii.21)
  if (s.startsWith('.')) return Number(`0${s}`);
  let v = 0;
  for (const ch of s) v = v * 27 + (ch.charCodeAt(0) - 64);
  return v;
}

/** The first label of a series: (1), (a), (i), (A), (I), (aa), 1°. */
export function isSeriesStart(r: LabelReading): boolean {
  return r.value === 1 && r.insert === '';
}

/** Parenthesised label at the start of a string, allowing the `( a )` spacing of some sources. */
const PAREN_LABEL = /^\(\s?(\d{1,3}(?:[A-Z]{1,2}|\.\d{1,3})?|[a-z]{1,2}(?:\.\d{1,2})?|[ivxl]{2,7}[a-z]|[ivxl]{1,7}(?:\.\d{1,2})?|[A-Z]{1,2}|[IVXL]{1,7})\s?\)/;
/**
 * Civil-law forms at line start: `1°`, `1º`, `1.ª`, `1.`, `1)`, `a)`, `§ 1er`, and roman
 * paragraphs `I. –` / `II. Les …`. A type given here replaces the core's own reading.
 */
const CIVIL_FORMS: { re: RegExp; type?: LabelType }[] = [
  { re: /^§\s?(\d{1,3})(?:er|[º°o])?\.?(?=\s|$)/, type: 'sign' },
  { re: /^(\d{1,3})(?:\s?[°º]\.?|\.?\s?ª\.?)(?=\s|$)/, type: 'ordinal' },
  { re: /^(\d{1,3})\.(?=\s)/ },
  { re: /^(\d{1,3})\)(?=\s|$)/ },
  { re: /^([a-zđ])\)(?=\s|$)/ },
  { re: /^([IVXL]{1,6})\.?\s?[—–-](?=\s|$)/ }, // "I. –" (France), "I -" (Brazil)
  { re: /^([IVXL]{1,6})\.(?=\s+\p{Lu})/u },
];

export interface LabelMatch {
  label: Label;
  /** Characters consumed, including trailing spaces. */
  length: number;
}

/** Reads one label at the very start of `s` (no leading spaces). */
export function matchLabelAt(s: string, civilForms: boolean): LabelMatch | undefined {
  let m = PAREN_LABEL.exec(s);
  if (m) {
    const core = m[1];
    const readings = readLabelCore(core);
    if (!readings.length) return undefined;
    const length = m[0].length + (/^\s*/.exec(s.slice(m[0].length))?.[0].length ?? 0);
    return { label: { printed: `(${core})`, core, readings }, length };
  }
  if (!civilForms) return undefined;
  for (const form of CIVIL_FORMS) {
    m = form.re.exec(s);
    if (!m) continue;
    const core = m[1];
    let readings = readLabelCore(core);
    if (!readings.length) return undefined;
    if (form.type) readings = [{ ...readings[0], type: form.type }];
    const printedLen = m[0].length;
    const length = printedLen + (/^\s*/.exec(s.slice(printedLen))?.[0].length ?? 0);
    return { label: { printed: m[0].trim(), core, readings }, length };
  }
  return undefined;
}
