/**
 * Cue patterns: the small language in which the lexicon and the instrument model say how a
 * concept is worded. Matching is on stems of content words, so "accesses", "accessed" and
 * "access" meet, and function words ("a", "the", "de", "la") neither count nor block.
 *
 *   word         a word, compared by stem (a stop word in a pattern is ignored)
 *   wor*         any word starting with "wor" (accents folded)
 *   a|b|@c       alternatives for one slot
 *   @concept     any phrasing of a lexicon concept (concepts may nest, not loop)
 *   ...          up to LONG_GAP content words between the neighbours (default: SHORT_GAP)
 *   ~N           up to N content words between the neighbours
 */
import { MatchingLanguage } from '../../common/language';
import { DomainError } from '../../common/domain-error';
import { analyzerFor, foldAccents, Token } from '../text/text-analysis';

/** The shared result of "no match": most patterns match nothing in most texts. */
const NONE: Span[] = Object.freeze([]) as unknown as Span[];

export const SHORT_GAP = 2;
export const LONG_GAP = 12;

export interface Span {
  /** Content-token indexes, end exclusive. */
  start: number;
  end: number;
}

type Atom =
  | { kind: 'stem'; stem: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'concept'; id: string }
  /** A compound written as one alternative ("e-mail", "l'accès"): its pieces in a row. */
  | { kind: 'sequence'; pattern: CompiledPattern };
interface Slot {
  options: Atom[];
  /** The stems of a slot made only of plain words (for a quick presence test), else undefined. */
  stems?: string[];
  /** Content words allowed between the previous slot and this one. */
  gapBefore: number;
}
export interface CompiledPattern {
  source: string;
  slots: Slot[];
}

/** A text prepared for matching: its content tokens and where each stem occurs. */
export class IndexedText {
  readonly tokens: Token[];
  private readonly byStem = new Map<string, number[]>();
  /** Memo of concept matches, filled by the matcher. */
  readonly conceptSpans = new Map<string, Span[]>();

  constructor(
    readonly text: string,
    readonly language: MatchingLanguage,
    /** Content tokens already made for this text (see `joined`). */
    tokens?: Token[],
  ) {
    this.tokens = tokens ?? analyzerFor(language).tokenize(text).filter((t) => !t.stop);
    this.tokens.forEach((t, i) => {
      const list = this.byStem.get(t.stem);
      if (list) list.push(i);
      else this.byStem.set(t.stem, [i]);
    });
  }

  /** Two texts read as one, separated by a line break, without tokenising them again. */
  static joined(a: IndexedText, b: IndexedText): IndexedText {
    const shift = a.text.length + 1;
    const tokens = [...a.tokens, ...b.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }))];
    return new IndexedText(`${a.text}\n${b.text}`, a.language, tokens);
  }

  private readonly stemSpans = new Map<string, Span[]>();

  positionsOf(stem: string): number[] {
    return this.byStem.get(stem) ?? [];
  }

  has(stem: string): boolean {
    return this.byStem.has(stem);
  }

  private readonly prefixes = new Map<string, Span[]>();

  /** One-word spans of the words starting with a prefix, built once per text. */
  prefixSpans(prefix: string): Span[] {
    let spans = this.prefixes.get(prefix);
    if (!spans) {
      spans = [];
      this.tokens.forEach((t, p) => t.norm.startsWith(prefix) && spans!.push({ start: p, end: p + 1 }));
      this.prefixes.set(prefix, spans);
    }
    return spans;
  }

  /** One-word spans of a stem, built once per text. */
  spansOf(stem: string): Span[] {
    let spans = this.stemSpans.get(stem);
    if (!spans) {
      spans = (this.byStem.get(stem) ?? []).map((p) => ({ start: p, end: p + 1 }));
      this.stemSpans.set(stem, spans);
    }
    return spans;
  }

  /** The quoted words of a span, widened to whole words of the original text. */
  quote(span: Span, maxChars = 240): string {
    const from = this.tokens[span.start]?.start ?? 0;
    const to = this.tokens[Math.max(span.start, span.end - 1)]?.end ?? from;
    const q = this.text.slice(from, to).replace(/\s+/g, ' ').trim();
    return q.length > maxChars ? `${q.slice(0, maxChars - 1)}…` : q;
  }

  charRange(span: Span): [number, number] {
    return [this.tokens[span.start]?.start ?? 0, this.tokens[Math.max(span.start, span.end - 1)]?.end ?? 0];
  }
}

const compiledCache = new Map<string, CompiledPattern>();

export function compilePattern(source: string, language: MatchingLanguage): CompiledPattern {
  const key = `${language}\u0000${source}`;
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const analyzer = analyzerFor(language);
  const slots: Slot[] = [];
  let gap = SHORT_GAP;
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '...' || raw === '…') {
      gap = LONG_GAP;
      continue;
    }
    if (/^~\d+$/.test(raw)) {
      gap = Number(raw.slice(1));
      continue;
    }
    const options: Atom[] = [];
    for (const alt of raw.split('|')) {
      if (!alt) continue;
      if (alt.startsWith('@')) options.push({ kind: 'concept', id: alt.slice(1) });
      else if (alt.endsWith('*')) options.push({ kind: 'prefix', prefix: foldAccents(alt.slice(0, -1).toLowerCase()) });
      else {
        // Split "sub-section" or "l'accès" the way the text is split; each piece is a word.
        const words = analyzer.tokenize(alt).filter((t) => !t.stop);
        if (words.length === 1) options.push({ kind: 'stem', stem: words[0].stem });
        else if (words.length > 1) {
          options.push({ kind: 'sequence', pattern: { source: alt, slots: words.map((w, i) => ({ options: [{ kind: 'stem', stem: w.stem }], gapBefore: i === 0 ? 0 : 1 })) } });
        }
      }
    }
    if (options.length === 1 && options[0].kind === 'sequence') {
      // a compound on its own: its pieces become slots of the pattern
      options[0].pattern.slots.forEach((sl, i) => slots.push({ options: sl.options, gapBefore: i === 0 ? gap : sl.gapBefore }));
      gap = SHORT_GAP;
    } else if (options.length) {
      slots.push({ options, gapBefore: gap });
      gap = SHORT_GAP;
    }
  }
  const compiled = { source, slots };
  compiledCache.set(key, compiled);
  return compiled;
}

/** Gives the phrasings of a concept in a language; supplied by the lexicon. */
export type ConceptResolver = (id: string, language: MatchingLanguage) => CompiledPattern[];

/**
 * All spans of `text` matching `pattern`. Concept slots are resolved (and memoised per text)
 * through `resolve`; `active` guards against concepts that refer to themselves.
 */
export function findSpans(pattern: CompiledPattern, text: IndexedText, resolve: ConceptResolver, active: Set<string> = new Set()): Span[] {
  if (pattern.slots.length === 0) return NONE;
  // cheap test first: a slot made of plain words none of which occurs rules the pattern out
  for (const slot of pattern.slots) {
    if (slot.stems === undefined) slot.stems = slot.options.every((o) => o.kind === 'stem') ? slot.options.map((o) => (o as { stem: string }).stem) : [];
    if (slot.stems.length && !slot.stems.some((st) => text.has(st))) return NONE;
  }
  let frontier: Span[] = slotSpans(pattern.slots[0], text, resolve, active);
  for (let i = 1; i < pattern.slots.length && frontier.length; i++) {
    const slot = pattern.slots[i];
    const candidates = slotSpans(slot, text, resolve, active);
    if (!candidates.length) return NONE;
    const next: Span[] = [];
    const seen = new Set<number>();
    for (const f of frontier) {
      // candidates are sorted by start: find those starting in [f.end, f.end + gap]
      let lo = lowerBound(candidates, f.end);
      for (; lo < candidates.length && candidates[lo].start <= f.end + slot.gapBefore; lo++) {
        const key = f.start * 100000 + candidates[lo].end;
        if (!seen.has(key)) {
          seen.add(key);
          next.push({ start: f.start, end: candidates[lo].end });
        }
      }
    }
    frontier = next;
  }
  if (!frontier.length) return NONE;
  return pattern.slots.length > 1 ? frontier.sort((a, b) => a.start - b.start || a.end - b.end) : frontier;
}

function lowerBound(spans: Span[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function slotSpans(slot: Slot, text: IndexedText, resolve: ConceptResolver, active: Set<string>): Span[] {
  if (slot.options.length === 1) {
    // one option: its (memoised, shared) spans as they are
    const atom = slot.options[0];
    if (atom.kind === 'stem') return text.spansOf(atom.stem);
    if (atom.kind === 'concept') return conceptSpans(atom.id, text, resolve, active);
    if (atom.kind === 'sequence') return findSpans(atom.pattern, text, resolve, active);
  }
  let spans: Span[] = NONE;
  const add = (found: Span[]) => {
    if (!found.length) return;
    if (spans === NONE) spans = [];
    for (const f of found) spans.push(f);
  };
  for (const atom of slot.options) {
    if (atom.kind === 'stem') add(text.spansOf(atom.stem));
    else if (atom.kind === 'prefix') add(text.prefixSpans(atom.prefix));
    else if (atom.kind === 'sequence') add(findSpans(atom.pattern, text, resolve, active));
    else add(conceptSpans(atom.id, text, resolve, active));
  }
  if (spans.length > 1 && slot.options.length > 1) spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans;
}

/**
 * The stems any match of a concept must start with, or undefined when a prefix or an unbounded
 * alternative makes that unknowable. A text holding none of them cannot match the concept.
 */
const startStems = new Map<ConceptResolver, Record<MatchingLanguage, Map<string, Set<string> | null>>>();

function conceptStarts(id: string, language: MatchingLanguage, resolve: ConceptResolver, seen: Set<string> = new Set()): Set<string> | null {
  let byLanguage = startStems.get(resolve);
  if (!byLanguage) startStems.set(resolve, (byLanguage = { en: new Map(), fr: new Map(), es: new Map() }));
  const byConcept = byLanguage[language];
  const known = byConcept.get(id);
  if (known !== undefined) return known;
  const key = id;
  if (seen.has(id)) return null;
  seen.add(id);
  let stems: Set<string> | null = new Set();
  outer: for (const p of resolve(id, language)) {
    const first = p.slots[0];
    if (!first) continue;
    for (const o of first.options) {
      if (o.kind === 'stem') stems.add(o.stem);
      else if (o.kind === 'concept') {
        const inner = conceptStarts(o.id, language, resolve, seen);
        if (!inner) {
          stems = null;
          break outer;
        }
        for (const st of inner) stems.add(st);
      } else {
        stems = null;
        break outer;
      }
    }
  }
  byConcept.set(key, stems);
  return stems;
}

export function conceptSpans(id: string, text: IndexedText, resolve: ConceptResolver, active: Set<string> = new Set()): Span[] {
  const memo = text.conceptSpans.get(id);
  if (memo) return memo;
  const starts = conceptStarts(id, text.language, resolve);
  if (starts && !hasAny(starts, text)) {
    text.conceptSpans.set(id, NONE);
    return NONE;
  }
  if (active.has(id)) throw new DomainError('INVALID_MODEL', `Lexicon concept "${id}" refers to itself through ${[...active].join(' → ')}`);
  active.add(id);
  let spans: Span[] = NONE;
  for (const p of resolve(id, text.language)) {
    const found = findSpans(p, text, resolve, active);
    if (!found.length) continue;
    if (spans === NONE) spans = [];
    for (const f of found) spans.push(f);
  }
  active.delete(id);
  if (spans.length > 1) spans.sort((a, b) => a.start - b.start || a.end - b.end);
  text.conceptSpans.set(id, spans);
  return spans;
}

function hasAny(stems: Set<string>, text: IndexedText): boolean {
  for (const st of stems) if (text.has(st)) return true;
  return false;
}
