/**
 * Signs that a source is visibly damaged, read from the provision tree alone (so the same check
 * runs on a freshly parsed statute and on one rebuilt from the database):
 * - the law's text stops mid-sentence at its end (a record cut short: "… (b) ove");
 * - the law's own numbering jumps (section 5, then 9) in an act numbered from 1 (an extract of a
 *   code may start and jump anywhere);
 * - a provision's text opens a quotation that nothing in it closes (quoted amending text cut off).
 * Each sign names the provision it touches, so an analysis can say "not assessed" for the
 * articles that rely on it instead of reporting them missing. Signs are kept conservative: a
 * normal statute yields none.
 */
import { Provision, ProvisionRole, SourceDamage, walkProvisions } from '../provision.model';

export type Damage = SourceDamage;

/** How a sentence, a clause or a heading may end in a statute. */
const ENDS_PROPERLY = /(?:[.;:!?…)\]}"'”’»—–_-]|\b(?:and|or|et|ou|y|o)|\d)\s*$/u;
/** Gaps wider than this are another run of numbers (a schedule's, a code's), not lost sections. */
const MAX_GAP = 12;

const INERT: ReadonlySet<ProvisionRole> = new Set<ProvisionRole>(['formal']);

export function detectDamage(provisions: Provision[]): Damage[] {
  return [...truncations(provisions), ...numberingGaps(provisions), ...openQuotations(provisions)];
}

/** The text of the law in document order, formal parts left out, with the provision holding each piece. */
function operative(provisions: Provision[]): { p: Provision; top: Provision }[] {
  const out: { p: Provision; top: Provision }[] = [];
  const stack: { p: Provision; top?: Provision }[] = provisions.map((p) => ({ p })).reverse();
  while (stack.length) {
    const { p, top } = stack.pop()!;
    if (INERT.has(p.role)) continue;
    const section = top ?? (p.kind === 'section' || p.kind === 'article' || p.kind === 'schedule' ? p : undefined);
    if (section) out.push({ p, top: section });
    for (let k = p.children.length - 1; k >= 0; k--) stack.push({ p: p.children[k], top: section });
  }
  return out;
}

/**
 * A record cut short: the last words of a section (or of the law) stop inside a sentence, on a
 * word found nowhere else in the law ("… (b) ove", "… of the cont": a word cut in two) or on a
 * word that cannot end a sentence ("… not later than the"). A heading leaked after the last
 * sentence ("… this Act. Part II – Offences", "Previous Version") is not a cut; neither is a
 * sentence merely printed without its full stop.
 */
function truncations(provisions: Provision[]): Damage[] {
  const items = operative(provisions);
  // The last piece of text of each top-level provision, and of the law as a whole (a schedule included).
  const lastOf = new Map<Provision, Provision>();
  for (const { p, top } of items) if (p.text.trim()) lastOf.set(top, p);
  const open: { top: Provision; p: Provision; last: string; tail: string }[] = [];
  for (const [top, p] of lastOf) {
    const c = unfinished(p.text);
    if (c) open.push({ top, p, ...c });
  }
  if (!open.length) return [];
  // Only now, for the few texts left unfinished, the law's own words.
  const law = items.map(({ p }) => `${p.heading ?? ''} ${p.text}`).join('\n').toLowerCase();
  const out: Damage[] = [];
  for (const { top, p, last, tail } of open) {
    let why: string | undefined;
    const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const alone = law.match(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'gu'))?.length ?? 0;
    const longer = new RegExp(`(?<!\\p{L})${escaped}\\p{L}{2,}`, 'u').test(law);
    if (alone <= 1 && longer) why = `"…${tail}" ends on the first letters of a word the law uses elsewhere, cut in two`;
    else if (FUNCTION_WORD_END.test(p.text.trim())) why = `"…${tail}" ends on a word no sentence ends with`;
    if (!why) continue;
    out.push({
      citation: p.citation || top.citation,
      kind: 'truncated',
      reason: `${p.citation || top.citation || 'the last provision'} stops mid-sentence (${why}): the source looks cut short here, the rest of its text is lost`,
    });
  }
  return out;
}

const FUNCTION_WORD_END = /\b(?:the|a|an|of|to|by|for|with|from|than|that|which|whose|any|such|de|la|le|les|des|du|au|aux|que|qui|el|los|las|del|al|por|para|con)\s*$/iu;

/** A text that stops without an ending, on a lower-case word, not after a leaked heading: its last word. */
function unfinished(text: string): { last: string; tail: string } | undefined {
  const t = text.trim();
  if (!t || ENDS_PROPERLY.test(t.slice(-12))) return undefined;
  // The words after the last sentence or clause end: a capitalised run is a leaked heading or page chrome.
  const clause = t.slice(-600).split(/[.;:!?|]\s/).pop()!.replace(/^[^\p{L}\p{N}]*(?:\(\s?[\p{L}\d]{1,12}\s?\)\s*)*/u, '').trim();
  const clauseWords = clause.split(/\s+/).filter(Boolean);
  const capitalised = clauseWords.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  if (/^[\p{Lu}\d]/u.test(clause) && (clauseWords.length <= 12 || capitalised * 2 >= clauseWords.length)) return undefined;
  const last = /(\p{L}+)\s*$/u.exec(t.slice(-80))?.[1];
  if (!last || !/^\p{Ll}{2,}$/u.test(last)) return undefined;
  return { last, tail: t.slice(-30).replace(/\s+/g, ' ') };
}

/** Top-level sections or articles of the law itself (not those quoted inside another provision). */
function ownSections(provisions: Provision[]): Provision[] {
  const out: Provision[] = [];
  const stack = provisions.slice().reverse();
  while (stack.length) {
    const p = stack.pop()!;
    if (p.kind === 'section' || p.kind === 'article') {
      out.push(p);
      continue;
    }
    for (let k = p.children.length - 1; k >= 0; k--) stack.push(p.children[k]);
  }
  return out;
}

function numberingGaps(provisions: Provision[]): Damage[] {
  const sections = ownSections(provisions).filter((p) => !INERT.has(p.role));
  const plain = sections.map((p) => (/^\d+$/.test(p.citation) ? Number(p.citation) : undefined));
  // "47 and 48 [Amendments]": one provision printed for both numbers; the next one follows the last.
  const through = sections.map((p, k) => Number(/^\d+\s+(?:and|to)\s+(\d+)$/.exec(p.label)?.[1] ?? plain[k]));
  // Only an act numbered from 1: an extract of a code starts and jumps where the extract does.
  if (plain[0] !== 1) return [];
  const out: Damage[] = [];
  let prev: number | undefined;
  for (let k = 0; k < sections.length; k++) {
    const n = plain[k];
    if (n === undefined) continue; // 46A, 2-1, primero: numbered apart, they neither open nor close a gap
    if (prev !== undefined && n - prev >= 2 && n - prev <= MAX_GAP) {
      const first = prev + 1;
      const lastMissing = n - 1;
      const missing = first === lastMissing ? `${first}` : `${first} to ${lastMissing}`;
      out.push({
        citation: String(first),
        kind: 'numbering-gap',
        reason: `no provision numbered ${missing} between ${prev} and ${n}: the source may have lost ${first === lastMissing ? 'it' : 'them'}`,
      });
    }
    if (prev === undefined || n > prev) prev = Math.max(n, through[k]);
  }
  return out;
}

/**
 * A quotation opened and never closed, anywhere after it in the law: the quoted text was cut off.
 * Curly marks tell opening from closing; a straight mark opens when a space or a dash is before
 * it and a letter after it, else it closes the last one opened. Closing marks without an opening
 * one (a sentence quoted across two provisions) are ignored.
 */
const QUOTE_MARK = /["“”«»″]/;
const QUOTE_MARKS = /["“”«»″]/g;

function openQuotations(provisions: Provision[]): Damage[] {
  const open: { mark: string; p: Provision }[] = [];
  // Sources mix their marks ("… ” opened straight, closed curly), so a closing mark closes the last of its kinds.
  const close = (...openings: string[]) => {
    for (let k = open.length - 1; k >= 0; k--) {
      if (openings.includes(open[k].mark)) {
        open.splice(k, 1);
        return;
      }
    }
  };
  let top: Provision | undefined;
  const tops = new Set(ownSections(provisions));
  for (const p of walkProvisions(provisions)) {
    if (tops.has(p) || p.kind === 'schedule') top = p;
    if (INERT.has(p.role)) continue;
    const t = p.text;
    if (!QUOTE_MARK.test(t)) continue;
    for (const m of t.matchAll(QUOTE_MARKS)) {
      const k = m.index ?? 0;
      const c = m[0];
      if (c === '“' || c === '«') open.push({ mark: c, p: p.citation ? p : top ?? p });
      else if (c === '”') close('“', '"');
      else if (c === '»') close('«');
      else if (c === '″') close('"', '“');
      else if (c === '"') {
        const opens = /[\s(\[—–:-]/.test(k === 0 ? ' ' : t[k - 1]) && /[\p{L}\p{N}“‘'"(]/u.test(t[k + 1] ?? '');
        if (opens) open.push({ mark: c, p: p.citation ? p : top ?? p });
        else close('"', '“');
      }
    }
  }
  const seen = new Set<Provision>();
  return open
    .filter((o) => !seen.has(o.p) && seen.add(o.p))
    .map((o) => ({
      citation: o.p.citation || undefined,
      kind: 'open-quotation' as const,
      reason: `${o.p.citation || 'a provision'} opens a quotation that nothing after it closes: the quoted text (an amendment's new wording?) is cut off`,
    }));
}
