/**
 * Cuts a line of body text into segments at subdivision labels: the labels that open the line,
 * and labels inside flattened paragraphs ("(1) A person who … (a) …; (b) …; (2) …").
 * A label inside the text counts only where a clause starts; "section 3(1)", "under
 * subsection (2)" and "paragraphs (a) to (c)" stay text.
 */
import { followsInSeries, isSeriesStart, Label, LabelReading, matchLabelAt, readLabelCore } from './labels';

export interface Segment {
  label?: Label;
  text: string;
  /** The label opened the line (after markers), rather than sitting inside it. */
  lineStart: boolean;
  /**
   * An inline label with no clause punctuation before it ("… such data (2) The order …"): a
   * label only if it is the next of an open series, which the tree builder decides.
   */
  sequel?: boolean;
}

/** Footnote and amendment markers that may precede a label: `1[`, `[`, `*`, `—`, quotes. */
const LEADING_MARKERS = /^(?:\d{0,2}\[|\*|[—–]\s?|["“«]\s?)/;

const INLINE_LABEL = /\(\s?(\d{1,3}(?:[A-Z]{1,2}|\.\d{1,3})?|[a-z]{1,2}(?:\.\d{1,2})?|[ivxl]{2,7}[a-z]|[ivxl]{1,7}(?:\.\d{1,2})?|[A-Z]{1,2}|[IVXL]{1,7})\s?\)/g;

/** Text before a label that shows a clause starts there. */
const CLAUSE_START_BEFORE =
  /(?:^|[;:.?!—–]|__|\s[-–—]|\s?--|\]|[;,:—–]\s*(?:or|and|ou|et|o|y|but)|(?:either|namely|notamment)\s*[—–:,-]?)\s*$/;
/** Abbreviations ending in a full stop that do not end a clause. */
const ABBREVIATION_BEFORE = /\b(?:s|ss|No|no|para|paras|art|Art|arts|sec|Sec|subs|cf|p|pp|Cap|cap|c|Sch|vol|e\.g|i\.e|viz|al|St|Mr|Dr)\.\s*$/;
/** What follows a cross-reference rather than a label: "(1) of", "(a) to (c)", "(2) above". */
const REFERENCE_AFTER =
  /^(?:[,;)\]]|\(|\s+(?:of|above|below|hereof|thereof|de|du|des|del|applies|apply|ci-dessus|précité|anterior|siguiente)\b|\s+(?:to|and|or|à|et|ou|y|o|a)\s+(?:\(|\d))/;

function leadingLabels(line: string): { labels: Label[]; rest: string } {
  let s = line;
  const labels: Label[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const marker = LEADING_MARKERS.exec(s);
    const body = marker ? s.slice(marker[0].length) : s;
    // A civil label may follow another civil one: "I. – 1. Les personnes …".
    const civilBefore = labels.length > 0 && !/^\(/.test(labels[labels.length - 1].printed);
    const m = matchLabelAt(body, labels.length === 0 || civilBefore);
    if (!m) break;
    const after = body.slice(m.label.printed.length);
    // "(1)(a) The official…": two labels printed together open the line; "(1)(a) applies" does not.
    const joined = /^\(/.test(after) && matchLabelAt(after, false) && !REFERENCE_AFTER.test(after.slice((matchLabelAt(after, false)?.label.printed.length ?? 0)));
    if (!joined && REFERENCE_AFTER.test(after.replace(/^\]/, ''))) break;
    if (labels.length > 0 && !/^\(/.test(m.label.printed) && !civilBefore) break;
    labels.push(m.label);
    s = body.slice(m.length).replace(/^\]\s*/, '');
  }
  return { labels, rest: s };
}

/**
 * Splits one line. `inlineSplit` is off for lines that cannot hold flattened subdivisions
 * (headings, preamble).
 */
export function segmentLine(line: string, inlineSplit = true): Segment[] {
  const { labels, rest } = leadingLabels(line);
  const out: Segment[] = labels.map((label) => ({ label, text: '', lineStart: true }));
  const pieces = inlineSplit ? splitInline(rest) : [{ text: rest }];
  if (out.length) {
    out[out.length - 1].text = pieces[0].text;
  } else {
    out.push({ text: pieces[0].text, lineStart: false });
  }
  for (const p of pieces.slice(1)) {
    const seg: Segment = { label: p.label, text: p.text, lineStart: false };
    if (p.sequel) seg.sequel = true;
    out.push(seg);
  }
  return out;
}

/** "subsection (1)", "paragraph (a)": a number being referred to, never an opener. */
export const REFERENCE_NOUN_BEFORE =
  /\b(?:sub-?sections?|sections?|ss?|sub-?paragraphs?|paragraphs?|paras?|sub-?clauses?|clauses?|articles?|arts?|regulations?|rules?|items?|schedules?|parts?|chapters?|titles?|definitions?|limbs?|heads?|alinéas?|articulos?|artículos?|incisos?|numerales?|literal(?:es)?|letras?)$/i;

/**
 * "As used in this section (1) the term …", "In this chapter (1) …": a reference noun after "this"
 * names the provision the text stands in, so the label after it opens a list instead of citing one.
 */
export function namesItself(words: string): boolean {
  return /\b(?:this|that|these|those)\s+\S+$/i.test(words.trimEnd());
}

function sameStart(a: LabelReading, b: LabelReading): boolean {
  return a.type === b.type && a.value === b.value && a.insert === b.insert;
}

interface InlineToken {
  at: number;
  end: number;
  label: Label;
  clauseStart: boolean;
  afterComma: boolean;
  /** Unpunctuated, but a sentence starts after it (or a quotation closes before it). */
  sequel: boolean;
}

/** A capitalised word or an opening quotation mark: a sentence starts after the label. */
const SENTENCE_AFTER = /^\s*(?:["“«‘]|\p{Lu}[\p{Ll}'’]*(?![\p{Lu}\d(]))/u;
/** A quotation closed before the label, maybe joined by "and"/"or": `… 2015” and (b) renaming`. */
const QUOTE_CLOSED_BEFORE = /[”»"’](?:\s*,)?(?:\s+(?:and|or|et|ou|y|o))?\s*$/;
/** What shows the label is still a reference: "section 5 (2)", "(1) and (2)", "under (2)". */
const REFERENCE_BEFORE =
  /(?:\)\s*(?:,|and|or|to|et|ou|à|y|o|a)?|\b(?:under|in|of|to|by|with|from|at|per|see|cf|than|para|por|de|du|des|del|sous|dans)|\d[\w.]*)\s*$/i;

/** Text after a label that starts a sentence: "The order…", "A person…", "“Data” means…". */
export function startsSentence(after: string): boolean {
  return SENTENCE_AFTER.test(after);
}

/**
 * Whether a label printed straight after a word may still open a subdivision: the text after it
 * starts a sentence, or a quotation closes before it, and nothing before it makes it a reference.
 */
function sequelShape(before: string, after: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = before.trimEnd();
  if (REFERENCE_NOUN_BEFORE.test(words) || REFERENCE_BEFORE.test(words)) return false;
  if (QUOTE_CLOSED_BEFORE.test(words) && !/^\s*[,;.]/.test(after)) return true;
  return /[\p{L}\p{N}.,%]$/u.test(words) && SENTENCE_AFTER.test(after);
}

/** Civil-law item labels inside a line: `1.`, `1)`, `1°`, `1.ª`, `a)` after a space. */
const CIVIL_INLINE = /(?<=\s)(?:\d{1,2}(?:\.|\)|\s?[°º]\.?|\.?\s?ª)|[a-z]\))(?=\s)/gu;

/**
 * Civil-law items of a flattened paragraph: "… cuando: 1. El autor …; 2. El autor …", "… a
 * terceros: a) un programa …; b) una contraseña …". Only a series opened after a lead-in (`:` or
 * a dash) and continued, item by item, after `;` `.` `,` (or "; y"), counts; a numbered item
 * starts with a capital. Numbers in the text ("artículos 2 y 3", "año 2032.") stay text.
 */
function civilInline(text: string): InlineToken[] {
  const out: InlineToken[] = [];
  const seen: LabelReading[] = [];
  CIVIL_INLINE.lastIndex = 0;
  for (let m = CIVIL_INLINE.exec(text); m; m = CIVIL_INLINE.exec(text)) {
    const found = matchLabelAt(text.slice(m.index), true);
    if (!found) continue;
    const r = found.label.readings[0];
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const opens = isSeriesStart(r) && /[:—–]\s*$/.test(before);
    const continues = seen.some((p) => followsInSeries(p, r)) && /(?:[;.,]|[;,]\s*(?:y|o|e|u|ou|et|and|or))\s*$/.test(before);
    if (!opens && !continues) continue;
    if (/^\d/.test(m[0]) && !/^\s+["“«¿]?\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
    out.push({ at: m.index, end: m.index + m[0].length, label: found.label, clauseStart: true, afterComma: false, sequel: false });
    seen.push(r);
  }
  return out;
}

/**
 * Inline labels are accepted where a clause starts; a series opener printed straight after a
 * word ("means (a) …; (b) …", sources that lost the dash) is accepted when its successor
 * starts a clause further on; items of a comma-separated list ("namely, (i) …, (ii) …")
 * follow an accepted predecessor.
 */
function splitInline(text: string): { label?: Label; text: string; sequel?: boolean }[] {
  const tokens: InlineToken[] = [];
  INLINE_LABEL.lastIndex = 0;
  for (let m = INLINE_LABEL.exec(text); m; m = INLINE_LABEL.exec(text)) {
    const at = m.index;
    if (at === 0) continue;
    const after = text.slice(at + m[0].length);
    if (REFERENCE_AFTER.test(after) || /^\s*$/.test(after)) continue;
    const core = m[1];
    const readings = readLabelCore(core);
    if (!readings.length) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const clauseStart = CLAUSE_START_BEFORE.test(before) && !ABBREVIATION_BEFORE.test(before);
    tokens.push({
      at,
      end: at + m[0].length,
      label: { printed: `(${core})`, core, readings },
      clauseStart,
      afterComma: /,\s*$/.test(before),
      sequel: !clauseStart && sequelShape(before, after),
    });
  }
  const accepted: (InlineToken & { provisional?: boolean })[] = [];
  tokens.forEach((t, idx) => {
    if (t.clauseStart) return accepted.push(t);
    const prev = [...accepted].reverse().find((a) => !a.provisional);
    if (t.afterComma && prev && t.label.readings.some((r) => prev.label.readings.some((p) => followsInSeries(p, r)))) {
      return accepted.push(t);
    }
    const opens = t.label.readings.filter(isSeriesStart);
    const wordBefore = text.slice(Math.max(0, t.at - 20), t.at).trim();
    // The lead-in may end in a word, a comma ("… without right, (a) obtains …"), or a number or
    // reference the lead-in names ("… under subsection (1) (a) is guilty …", "… in Form 5 (a) that …").
    const leadIn = /[a-z]$/.test(wordBefore) || (/(?:,|\)|\d)$/.test(wordBefore) && /\s$/.test(text.slice(0, t.at)) && /^\s*\p{Ll}/u.test(text.slice(t.end)));
    const refNoun = REFERENCE_NOUN_BEFORE.test(wordBefore) && !namesItself(wordBefore);
    if (opens.length && leadIn && !refNoun) {
      // An opener after a word counts when the next item of its series starts a clause later on.
      // Another opener of the same series before it starts a list of its own: the successor is that list's.
      const later = tokens.slice(idx + 1);
      const restart = later.findIndex((u) => u.label.readings.some((r) => opens.some((o) => sameStart(o, r))));
      const successor = (restart < 0 ? later : later.slice(0, restart)).find((u) => u.label.readings.some((r) => opens.some((o) => followsInSeries(o, r))));
      if (successor && successor.clauseStart) return accepted.push(t);
    }
    // Not a series opener: the tree builder keeps it only if it continues an open series.
    if (t.sequel && t.label.readings.some((r) => !isSeriesStart(r))) accepted.push({ ...t, provisional: true });
  });
  accepted.push(...civilInline(text));
  accepted.sort((a, b) => a.at - b.at);
  const out: { label?: Label; text: string; sequel?: boolean }[] = [];
  let last = 0;
  let pending: { label?: Label; sequel?: boolean } = {};
  for (const t of accepted) {
    out.push({ ...pending, text: text.slice(last, t.at).trim() });
    pending = { label: t.label, sequel: t.provisional };
    last = t.end;
  }
  out.push({ ...pending, text: text.slice(last).trim() });
  return out;
}
