/**
 * Marks the words that meet an element inside a longer text (a provision, a Convention paragraph):
 * finds each quoted span ignoring case and spacing, keeps the first of overlapping spans, and
 * returns escaped markup with `<mark data-element>` around them and the element named after each,
 * so the meaning never rests on colour alone.
 */
import { html, joinHtml, SafeHtml } from './html';

export interface Highlight {
  /** Words to find; a quote shortened with `…` is searched piece by piece. */
  quote: string;
  element: string;
  /** Shown on hover and read by assistive technology. */
  title: string;
  /** Short visible name printed after the marked words, e.g. `access`. */
  tag: string;
  /** Cue phrases of the element: when one occurs inside the quote, only those words are marked (the quote is a window around them). */
  focus?: string[];
}

interface Span {
  start: number;
  end: number;
  h: Highlight;
}

/** The text lower-cased with runs of spaces made one, and for each character of it the index in the original. */
function normalise(text: string): { flat: string; at: number[] } {
  let flat = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (!space && flat.length) {
        flat += ' ';
        at.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    // curly and straight quotes compare equal: readers and quotes do not always agree on them
    flat += c.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
    at.push(i);
  }
  return { flat, at };
}

const pieces = (quote: string) =>
  quote
    .split(/…|\.\.\./)
    .map((p) => normalise(p).flat.trim().replace(/^[,;:.\s]+|[,;:\s]+$/g, ''))
    .filter((p) => p.length >= 3);

/** Index of `word` in `text` at word boundaries, or -1. */
function wordAt(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return -1;
    const before = i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]);
    const after = i + word.length >= text.length || !/[\p{L}\p{N}]/u.test(text[i + word.length]);
    if (before && after) return i;
    from = i + 1;
  }
}

/** Where the highlights fall in `text`: every piece of every quote, first occurrence, overlaps dropped. */
export function findSpans(text: string, highlights: Highlight[]): Span[] {
  const { flat, at } = normalise(text);
  const spans: Span[] = [];
  for (const h of highlights) {
    for (const piece of pieces(h.quote)) {
      let from = 0;
      // a piece already marked for another element is looked for further on
      for (;;) {
        const found = flat.indexOf(piece, from);
        if (found < 0) break;
        let i = found;
        let length = piece.length;
        const cue = (h.focus ?? [])
          .map((c) => normalise(c).flat.trim())
          .filter((c) => c.length >= 2)
          .sort((a, b) => b.length - a.length)
          .map((c) => ({ c, at: wordAt(piece, c) }))
          .find((x) => x.at >= 0);
        if (cue) {
          i = found + cue.at;
          length = cue.c.length;
        }
        const start = at[i];
        const end = at[i + length - 1] + 1;
        if (!spans.some((s) => start < s.end && s.start < end)) {
          spans.push({ start, end, h });
          break;
        }
        from = i + 1;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The text, escaped, with the highlights marked. */
export function highlightText(text: string, highlights: Highlight[]): { markup: SafeHtml; found: Set<string> } {
  const spans = findSpans(text, highlights);
  const out: unknown[] = [];
  let pos = 0;
  for (const s of spans) {
    out.push(text.slice(pos, s.start));
    out.push(html`<mark data-element="${s.h.element}" title="${s.h.title}">${text.slice(s.start, s.end)}</mark><span class="el-tag"> [${s.h.tag}]</span>`);
    pos = s.end;
  }
  out.push(text.slice(pos));
  return { markup: joinHtml(out), found: new Set(spans.map((s) => s.h.element)) };
}
