/**
 * Rebuilds the reading order of a PDF's text layer from glyph positions: runs → lines (y, then x)
 * → columns → blocks (one heading or numbered block per line). Drops running heads and page
 * numbers that repeat across pages, joins hyphenated line ends, and turns marginal notes (small
 * text beside the column) into section headings: "12. Unauthorised access" on its own line before
 * the section's text. Pure functions over PdfPage data, so they are tested without PDF files.
 */
import type { PdfPage, PdfRun } from './pdf.adapter';

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** Column bounds of the text column the line belongs to. */
  colLeft: number;
  colRight: number;
  /** Distance between baselines of lines in one paragraph, in the line's column. */
  leading: number;
  /** Marginal note attached as the heading of the section starting on this line. */
  heading?: string;
}

export interface PdfLayoutStats {
  pages: number;
  characters: number;
  columnsPicked: number;
  runningHeadsDropped: number;
  marginalNotes: number;
  headingsAttached: number;
}

const SECTION_START = /^(\d{1,3}[A-Z]{0,3})\s?\.\s*(.*)$/;

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round((s.length - 1) * p)))];
}

function isBlank(run: PdfRun): boolean {
  return !run.text.trim();
}

/** The size most characters are set in. */
export function bodyFontSize(pages: PdfPage[]): number {
  const weight = new Map<number, number>();
  for (const p of pages) {
    for (const r of p.runs) {
      if (isBlank(r)) continue;
      const k = Math.round(r.size * 2) / 2;
      weight.set(k, (weight.get(k) ?? 0) + r.text.trim().length);
    }
  }
  let best = 10;
  let bestW = -1;
  for (const [k, w] of weight) if (w > bestW) [best, bestW] = [k, w];
  return best;
}

interface RawLine {
  runs: PdfRun[];
  y: number;
  size: number;
}

/** Groups runs whose baselines agree into lines, each sorted left to right. */
export function groupLines(runs: PdfRun[]): RawLine[] {
  // Blank runs only mark spaces inside a line; they never start one.
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(r.y - last.y) <= 0.45 * Math.min(r.size, last.size)) {
      last.runs.push(r);
      if (!isBlank(r)) last.size = Math.max(last.size, r.size);
    } else if (!isBlank(r)) {
      lines.push({ runs: [r], y: r.y, size: r.size });
    }
  }
  for (const l of lines) l.runs.sort((a, b) => a.x - b.x);
  return lines;
}

export function lineText(runs: PdfRun[]): string {
  let out = '';
  let prev: PdfRun | null = null;
  let space = false;
  for (const r of runs) {
    if (isBlank(r)) {
      space = prev !== null;
      continue;
    }
    if (prev) {
      const gap = r.x - (prev.x + prev.width);
      if (gap < -0.5 * r.size && r.text === prev.text) continue; // text printed twice for a bold effect
      if ((space || gap > 0.2 * Math.min(r.size, prev.size)) && !out.endsWith(' ') && !r.text.startsWith(' ')) out += ' ';
    }
    space = false;
    out += r.text;
    prev = r;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Vertical gutters that split the page's main text into columns. Returns x ranges of columns. */
export function findColumns(runs: PdfRun[], bodySize: number): Array<[number, number]> {
  const text = runs.filter((r) => !isBlank(r) && r.width > 0);
  if (text.length < 10) return [[-Infinity, Infinity]];
  const left = Math.floor(Math.min(...text.map((r) => r.x)));
  const right = Math.ceil(Math.max(...text.map((r) => r.x + r.width)));
  const span = right - left;
  if (span <= 0) return [[-Infinity, Infinity]];
  const cover = new Array<number>(span + 1).fill(0);
  const charsAt = new Array<number>(span + 1).fill(0);
  for (const r of text) {
    const a = Math.max(0, Math.floor(r.x - left));
    const b = Math.min(span, Math.ceil(r.x + r.width - left));
    for (let i = a; i < b; i++) cover[i]++;
    charsAt[Math.min(span, Math.max(0, Math.round(r.x + r.width / 2 - left)))] += r.text.trim().length;
  }
  const total = charsAt.reduce((a, b) => a + b, 0);
  // A few runs may cross a gutter (a title over two columns); allow about one in thirty lines.
  const crossing = Math.max(1, Math.round(groupLines(text).length / 30));
  const minGap = Math.max(5, 0.5 * bodySize);
  const gutters: Array<[number, number]> = [];
  let start = -1;
  for (let i = Math.floor(span * 0.1); i <= Math.ceil(span * 0.9); i++) {
    const empty = cover[i] <= crossing;
    if (empty && start < 0) start = i;
    if ((!empty || i === Math.ceil(span * 0.9)) && start >= 0) {
      if (i - start >= minGap) gutters.push([start, i]);
      start = -1;
    }
  }
  // A gutter must have a real share of the text on each side.
  const cols: Array<[number, number]> = [];
  let from = 0;
  for (const [a, b] of gutters) {
    const leftChars = charsAt.slice(from, a).reduce((s, c) => s + c, 0);
    const rightChars = charsAt.slice(b).reduce((s, c) => s + c, 0);
    if (leftChars >= total * 0.15 && rightChars >= total * 0.15) {
      cols.push([from + left, (a + b) / 2 + left]);
      from = Math.round((a + b) / 2);
    }
  }
  if (!cols.length) return [[-Infinity, Infinity]];
  cols.push([from + left, Infinity]);
  cols[0][0] = -Infinity;
  return cols;
}

const STOPWORDS: Record<string, Set<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'shall', 'is', 'be', 'or', 'any', 'by', 'for', 'this', 'that', 'with', 'which', 'on']),
  fr: new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'un', 'une', 'pour', 'par', 'dans', 'qui', 'sur', 'au', 'aux']),
  es: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'por', 'para', 'con', 'se', 'una', 'al', 'lo']),
};

/** en, fr, es or 'other', by the share of function words. */
export function guessLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return 'other';
  let best = 'other';
  let bestScore = 0.08;
  for (const [lang, set] of Object.entries(STOPWORDS)) {
    const score = words.filter((w) => set.has(w)).length / words.length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}

const LANGUAGE_PREFERENCE = ['en', 'fr', 'es'];

/** Parallel-language columns (same law in several languages side by side): keep one of them. */
export function pickColumns(columnTexts: string[]): number[] {
  if (columnTexts.length < 2) return columnTexts.map((_, i) => i);
  const langs = columnTexts.map(guessLanguage);
  const distinct = new Set(langs);
  if (distinct.size === 1) return columnTexts.map((_, i) => i);
  for (const want of LANGUAGE_PREFERENCE) {
    const i = langs.indexOf(want);
    if (i >= 0) return [i];
  }
  return [0];
}

function toPdfLines(raw: RawLine[], page: number): PdfLine[] {
  const lines = raw.map((l) => {
    const visible = l.runs.filter((r) => !isBlank(r));
    const x0 = visible[0].x;
    const x1 = Math.max(...visible.map((r) => r.x + r.width));
    return { text: lineText(l.runs), x0, x1, y: l.y, size: l.size, page, colLeft: 0, colRight: 0, leading: 0 };
  });
  const long = lines.filter((l) => l.text.length >= 20);
  const basis = long.length >= 3 ? long : lines;
  const colLeft = percentile(basis.map((l) => l.x0), 0.1);
  const colRight = percentile(basis.map((l) => l.x1), 0.9);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i].y - lines[i - 1].y;
    if (d > 0) gaps.push(d);
  }
  // The tighter spacing is the one between lines of a paragraph (many paragraphs are one line long).
  const leading = percentile(gaps.filter((g) => g > 0.5 * (lines[0]?.size ?? 10)), 0.2) || 1.2 * (lines[0]?.size ?? 10);
  for (const l of lines) Object.assign(l, { colLeft, colRight, leading });
  return lines;
}

/** A running head's identity: its words without numbers, in any order (odd and even pages swap them). */
function runningKey(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...words].sort().join(' ');
}

const PAGE_NUMBER = /^[-–—(\s]*(?:page\s+|p\.\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?[-–—)\s]*$/i;

interface NoteBlock {
  text: string;
  y: number;
}

function noteBlocks(runs: PdfRun[]): NoteBlock[] {
  const lines = groupLines(runs);
  const blocks: Array<{ lines: string[]; y: number; lastY: number; size: number }> = [];
  for (const l of lines) {
    const text = lineText(l.runs);
    const last = blocks[blocks.length - 1];
    // A note that ends in a full stop is complete: a citation note ("No. 36 of 2011.") may sit right under it.
    const ended = last && /\.$/.test(last.lines[last.lines.length - 1]) && /^\p{Lu}/u.test(text);
    if (last && !ended && l.y - last.lastY <= 1.8 * l.size) {
      last.lines.push(text);
      last.lastY = l.y;
    } else blocks.push({ lines: [text], y: l.y, lastY: l.y, size: l.size });
  }
  return blocks.map((b) => ({ text: joinWrapped(b.lines), y: b.y }));
}

/** Word-parts that keep their hyphen at a line end ("co-\noperation" stays "co-operation"). */
const KEEP_HYPHEN = new Set(['co', 'non', 'self', 'well', 'cross', 'ex', 'anti', 'e', 'so', 'third']);

/** Appends a wrapped line to a block, undoing end-of-line hyphenation. */
export function appendWrapped(block: string, next: string): string {
  if (!block) return next;
  const m = /(\p{L}+)-$/u.exec(block);
  if (m && /^\p{Ll}/u.test(next)) {
    if (KEEP_HYPHEN.has(m[1].toLowerCase())) return block + next;
    return block.slice(0, -1) + next;
  }
  if (/[—–/]$/.test(block) && !/^\(/.test(next)) return block + next;
  return `${block} ${next}`;
}

function joinWrapped(lines: string[]): string {
  return lines.reduce((acc, l) => appendWrapped(acc, l), '');
}

/** Starts of numbered blocks and headings: a new line of output begins here. */
const BLOCK_START = new RegExp(
  [
    String.raw`^\d{1,4}[A-Z]{0,3}\s?[.)]\s`,
    String.raw`^\d{1,4}[A-Z]{0,3}\s?—`,
    String.raw`^\d{1,4}[°ºª]`,
    String.raw`^[“"«]?\((?:\d{1,4}[A-Za-z]{0,3}|[a-z]{1,4}|[A-Z]{1,3})\)`,
    String.raw`^(?:PART|Part|CHAPTER|Chapter|TITLE|Title|DIVISION|Division|SCHEDULE|Schedule|ARTICLE|Article|SECTION|Section|Sec\.|Art\.|Artículo|ARTÍCULO|Chapitre|CHAPITRE|Titre|TITRE|Capítulo|CAPÍTULO)\b`,
    String.raw`^[“"«][^”"»]{1,80}[”"»]\s+(?:means|includes|has|shall)\b`,
  ].join('|'),
);

export function startsBlock(text: string): boolean {
  return BLOCK_START.test(text);
}

const REFERENCE_END = /\b(?:sub)?(?:sections?|paragraphs?|articles?|clauses?|items?|regulations?|rules?|parts?|chapters?|schedules?|s\.|ss\.|art\.)$/i;

function firstWordWidth(l: PdfLine): number {
  const first = l.text.split(' ')[0] ?? '';
  if (!l.text.length) return 0;
  return ((first.length + 1) / l.text.length) * (l.x1 - l.x0);
}

function isCentered(l: PdfLine): boolean {
  const width = l.colRight - l.colLeft;
  const leftGap = l.x0 - l.colLeft;
  const rightGap = l.colRight - l.x1;
  if (width <= 0 || /[,;]$/.test(l.text)) return false;
  return leftGap > 3 * l.size && rightGap > 3 * l.size && Math.abs(leftGap - rightGap) < Math.max(1.5 * l.size, 0.05 * width);
}

/** Joins wrapped lines into blocks: one heading, section, subsection, paragraph or definition per line. */
export function assembleBlocks(lines: PdfLine[], bodySize: number): string[] {
  const out: string[] = [];
  let block = '';
  let prev: PdfLine | null = null;
  let prevStandalone = false;
  const flush = () => {
    if (block.trim()) out.push(block.trim());
    block = '';
  };
  for (const l of lines) {
    let text = l.text;
    if (l.heading) {
      const m = SECTION_START.exec(text)!;
      flush();
      out.push(`${m[1]}. ${l.heading}`);
      text = m[2];
      block = text;
      prev = l;
      prevStandalone = false;
      continue;
    }
    const centered = isCentered(l);
    // "… under subsection\n(1) is liable": a number after a reference word continues the sentence.
    const continuesReference = REFERENCE_END.test(block) && /^[(\d]/.test(text);
    let brk = !prev || prevStandalone || centered || (startsBlock(text) && !continuesReference);
    if (!brk && prev) {
      if (Math.abs(l.size - prev.size) > 0.25 * bodySize) brk = true;
      else if (prev.page === l.page && l.y - prev.y > 1.3 * l.leading) brk = true; // paragraph spacing
      else if (prev.colRight - prev.x1 > firstWordWidth(l) + l.size) brk = true; // the next word would have fitted
    }
    if (brk) {
      flush();
      block = text;
    } else {
      block = appendWrapped(block, text);
    }
    prev = l;
    prevStandalone = centered;
  }
  flush();
  return out;
}

function extentOf(rs: PdfRun[]): number {
  const v = rs.filter((r) => !isBlank(r));
  return v.length ? Math.max(...v.map((r) => r.x + r.width)) - Math.min(...v.map((r) => r.x)) : 0;
}

/**
 * Of two columns, the narrow one is marginal notes when its blocks open beside the sections of
 * the wide one ("12. …"): returns its runs, or null for a real two-column page.
 */
export function noteColumn(main: PdfRun[], columns: Array<[number, number]>, bodySize: number): Set<PdfRun> | null {
  const inCol = ([a, b]: [number, number]) => main.filter((r) => r.x + r.width / 2 >= a && r.x + r.width / 2 < b);
  const all = columns.map(inCol);
  // Only beside the text: a running head or folio above or below it is no note (nor part of the column).
  const wide = extentOf(all[0]) >= extentOf(all[1]) ? 0 : 1;
  const ys = all[wide].filter((r) => !isBlank(r)).map((r) => r.y);
  if (!ys.length) return null;
  const top = Math.min(...ys) - 0.5 * bodySize;
  const bottom = Math.max(...ys) + 0.5 * bodySize;
  const parts = all.map((rs, i) => (i === wide ? rs : rs.filter((r) => r.y >= top && r.y <= bottom)));
  const widths = parts.map(extentOf);
  const narrow = widths[0] < widths[1] ? 0 : 1;
  if (!widths[narrow] || widths[narrow] > 0.45 * widths[1 - narrow]) return null;
  const starts = groupLines(parts[1 - narrow])
    .filter((l) => SECTION_START.test(lineText(l.runs)))
    .map((l) => l.y);
  const blocks = noteBlocks(parts[narrow].filter((r) => !isBlank(r)));
  if (!blocks.length || !starts.length) return null;
  const beside = blocks.filter((b) => starts.some((y) => Math.abs(y - b.y) <= 1.5 * bodySize)).length;
  return beside >= 0.6 * blocks.length ? new Set(parts[narrow]) : null;
}

/** A label or number standing in a margin belongs to the text (hanging section numbers), never to a note. */
const MARGIN_LABEL = /^[\[(]?\d{1,4}[A-Z]{0,3}[.)\]]?$|^\((?:[a-z]{1,4}|[A-Z]{1,3})\)$/;

/**
 * Marginal notes beside a single text column whatever their size: runs that start right of the
 * column's right edge, or end left of its left edge, apart from the text on their line (a justified
 * line's widest word gap stays inside the column), and that begin beside the first line of a
 * section ("12. …"), with the lines of the note that follow. The column is where most long lines
 * start and end (medians: a note beside a few lines does not move it). Anything else in a margin
 * (table cells, a signature block, a folio) stays text.
 */
export function marginRuns(main: PdfRun[], bodySize: number): PdfRun[] {
  const raw = groupLines(main).map((l) => l.runs.filter((r) => !isBlank(r))).filter((v) => v.length);
  // The column's edges from long lines without a wide gap inside (a line with a note beside it has one).
  const hasWideGap = (v: PdfRun[]) => v.some((r, i) => i > 0 && r.x - (v[i - 1].x + v[i - 1].width) >= 1.5 * bodySize);
  const longLines = raw.filter((v) => lineText(v).length >= 20);
  const clean = longLines.filter((v) => !hasWideGap(v));
  const long = clean.length >= 3 ? clean : longLines;
  if (long.length < 3) return [];
  // Sections open at the column's left edge too: "12." tells where the column starts when few lines are clean.
  const sectionStarts = raw.flatMap((v) => v.filter((r) => SECTION_START.test(r.text.trim())).map((r) => r.x));
  const lefts = [...clean.map((v) => v[0].x), ...sectionStarts];
  const colLeft = median(lefts.length >= 3 ? lefts : long.map((v) => v[0].x));
  const colRight = median(long.map((v) => Math.max(...v.map((r) => r.x + r.width))));
  const gap = 0.6 * bodySize;
  const isNote = (group: PdfRun[]) => {
    const text = lineText(group);
    return /\p{L}/u.test(text) && !MARGIN_LABEL.test(text);
  };
  interface Candidate {
    side: 'left' | 'right';
    runs: PdfRun[];
    y: number;
    /** The rest of the line (in the column) opens a section. */
    opensSection: boolean;
  }
  const candidates: Candidate[] = [];
  for (const v of raw) {
    let a = 0;
    while (a < v.length && v[a].x + v[a].width <= colLeft - 0.5 * bodySize) a++;
    let b = v.length;
    while (b > a && v[b - 1].x >= colRight + 0.5 * bodySize) b--;
    const opensSection = SECTION_START.test(lineText(v.slice(a, b)));
    const leftGroup = v.slice(0, a);
    if (leftGroup.length && isNote(leftGroup) && (a === v.length || v[a].x - (v[a - 1].x + v[a - 1].width) >= gap)) {
      candidates.push({ side: 'left', runs: leftGroup, y: v[0].y, opensSection });
    }
    const rightGroup = v.slice(b);
    if (rightGroup.length && isNote(rightGroup) && (b === 0 || v[b].x - (v[b - 1].x + v[b - 1].width) >= gap)) {
      candidates.push({ side: 'right', runs: rightGroup, y: v[b].y, opensSection });
    }
  }
  const out: PdfRun[] = [];
  for (const side of ['left', 'right'] as const) {
    let last: Candidate | null = null;
    let lines = 0;
    for (const c of candidates.filter((k) => k.side === side)) {
      const continues = last !== null && lines < 6 && c.y - last.y <= 1.8 * bodySize && !c.opensSection;
      // A note opens with a capital ("Unauthorised access."); OCR debris ("dw. mtfintru") stays text.
      const opens = c.opensSection && /^[\p{Lu}“"‘'(]/u.test(lineText(c.runs));
      if (opens || continues) {
        out.push(...c.runs);
        lines = opens ? 1 : lines + 1;
        last = c;
      } else last = null;
    }
  }
  return out;
}

/**
 * The whole layout: per page, main text vs marginal notes (smaller type outside the column),
 * columns, lines; then running heads and page numbers dropped, notes attached, blocks assembled.
 */
export function layoutPdf(pages: PdfPage[]): { lines: string[]; stats: PdfLayoutStats } {
  const bodySize = bodyFontSize(pages);
  const stats: PdfLayoutStats = { pages: pages.length, characters: 0, columnsPicked: 0, runningHeadsDropped: 0, marginalNotes: 0, headingsAttached: 0 };
  const perPage: PdfLine[][] = [];
  const notesPerPage: NoteBlock[][] = [];
  for (const page of pages) {
    const runs = page.runs;
    stats.characters += runs.reduce((s, r) => s + r.text.trim().length, 0);
    let main = runs.filter((r) => r.size >= 0.75 * bodySize);
    const small = runs.filter((r) => r.size < 0.75 * bodySize && !isBlank(r));
    let columns = findColumns(main, bodySize);
    if (columns.length === 2) {
      // A narrow "column" of notes beside the text (notes in text size, many short sections).
      const notes = noteColumn(main, columns, bodySize);
      if (notes) {
        main = main.filter((r) => !notes.has(r));
        small.push(...[...notes].filter((r) => !isBlank(r)));
        columns = [[-Infinity, Infinity]];
      }
    }
    if (columns.length === 1) {
      // Notes set near body size (OCR'd gazettes, 9 pt notes beside 11 pt text) are told apart by place.
      const margin = new Set(marginRuns(main, bodySize));
      if (margin.size) {
        main = main.filter((r) => !margin.has(r));
        small.push(...margin);
        columns = findColumns(main, bodySize);
      }
    }
    const colLines = columns.map(([a, b]) => toPdfLines(groupLines(main.filter((r) => r.x + r.width / 2 >= a && r.x + r.width / 2 < b)), page.number));
    const picked = pickColumns(colLines.map((ls) => ls.map((l) => l.text).join(' ')));
    if (picked.length < columns.length) stats.columnsPicked++;
    const lines = picked.flatMap((i) => colLines[i]);
    // Small type beside the text column is a marginal note; inside it, it belongs to the text.
    // The column's edges from lines in body type only: a running head set wider must not swallow the margin.
    const bodyLines = lines.filter((l) => l.size >= 0.95 * bodySize && l.text.length >= 20);
    const colLeft = bodyLines.length >= 3 ? percentile(bodyLines.map((l) => l.x0), 0.1) : Math.min(...lines.map((l) => l.colLeft));
    const colRight = bodyLines.length >= 3 ? percentile(bodyLines.map((l) => l.x1), 0.9) : Math.max(...lines.map((l) => l.colRight));
    const notes: PdfRun[] = [];
    const inline: PdfRun[] = [];
    for (const r of small) {
      if (lines.length && (r.x >= colRight - 2 || r.x + r.width <= colLeft + 2)) notes.push(r);
      else inline.push(r);
    }
    if (picked.length === columns.length && inline.length) {
      // Re-group with the small inline runs (superscripts, footnotes) in place.
      const regrouped = columns.map(([a, b]) =>
        toPdfLines(groupLines([...main, ...inline].filter((r) => r.x + r.width / 2 >= a && r.x + r.width / 2 < b)), page.number),
      );
      perPage.push(regrouped.flat());
    } else perPage.push(lines);
    notesPerPage.push(columns.length > 1 ? [] : noteBlocks(notes));
  }

  // Running heads and page numbers: among the first and last three lines of each page.
  const edge = (ls: PdfLine[]) => {
    const byY = [...ls].sort((a, b) => a.y - b.y);
    return new Set([...byY.slice(0, 3), ...byY.slice(-3)]);
  };
  const keyPages = new Map<string, number>();
  const edges = perPage.map(edge);
  edges.forEach((set) => {
    const seen = new Set<string>();
    for (const l of set) {
      const k = runningKey(l.text);
      if (k && !seen.has(k)) {
        seen.add(k);
        keyPages.set(k, (keyPages.get(k) ?? 0) + 1);
      }
    }
  });
  const minRepeats = Math.max(2, Math.ceil(pages.length * 0.25));
  const frequent = [...keyPages].filter(([, n]) => n >= minRepeats).map(([k]) => k.split(' '));
  // OCR garbles running heads now and then ("Misn,L" for "Misuse"): most of a frequent head's
  // words, and little else, is enough.
  const isRunningHead = (l: PdfLine) => {
    const key = runningKey(l.text);
    if ((keyPages.get(key) ?? 0) >= minRepeats) return true;
    if (l.size >= 0.95 * bodySize) return false; // fuzzy matching only for small type, never a title in body type
    const words = key.split(' ').filter(Boolean);
    if (!words.length) return false;
    const set = new Set(words);
    return frequent.some((k) => k.filter((w) => set.has(w)).length >= Math.max(1, 0.7 * k.length) && words.length <= k.length + 3);
  };
  perPage.forEach((ls, i) => {
    perPage[i] = ls.filter((l) => {
      if (!edges[i].has(l)) return true;
      const drop = PAGE_NUMBER.test(l.text) || isRunningHead(l);
      if (drop) stats.runningHeadsDropped++;
      return !drop;
    });
  });

  // Marginal notes become headings of the section that starts beside them.
  perPage.forEach((ls, i) => {
    for (const note of notesPerPage[i]) {
      stats.marginalNotes++;
      let best: PdfLine | null = null;
      for (const l of ls) {
        if (l.heading || !SECTION_START.test(l.text)) continue;
        const d = Math.abs(l.y - note.y);
        if (d <= 1.5 * bodySize && (!best || d < Math.abs(best.y - note.y))) best = l;
      }
      if (best) {
        best.heading = note.text.replace(/[.\s]+$/, '');
        stats.headingsAttached++;
      }
    }
  });

  return { lines: assembleBlocks(perPage.flat(), bodySize), stats };
}
