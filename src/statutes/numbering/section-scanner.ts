/**
 * First pass over the law: which lines start a section or article, which are structural
 * headings (Part, Chapter…), which open a schedule. Section numbers are checked against the
 * running sequence, so a number that does not follow the previous ones (a cross-reference at
 * the start of a line, a page number, a footnote digit) stays body text.
 */
import {
  ContainerLine,
  DISPOSITION_GROUP,
  headingBeforeFirstSubsection,
  isHeadingLike,
  isHeadingRest,
  isHistoryNote,
  matchContainer,
  matchSchedule,
  matchSectionCandidate,
  ORDINAL_LINE,
  SectionCandidate,
  SectionFamily,
} from './line-shapes';
import type { InlineInsertion } from './inline-insertions';
import {
  compareSectionNumbers,
  isNextSectionNumber,
  isPlainNext,
  parseSectionNumber,
  SectionNumber,
} from './section-number';

export type LineClass =
  | { type: 'blank' }
  | { type: 'body' }
  | { type: 'container'; container: ContainerLine }
  | { type: 'schedule'; container: ContainerLine }
  | {
      type: 'section';
      candidate: SectionCandidate;
      number: SectionNumber;
      citation: string;
      inserted: boolean;
      /**
       * Line of the earlier provision whose numbering this one continues after a run numbered
       * apart (articles of another code printed after "del siguiente tenor:"): the law's level resumes.
       */
      resumes?: number;
    }
  /** The numbering starts again from its first number with text around it: a version in another language. */
  | { type: 'restart' };

export interface ScanResult {
  classes: LineClass[];
  /** The family that carries the statute's own numbering. */
  family: SectionFamily | undefined;
  warnings: string[];
}

/** A lead-in that announces text to be inserted into another law. */
const INSERTION_LEAD_IN =
  /(?::|(?:following|inserted|substituted|added|suivante?s?|ainsi rédigée?s?|siguientes?|así|nuevos?|nuevas?)\W{0,3}[—–:-]?)\s*["”»]?$/i;

/**
 * `insertions`: lines cut from a flattened amending paragraph where a quoted provision starts
 * (inline-insertions.ts); they are inserted text whatever their shape.
 */
export function scanSections(lines: string[], insertions: InlineInsertion[] = []): ScanResult {
  const warnings: string[] = [];
  const cutAt = new Map(insertions.map((c) => [c.line, c]));
  const candidates: (SectionCandidate | undefined)[] = lines.map((l) => (l ? matchSectionCandidate(l) : undefined));
  const family = dominantFamily(candidates);
  const sectionIsContainer = family === 'keyword-article';

  const classes: LineClass[] = [];
  let mainLast: SectionNumber | undefined;
  const seen = new Set<string>();
  let insertedLast: SectionNumber | undefined;
  let inInsertedRun = false;
  let inSchedule = false;
  /** The kind of the dispositions under the last "DISPOSICIONES …" heading. */
  let dispositionSeries: string | undefined;
  let firstMain: string | undefined;
  const mainLines: number[] = [];
  /** The law's own chain: each main number, its line, and whether the number after it jumped away. */
  const chain: { number: SectionNumber; line: number; jumped: boolean }[] = [];
  let parallelFrom: number | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      classes.push({ type: 'blank' });
      continue;
    }
    const container = matchContainer(line, sectionIsContainer);
    if (container && !(family === 'keyword-section' && candidates[i]?.family === 'keyword-section')) {
      classes.push({ type: 'container', container });
      inSchedule = false;
      continue;
    }
    const schedule = matchSchedule(line);
    if (schedule) {
      classes.push({ type: 'schedule', container: schedule });
      inSchedule = true;
      continue;
    }
    const cut = cutAt.get(i);
    if (cut?.schedule !== undefined) {
      classes.push({ type: 'schedule', container: { kind: 'schedule', rank: 0, label: cut.schedule, heading: '', text: line } });
      inSchedule = true;
      continue;
    }
    if (cut?.into !== undefined && mainLast && parallelFrom === undefined) {
      // Quoted text for a section it names, without a number of its own: cited by that section's number.
      const number = parseSectionNumber(cut.into);
      if (number) {
        const candidate: SectionCandidate = { family: family ?? 'dotted', number: cut.into, rest: line, keyword: '', quoted: true, unnumbered: true };
        classes.push({ type: 'section', candidate, number, citation: number.citation, inserted: true });
        insertedLast = number;
        inInsertedRun = true;
        continue;
      }
    }
    // Under "DISPOSICIONES FINALES", "PRIMERA.- …" is the first final disposition.
    const group = line.length < 120 && /^disposici/i.test(line) ? DISPOSITION_GROUP.exec(line) : null;
    if (group) dispositionSeries = group[1].trim();
    else if (dispositionSeries && !candidates[i]) {
      const o = ORDINAL_LINE.exec(line);
      if (o) candidates[i] = { family: family ?? 'keyword-article', number: `${dispositionSeries} ${o[1]}`, rest: o[2], keyword: '', quoted: false, printed: o[1] };
    }
    const cand = paragraphSign(candidates[i], family) ? undefined : candidates[i];
    const parsed = cand && parseCandidateNumber(cand);
    if (!cand || !parsed || parallelFrom !== undefined) {
      classes.push({ type: 'body' });
      continue;
    }
    // The first number again, after a run of sections: an arrangement of sections (a table of
    // contents, headings without text) or a second language version (text under each number).
    if (
      firstMain !== undefined &&
      cand.family === family &&
      !inSchedule &&
      !cand.quoted &&
      mainLines.length >= 3 &&
      parseCandidateNumber(cand)?.citation === firstMain &&
      mainLast &&
      compareSectionNumbers(parsed, mainLast) < 0
    ) {
      if (withoutText(classes, mainLines) >= 0.8) {
        // The arrangement runs to its last entry; a Part heading printed after it opens the body.
        const from = firstStructural(classes);
        const lastEntry = mainLines[mainLines.length - 1];
        for (let j = from; j < i; j++) {
          if (classes[j].type === 'blank') continue;
          if (j > lastEntry && classes[j].type === 'container') continue;
          classes[j] = { type: 'body' };
        }
        warnings.push(`line ${i + 1}: the numbering restarts at ${cand.number}; the lines before are read as an arrangement of sections`);
        mainLast = undefined;
        seen.clear();
        mainLines.length = 0;
        insertedLast = undefined;
        inInsertedRun = false;
      } else {
        parallelFrom = i;
        warnings.push(`line ${i + 1}: the numbering restarts at ${cand.number} after ${mainLast.raw}; the rest is kept as text (another language version?)`);
        classes.push({ type: 'restart' });
        continue;
      }
    }
    const dominant = cand.family === family;
    const prev = previousContent(lines, classes, i);
    const leadIn = prev !== undefined && INSERTION_LEAD_IN.test(prev.text) && !prev.isSection;
    const plainNext = isPlainNext(mainLast, parsed);
    const strictNext = isNextSectionNumber(mainLast, parsed);
    let decision: 'main' | 'inserted' | 'body' = 'body';
    // Dispositions are numbered apart from the articles: a keyword line (or an ordinal under their heading) opens one.
    const disposition = parsed.series !== undefined && !cand.quoted && !seen.has(parsed.citation) && (!!cand.keyword || cand.printed !== undefined);

    if (disposition) {
      decision = 'main';
    } else if (mainLast && (cand.quoted || cut || (leadIn && !plainNext && sectionLike(cand, lines, i)))) {
      decision = 'inserted';
    } else if (strictNext && (dominant ? strongEnough(cand, lines, i) : minorityAccepted(cand, lines, i))) {
      decision = 'main';
    } else if (inInsertedRun && insertedLast && isNextSectionNumber(insertedLast, parsed) && !strictNext && sectionLike(cand, lines, i)) {
      decision = 'inserted';
    } else if (dominant && !inSchedule && mainLast && compareSectionNumbers(parsed, mainLast) > 0 && strongEnough(cand, lines, i)) {
      decision = 'main';
    } else if (dominant && !inSchedule && !seen.has(parsed.citation) && veryStrong(cand, lines, i)) {
      decision = 'main';
    }

    if (decision === 'body') {
      classes.push({ type: 'body' });
      continue;
    }
    let citation = parsed.citation;
    if (parsed.wordValue !== undefined && parsed.series === undefined && decision === 'main' && (!mainLast || parsed.wordValue === (mainLast.head || 0) + 1)) {
      citation = String(parsed.wordValue); // "Article One" opens the sequence 1, 2, 3
    }
    let resumes: number | undefined;
    if (decision === 'main' && disposition) {
      mainLast = parsed;
      seen.add(citation);
      inInsertedRun = false;
      insertedLast = undefined;
      inSchedule = false;
    } else if (decision === 'main') {
      const anchor = mainLast && !isNextSectionNumber(mainLast, parsed) ? resumedAnchor(chain, parsed) : undefined;
      if (anchor) {
        resumes = anchor.line;
        warnings.push(
          `line ${i + 1}: ${cand.number} continues the numbering of ${anchor.number.raw} after ${mainLast!.raw}; the provisions between are read as numbered apart (inserted text?)`,
        );
      } else if (mainLast && !isNextSectionNumber(mainLast, parsed) && compareSectionNumbers(parsed, mainLast) > 0 && sameKind(mainLast, parsed)) {
        const gap = describeGap(mainLast, parsed);
        if (gap) warnings.push(`line ${i + 1}: ${gap}`);
      } else if (mainLast && compareSectionNumbers(parsed, mainLast) <= 0) {
        warnings.push(`line ${i + 1}: ${cand.number} is printed after ${mainLast.raw}, out of order; kept as its own provision`);
      }
      if (chain.length && !isNextSectionNumber(chain[chain.length - 1].number, parsed)) chain[chain.length - 1].jumped = true;
      chain.push({ number: parsed, line: i, jumped: false });
      if (firstMain === undefined) firstMain = parsed.citation;
      mainLines.push(i);
      mainLast = parsed.wordValue !== undefined && citation !== parsed.citation ? { ...parsed, head: parsed.wordValue } : parsed;
      // "47 and 48 [Amendments]": the sequence resumes after the last number of the range.
      const rangeEnd = cand.rangeLabel && parseSectionNumber(cand.rangeLabel.split(/\s+/).pop() ?? '');
      if (rangeEnd) mainLast = rangeEnd;
      seen.add(citation);
      inInsertedRun = false;
      insertedLast = undefined;
      inSchedule = false;
    } else {
      insertedLast = parsed;
      inInsertedRun = true;
    }
    const cls: Extract<LineClass, { type: 'section' }> = { type: 'section', candidate: cand, number: parsed, citation, inserted: decision === 'inserted' };
    if (resumes !== undefined) cls.resumes = resumes;
    classes.push(cls);
  }
  rankContainersByAppearance(classes);
  return { classes, family, warnings };
}

/**
 * Container words rank in the order the law first prints them: a law that opens with CHAPTER 1
 * and prints Part I inside CHAPTER 2 nests its Parts in Chapters (South Africa), one that opens
 * with PART I nests Chapters in Parts. The ranks present are reassigned in that order.
 */
function rankContainersByAppearance(classes: LineClass[]): void {
  const order: number[] = [];
  for (const c of classes) if (c.type === 'container' && !order.includes(c.container.rank)) order.push(c.container.rank);
  const sorted = order.slice().sort((a, b) => a - b);
  if (order.every((r, k) => r === sorted[k])) return;
  const remap = new Map(order.map((r, k) => [r, sorted[k]]));
  for (const c of classes) if (c.type === 'container') c.container.rank = remap.get(c.container.rank) ?? c.container.rank;
}

/** "§ 2. Celui qui …" in a law numbered by articles: a paragraph of the article (Belgium), not a section. */
function paragraphSign(c: SectionCandidate | undefined, family: SectionFamily | undefined): boolean {
  return !!c && family === 'keyword-article' && /^§$/.test(c.keyword);
}

/**
 * The earlier main provision that `next` continues, when the number after that provision jumped
 * away from it: 1 → 269A … 269J → 2 continues 1. A misplaced section (3A printed after 18, while
 * 3 was followed by 4) has no such anchor and stays "out of order".
 */
function resumedAnchor(
  chain: { number: SectionNumber; line: number; jumped: boolean }[],
  next: SectionNumber,
): { number: SectionNumber; line: number } | undefined {
  for (let k = chain.length - 2; k >= 0; k--) {
    const c = chain[k];
    if (c.jumped && isNextSectionNumber(c.number, next) && compareSectionNumbers(next, chain[k + 1].number) !== 0) return c;
  }
  return undefined;
}

/** Share of the given section lines that have no text of their own before the next structural line. */
function withoutText(classes: LineClass[], sectionLines: number[]): number {
  let empty = 0;
  for (const at of sectionLines) {
    const c = classes[at];
    if (c.type !== 'section') continue;
    if (c.candidate.rest && !/^[\p{Lu}][^.]{0,120}$/u.test(c.candidate.rest)) continue;
    let body = 0;
    for (let j = at + 1; j < classes.length; j++) {
      const t = classes[j].type;
      if (t === 'section' || t === 'container' || t === 'schedule') break;
      if (t === 'body') body++;
    }
    if (body === 0) empty++;
  }
  return sectionLines.length ? empty / sectionLines.length : 0;
}

function firstStructural(classes: LineClass[]): number {
  const at = classes.findIndex((c) => c.type === 'section' || c.type === 'container' || c.type === 'schedule');
  return at < 0 ? classes.length : at;
}

function parseCandidateNumber(c: SectionCandidate): SectionNumber | undefined {
  return parseSectionNumber(c.number);
}

function sameKind(a: SectionNumber, b: SectionNumber): boolean {
  return !Number.isNaN(a.head) && !Number.isNaN(b.head) && a.sep === b.sep && !a.tail.length && !b.tail.length;
}

function describeGap(prev: SectionNumber, next: SectionNumber): string | undefined {
  if (next.head - prev.head > 1 && next.head - prev.head < 6) {
    const missing: number[] = [];
    for (let n = prev.head + 1; n < next.head; n++) missing.push(n);
    return `no provision numbered ${missing.join(', ')} between ${prev.raw} and ${next.raw}`;
  }
  return undefined;
}

/** The last non-blank line before i that is not a heading, with whether it was a section line. */
function previousContent(lines: string[], classes: LineClass[], i: number): { text: string; isSection: boolean } | undefined {
  let skippedHeading = false;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const l = lines[j];
    if (!l) continue;
    if (!skippedHeading && isHeadingLike(l) && !/[:—]$/.test(l)) {
      skippedHeading = true;
      continue;
    }
    if (isHistoryNote(l)) continue;
    const c = classes[j];
    return { text: l, isSection: c?.type === 'section' && !c.candidate.rest };
  }
  return undefined;
}

function nextNonBlank(lines: string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length && j < i + 4; j++) if (lines[j]) return lines[j];
  return undefined;
}

function prevNonBlank(lines: string[], i: number): string | undefined {
  for (let j = i - 1; j >= 0 && j > i - 4; j--) if (lines[j]) return lines[j];
  return undefined;
}

const HEADING_DELIMITER = /^.{1,160}?(?:\.\s*[—–-]+|\s[—–]\s|\.?_{2,}|\s-\s)/;

/** Enough evidence, for a line of the statute's own numbering family, that it heads a section. */
function strongEnough(c: SectionCandidate, lines: string[], i: number): boolean {
  switch (c.family) {
    case 'keyword-article':
    case 'keyword-section':
      return true;
    case 'dotted':
    case 'paren':
      return true;
    case 'bare': {
      const prev = prevNonBlank(lines, i);
      const next = nextNonBlank(lines, i);
      if (prev && isHeadingLike(prev, true)) return true;
      if (!c.rest && next && /^(?:\(1\)|\(a\)|[A-Z“"])/.test(next)) return true;
      // "477.1 Unauthorised access … offence" over "(1) A person …" or the text.
      if (c.rest && isHeadingRest(c.rest) && next && /^(?:\(1\)|\(a\)|\p{Lu}|["“])/u.test(next)) return true;
      // "815.03 Definitions.—As used in this chapter …"
      if (c.rest && /^[\p{Lu}][^.;:]{1,120}?\.\s*[—–]+\s*\S/u.test(c.rest)) return true;
      // "477.1 Unauthorised access … offence (1) A person commits …" (flattened)
      if (c.rest && headingBeforeFirstSubsection(c.rest)) return true;
      return !!c.rest && /^\(1\)/.test(c.rest);
    }
  }
}

/** Out-of-sequence numbers are accepted only with a heading above and a subsection below, or a keyword. */
function veryStrong(c: SectionCandidate, lines: string[], i: number): boolean {
  if (c.family === 'keyword-article' || c.family === 'keyword-section') return !c.rest || /^[.:\-–—]/.test(c.rest) || /^[A-Z]/.test(c.rest);
  const prev = prevNonBlank(lines, i);
  const next = nextNonBlank(lines, i);
  const headed = !!prev && isHeadingLike(prev, true);
  const opensBody = c.rest ? /^(?:\(1\)|—\s?\(1\))/.test(c.rest) : !!next && /^\(1\)/.test(next);
  return headed && opensBody;
}

/**
 * Shape of a heading line for a provision inserted by an amending provision: a keyword, a bare
 * number under a heading, or a number with a heading. "1. Que se encuentre…" after a colon is a
 * list item, not an inserted article.
 */
function sectionLike(c: SectionCandidate, lines: string[], i: number): boolean {
  if (c.family === 'keyword-article' || c.family === 'keyword-section') return true;
  if (c.family === 'paren') return HEADING_DELIMITER.test(c.rest);
  // "502. (a) The Legislature finds …" after "… is amended to read:": the section's text opens with its first subdivision.
  if (/^(?:[—–]\s?)?\((?:1|a)\)\s/.test(c.rest)) return true;
  const prev = prevNonBlank(lines, i);
  if (c.family === 'bare') return !c.rest || (!!prev && isHeadingLike(prev, true) && !/[:]$/.test(prev));
  if (!c.rest) return true;
  if (HEADING_DELIMITER.test(c.rest)) return true;
  if (isHeadingLike(c.rest) && c.rest.split(/\s+/).length <= 12) return true;
  return !!prev && isHeadingLike(prev, true) && !/[:]$/.test(prev);
}

/** A line of another family is a section only with a heading delimiter ("22A. Online grooming.— Whoever"). */
function minorityAccepted(c: SectionCandidate, lines: string[], i: number): boolean {
  if (c.family === 'keyword-article' || c.family === 'keyword-section') return !c.rest || /^[.:\-–—]|^[A-Z]/.test(c.rest);
  if (c.family === 'bare') return false;
  if (!HEADING_DELIMITER.test(c.rest)) return false;
  // An item of a running list ("2. …" after "1. …") is not a section.
  const prev = prevNonBlank(lines, i);
  const prevCand = prev ? matchSectionCandidate(prev) : undefined;
  if (prevCand && prevCand.family === c.family) return false;
  return true;
}

/**
 * The family whose numbers run in sequence longest; keywords win ties because they are explicit.
 * A chain that opens at 1 (or One, premier) is the statute's own, an extract's may open anywhere.
 */
function dominantFamily(candidates: (SectionCandidate | undefined)[]): SectionFamily | undefined {
  const score = new Map<SectionFamily, number>();
  const last = new Map<SectionFamily, SectionNumber>();
  const opened = new Set<SectionFamily>();
  const count = new Map<SectionFamily, number>();
  const first = new Map<SectionFamily, number>();
  /** For each number-first family, the keyword lines (by family) each of its lines sits under: "dotted>keyword-article" → {232}. */
  const under = new Map<string, Set<number>>();
  const lastKeywordLine = new Map<SectionFamily, number>();
  /** Restarts of a family right after a line of another: "1." … "2." under each "Artículo 197 bis." ("dotted>keyword-article"). */
  const restartsUnder = new Map<string, number>();
  let lastFamily: SectionFamily | undefined;
  // A law whose first number is an article ("Art. 550bis. § 1er.", "Art. 1º … § 1º") uses § for its paragraphs.
  const firstKeyword = candidates.find((c) => c?.family === 'keyword-article' || c?.family === 'keyword-section');
  const signsAreParagraphs = firstKeyword?.family === 'keyword-article';
  candidates.forEach((c, at) => {
    if (!c || c.family === 'paren') return;
    if (signsAreParagraphs && /^§$/.test(c.keyword)) return;
    const n = parseSectionNumber(c.number);
    if (!n) return;
    const prev = last.get(c.family);
    count.set(c.family, (count.get(c.family) ?? 0) + 1);
    if (!first.has(c.family)) first.set(c.family, at);
    if (prev && compareSectionNumbers(n, prev) <= 0 && lastFamily !== undefined && lastFamily !== c.family) {
      const key = `${c.family}>${lastFamily}`;
      restartsUnder.set(key, (restartsUnder.get(key) ?? 0) + 1);
    }
    lastFamily = c.family;
    if (isKeywordFamily(c.family)) lastKeywordLine.set(c.family, at);
    else {
      for (const [k, line] of lastKeywordLine) {
        const key = `${c.family}>${k}`;
        if (!under.has(key)) under.set(key, new Set());
        under.get(key)!.add(line);
      }
    }
    if (!prev) {
      last.set(c.family, n);
      if (n.head === 1 || n.wordValue === 1) opened.add(c.family);
      score.set(c.family, 1);
      return;
    }
    if (isNextSectionNumber(prev, n)) {
      score.set(c.family, (score.get(c.family) ?? 0) + 1);
      last.set(c.family, n);
    } else if (compareSectionNumbers(n, prev) > 0 && isKeywordFamily(c.family)) {
      score.set(c.family, (score.get(c.family) ?? 0) + 1);
      last.set(c.family, n);
    }
  });
  // A number-first family numbered afresh under the lines of a keyword family that opens the law
  // before it, or printed under one line of it only, is that family's paragraphs, however long
  // its runs: "Artículo 197 bis." / "1." "2."; "Art. 232.- …" / "1." "2.".
  const subordinate = (fam: SectionFamily): boolean =>
    !isKeywordFamily(fam) &&
    [...count].some(
      ([k, n]) =>
        isKeywordFamily(k) &&
        n >= 2 &&
        (first.get(k) ?? Infinity) < (first.get(fam) ?? -1) &&
        ((restartsUnder.get(`${fam}>${k}`) ?? 0) > 0 || under.get(`${fam}>${k}`)?.size === 1),
    );
  let best: SectionFamily | undefined;
  let bestScore = 0;
  for (const [fam, s] of score) {
    if (subordinate(fam)) continue;
    const bonus = (opened.has(fam) ? 5 : 0) + (isKeywordFamily(fam) ? 3 : 0);
    const total = s + bonus;
    if (total > bestScore) {
      best = fam;
      bestScore = total;
    }
  }
  return best;
}

function isKeywordFamily(f: SectionFamily): boolean {
  return f === 'keyword-article' || f === 'keyword-section';
}
