import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../common/paths';

/**
 * The maximum custodial penalty of an offence provision, read from its own words (English, French,
 * Spanish). Extradition (Art. 24(1)) turns on it. It never guesses: a term it cannot read is
 * `maxMonths: undefined` with the reason.
 */
export interface PenaltyReading {
  /** Longest term of imprisonment the text provides, in months; 0 when only a fine is provided; undefined when unknown. */
  maxMonths: number | undefined;
  /** Imprisonment for life: no number, but longer than any threshold. */
  life?: true;
  /** A stated minimum term when no maximum is stated (the maximum is then at least this). */
  minimumMonths?: number;
  /** The words the reading rests on. */
  evidence?: string;
  /** Why the maximum is unknown (or 0). */
  reason?: string;
}

interface Wording {
  custodial: string[];
  fine: string[];
  life: string[];
  graded: string[];
  minimum: string[];
  maximum: string[];
  units: Record<string, number>;
  numbers: Record<string, number>;
  modeOfTrial: string[];
}

interface CompiledWording {
  w: Wording;
  custodial: RegExp;
  fine: RegExp;
  life: RegExp | null;
  graded: RegExp | null;
  cue: RegExp;
  duration: RegExp;
  modeOfTrial: RegExp | null;
}

const PRE_WINDOW = 40;
const POST_WINDOW = 220;
const LETTER = '\\p{L}';

let compiled: Map<string, CompiledWording> | undefined;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases, longest first, whole words only. */
function phrases(list: string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map((p) => escapeRe(p).replace(/\s+/g, '\\s+')).join('|');
}

function wordRe(list: string[]): RegExp | null {
  return list.length ? new RegExp(`(?<![${LETTER}])(?:${phrases(list)})(?![${LETTER}])`, 'giu') : null;
}

function compile(w: Wording): CompiledWording {
  const num = `(?:${phrases(Object.keys(w.numbers))})`;
  // "twenty-four", "thirty six", "cuarenta y ocho", "vingt et un", optionally followed by "(48)"
  const words = `${num}(?:(?:\\s*-\\s*|\\s+(?:y|et|and)\\s+|-et-|\\s+)${num})*`;
  const numberPart = `(?<num>\\(?\\d{1,4}(?:[.,]\\d+)?\\)?|${words}(?:\\s*\\(\\d{1,4}\\))?)`;
  return {
    w,
    custodial: wordRe(w.custodial)!,
    fine: wordRe(w.fine)!,
    life: wordRe(w.life),
    graded: wordRe(w.graded),
    cue: new RegExp(`(?<![${LETTER}])(?:(?<max>${phrases(w.maximum)})|(?<min>${phrases(w.minimum)}))(?![${LETTER}])`, 'giu'),
    modeOfTrial: wordRe(w.modeOfTrial ?? []),
    duration: new RegExp(`(?<![${LETTER}\\d])${numberPart}\\s*(?:calendar\\s+|full\\s+)?(?<unit>${phrases(Object.keys(w.units))})(?![${LETTER}])`, 'giu'),
  };
}

function wordings(): Map<string, CompiledWording> {
  if (!compiled) {
    const raw = JSON.parse(readFileSync(join(DATA_DIR, 'mla', 'penalty-wording.json'), 'utf8')) as Record<string, Wording | string>;
    compiled = new Map();
    for (const [lang, w] of Object.entries(raw)) if (typeof w === 'object') compiled.set(lang, compile(w));
  }
  return compiled;
}

/** Does the text name a mode of trial ("on summary conviction", "on indictment")? Its terms are alternatives of one penalty. */
export function namesModeOfTrial(text: string, language: string): boolean {
  const re = wordings().get(language)?.modeOfTrial;
  return !!re && new RegExp(re.source, re.flags).test(text);
}

export function penaltyLanguages(): string[] {
  return [...wordings().keys()];
}

/** "cuarenta y ocho (48)" → 48; "twenty-four" → 24; "12" → 12. Undefined if a word is not a number. */
function numberValue(text: string, w: Wording): number | undefined {
  const digits = /\((\d{1,4})\)\s*$/.exec(text) ?? /^\(?(\d{1,4}(?:[.,]\d+)?)\)?$/.exec(text.trim());
  if (digits) return Number(digits[1].replace(',', '.'));
  let total = 0;
  for (const part of text.toLowerCase().split(/\s*-\s*|\s+/).filter((p) => p && !['y', 'et', 'and'].includes(p))) {
    const v = w.numbers[part];
    if (v === undefined) return undefined;
    total = v === 100 && total > 0 && total < 10 ? total * 100 : total + v;
  }
  return total || undefined;
}

interface Segment {
  start: number;
  end: number;
}

/** The clause around each word for imprisonment: no further back than PRE_WINDOW, never across a sentence end or into a fine. */
function custodialSegments(text: string, c: CompiledWording): Segment[] {
  // line breaks inside a provision are layout, not clause ends
  const boundaries = [...text.matchAll(/[;:]|\.(?=\s|$)/g)].map((m) => m.index!);
  const fines = [...text.matchAll(c.fine)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const out: Segment[] = [];
  for (const m of text.matchAll(c.custodial)) {
    const at = m.index!;
    const after = at + m[0].length;
    let start = Math.max(0, at - PRE_WINDOW);
    for (const b of boundaries) if (b < at && b + 1 > start) start = b + 1;
    for (const f of fines) if (f.end <= at && f.end > start) start = f.end;
    let end = Math.min(text.length, after + POST_WINDOW);
    for (const b of boundaries) if (b >= after && b < end) end = b;
    for (const f of fines) if (f.start >= after && f.start < end) end = f.start;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

export function readMaxPenalty(text: string, language: string): PenaltyReading {
  const c = wordings().get(language);
  if (!c) return { maxMonths: undefined, reason: `penalties are read in ${penaltyLanguages().join(', ')} only, not '${language}'` };
  const segments = custodialSegments(text, c);
  if (!segments.length) {
    c.fine.lastIndex = 0;
    if (c.fine.test(text)) return { maxMonths: 0, reason: 'only a fine is provided, no imprisonment', evidence: quote(text, 0, text.length) };
    return { maxMonths: undefined, reason: 'no penalty is stated in this text' };
  }
  const maxima: { months: number; evidence: string }[] = [];
  const minima: { months: number; evidence: string }[] = [];
  let life: string | undefined;
  let graded: string | undefined;
  for (const s of segments) {
    const clause = text.slice(s.start, s.end);
    if (c.life && new RegExp(c.life.source, c.life.flags).test(clause)) life ??= clause;
    let from = 0;
    for (const d of clause.matchAll(c.duration)) {
      const n = numberValue(d.groups!.num, c.w);
      const unit = c.w.units[d.groups!.unit.toLowerCase()];
      if (n === undefined || unit === undefined) continue;
      const months = Math.round(n * unit * 100) / 100;
      // the last cue between the previous term and this one says whether it is a minimum
      const cues = [...clause.slice(from, d.index!).matchAll(c.cue)];
      const cue = cues[cues.length - 1];
      (cue?.groups?.min ? minima : maxima).push({ months, evidence: quote(text, s.start, s.end) });
      from = d.index! + d[0].length;
    }
    if (c.graded && new RegExp(c.graded.source, c.graded.flags).test(clause)) graded ??= clause;
  }
  if (life) return { maxMonths: undefined, life: true, evidence: quote(life, 0, life.length), reason: 'imprisonment for life' };
  if (maxima.length) {
    const best = maxima.reduce((a, b) => (b.months > a.months ? b : a));
    return { maxMonths: best.months, evidence: best.evidence };
  }
  if (minima.length) {
    const best = minima.reduce((a, b) => (b.months > a.months ? b : a));
    return { maxMonths: undefined, minimumMonths: best.months, evidence: best.evidence, reason: 'only a minimum term is stated' };
  }
  if (graded) return { maxMonths: undefined, evidence: quote(graded, 0, graded.length), reason: 'the term is given on a graded scale (grados) that is not converted into months' };
  const first = segments[0];
  return { maxMonths: undefined, evidence: quote(text, first.start, first.end), reason: 'imprisonment is provided but no term is stated' };
}

function quote(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return s.length > 240 ? `${s.slice(0, 237)}...` : s;
}

/** "2 years", "6 months", "life". */
export function formatTerm(r: PenaltyReading): string {
  if (r.life) return 'imprisonment for life';
  if (r.maxMonths === undefined) return r.minimumMonths !== undefined ? `at least ${formatMonths(r.minimumMonths)}` : 'unknown';
  if (r.maxMonths === 0) return 'a fine only';
  return formatMonths(r.maxMonths);
}

function formatMonths(m: number): string {
  if (m >= 12 && Number.isInteger(m / 12)) return `${m / 12} year${m === 12 ? '' : 's'}`;
  return `${m} month${m === 1 ? '' : 's'}`;
}
