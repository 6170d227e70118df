/**
 * Turns the law's lines into a provision tree: containers (Part, Chapter, Título, unnumbered
 * group headings), sections or articles with their own citations, and subdivisions whose
 * citations extend the parent's: 3A → 3A(1) → 3A(1)(a).
 *
 * Rules, in short:
 * - Section-number lines are recognised by shape, then checked against the running sequence
 *   (section-scanner.ts). Provisions inserted into another law by an amending provision keep
 *   their own number as citation (`218 bis`, `162.1`) and sit under the provision inserting them.
 * - Containers cite themselves by keyword and number as printed (`Part II`, `CHAPTER I`);
 *   unnumbered group headings and the preamble have an empty citation. Sections inside a
 *   container keep citations of their own (`14`, not `II-14`).
 * - Subdivision citations always use parentheses, whatever the printed form: `(a)`, `a)`, `1°`
 *   and `1.` under article 18 give `18(a)`, `18(1)`.
 * - No line is dropped: what is not a number or a heading is text of the provision it sits in.
 */
import { DomainError } from '../../common/domain-error';
import { walkProvisions } from '../provision.model';
import type { ParsedStatute, Provision, ProvisionKind, SourceDocument } from '../provision.model';
import { detectLanguage } from '../language';
import { followsInSeries, isSeriesStart, Label, LabelReading, LabelType, matchLabelAt } from './labels';
import {
  ANNEX_LINE,
  headingBeforeFirstSubsection,
  isCapitalsHeading,
  isHeadingLike,
  isHeadingRest,
  isHistoryNote,
  SectionCandidate,
  SENTENCE_CUE,
  SENTENCE_VERB,
  stripHeadingDelimiter,
} from './line-shapes';
import { findClosingBlock } from './closing-block';
import { detectDamage } from './damage';
import { splitInlineInsertions } from './inline-insertions';
import { detectRole } from './roles';
import { LineClass, scanSections } from './section-scanner';
import { isNextSectionNumber, SectionNumber } from './section-number';
import { REFERENCE_NOUN_BEFORE, Segment, segmentLine, startsSentence, namesItself } from './segments';

/**
 * Deepest provision tree accepted: Part › Chapter › Division › section › (1) › (a) › (i) › (A) › (I)
 * with a code's sections inserted under an amending subsection stays far below it. Deeper input is
 * refused (TOO_DEEP) rather than stored as a tree no reader of it could walk.
 */
export const MAX_PROVISION_DEPTH = 64;

/** Enough text to tell a law's language (about ten pages). */
const LANGUAGE_SAMPLE_CHARS = 30_000;

export interface ParseOptions {
  /** ISO 639-1 code to use instead of detection. */
  language?: string;
  /** For warnings and error messages. */
  fileName?: string;
}

interface Level {
  reading: LabelReading;
  node: Provision;
}

interface Frame {
  root: Provision;
  levels: Level[];
  /** Index of the level whose node absorbs a list that restarted inside it (-1: the root). */
  collapse?: number;
  /** Number of an inserted provision, to recognise the next one inserted beside it. */
  inserted?: SectionNumber;
  /**
   * A "Penalty:", "Note:" or "Explanation.–" line annexed to the subsection (or the section) above:
   * text goes to that node until a label continues its series. An Explanation's own list stays its text.
   */
  annex?: { node: Provision; ownList: boolean };
}

interface ContainerEntry {
  node: Provision;
  rank: number;
}

type BuildClass = LineClass | { type: 'heading'; owner: number } | { type: 'group' } | { type: 'closing' };

const GROUP_RANK = 7;

const INSERTION_INTRO =
  /(?:following|inserted|substituted|added|replaced by|suivante?s?|ainsi rédigée?s?|siguientes?|así)[^.;]{0,80}[:—–-]\s*$/i;
const AMENDING_LEAD = /\b(?:is|are)\s+(?:hereby\s+)?(?:amended|replaced|repealed)|\bshall be (?:inserted|substituted)|\best (?:modifié|remplacé|abrogé)|\b(?:se modifica|modifícase|agrégase|suprímese|reemplázase|intercálase)/i;

export function parseStatute(doc: SourceDocument, opts: ParseOptions = {}): ParsedStatute {
  const where = opts.fileName ?? 'the statute';
  const lines = doc.lines.map(normaliseLine);
  const firstIdx = lines.findIndex((l) => l.length > 0);
  if (firstIdx < 0) throw new DomainError('EMPTY_FILE', `${where}: no text to parse`, { fileName: opts.fileName });

  // The first line is the act's title unless the reader already found one elsewhere.
  const titleFromFirstLine = !doc.title || doc.title.trim() === lines[firstIdx];
  const title = doc.title?.trim() || lines[firstIdx];
  const readLines = lines.slice();
  if (titleFromFirstLine) readLines[firstIdx] = '';
  // Provisions quoted inside a flattened amending paragraph start lines of their own; `origin` maps back.
  const split = splitInlineInsertions(readLines);
  const bodyLines = split.lines;

  const scan = scanSections(bodyLines, split.insertions);
  const sectionCount = scan.classes.filter((c) => c.type === 'section' && !c.inserted).length;
  if (sectionCount === 0) {
    throw new DomainError('NO_PROVISIONS_FOUND', `${where}: no section or article numbers were recognised`, {
      fileName: opts.fileName,
    });
  }
  const classes = assignHeadings(bodyLines, scan.classes, scan.family);
  const closing = findClosingBlock(bodyLines, scan.classes);
  let closingText: { line: number; text: string } | undefined;
  if (closing) {
    // A formula inside the last provision's line: the words before it stay that provision's text.
    if (closing.column > 0) {
      closingText = { line: closing.line, text: bodyLines[closing.line].slice(closing.column) };
      bodyLines[closing.line] = bodyLines[closing.line].slice(0, closing.column).trimEnd();
    }
    for (let j = closing.line + (closing.column > 0 ? 1 : 0); j < closing.end; j++) if (bodyLines[j]) classes[j] = { type: 'closing' };
  }
  const builder = new TreeBuilder(bodyLines, classes, scan.family, closingText, where, split.origin);
  builder.build();

  // The opening of the law tells its language; flattened sources hold whole sections per line, so cap by characters too.
  const language = opts.language ?? doc.declaredLanguage ?? detectLanguage(lines.slice(0, 400).join('\n').slice(0, LANGUAGE_SAMPLE_CHARS));
  const provisions = builder.result();
  finish(provisions, builder.formal);
  const toSource = (w: string) => (bodyLines.length === lines.length ? w : w.replace(/\bline (\d+)/g, (_, n) => `line ${(split.origin[Number(n) - 1] ?? Number(n) - 1) + 1}`));
  const warnings = [...scan.warnings, ...builder.warnings].map(toSource).concat(duplicateWarnings(provisions)).map((w) =>
    opts.fileName ? `${opts.fileName}: ${w}` : w,
  );
  const damage = detectDamage(provisions);
  for (const d of damage) warnings.push(`${opts.fileName ? `${opts.fileName}: ` : ''}damaged source: ${d.reason}`);
  return { title, language, format: doc.format, provisions, warnings, damage };
}

function normaliseLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\s+$/, '')
    .replace(/^\s+/, '')
    // Converters pad with doubled spaces ("197  bis", "(1)  A person"): one space reads the same.
    .replace(/ {2,}/g, ' ');
}

/**
 * Marks the lines that are headings of the next section (the marginal-note or heading line
 * printed above a bare number) and the unnumbered group headings above them.
 */
function assignHeadings(lines: string[], classes: LineClass[], family: string | undefined): BuildClass[] {
  const out: BuildClass[] = classes.slice();
  const headingAbove = family === 'bare' || family === 'dotted';
  const capitalsHead = capitalsHeadSections(lines, classes);
  let started = false;
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c.type === 'container' || c.type === 'schedule') {
      started = true;
      if (!c.container.heading) {
        const j = nextNonBlank(lines, i);
        if (j !== undefined && out[j].type === 'body' && isHeadingLike(lines[j]) && !isHistoryNote(lines[j])) {
          c.container.heading = lines[j];
          out[j] = { type: 'heading', owner: i };
        }
      }
      continue;
    }
    const lineAbove = prevNonBlank(lines, i);
    const sentenceOpenAbove = lineAbove !== undefined && out[lineAbove].type === 'body' && /[\p{Ll},]$/u.test(lines[lineAbove]);
    if (c.type === 'body' && started && isCapitalsHeading(lines[i]) && !isHistoryNote(lines[i]) && !sentenceOpenAbove) {
      const j = nextNonBlank(lines, i);
      const owner = j === undefined ? undefined : out[j];
      // Capitals over most numbers are the sections' own headings ("UNAUTHORISED ACCESS" / "3.—(1) …").
      if (capitalsHead && owner?.type === 'section' && !owner.inserted && !hasInlineHeading(owner.candidate)) out[i] = { type: 'heading', owner: j! };
      else out[i] = { type: 'group' };
      continue;
    }
    if (c.type !== 'section') continue;
    started = true;
    const fam = c.candidate.family;
    if (headingBelow(lines, out, i, c.candidate)) continue;
    if (!headingAbove || fam === 'keyword-article' || fam === 'keyword-section' || fam === 'paren') continue;
    if (hasInlineHeading(c.candidate)) continue;
    const j = prevNonBlank(lines, i);
    // (A capitals heading already given to this section is of type 'heading', not 'body'.)
    if (j === undefined || out[j].type !== 'body') continue;
    if (!isHeadingLike(lines[j], true) || isCapitalsHeading(lines[j])) continue;
    // A heading printed right after "…replaced by the following:" is inserted text, not this section's heading.
    const above = prevNonBlank(lines, j);
    if (!c.inserted && above !== undefined && /:\s*$/.test(lines[above]) && out[above].type !== 'container') continue;
    out[j] = { type: 'heading', owner: i };
    if (c.inserted) continue;
    // Group headings above the section heading ("Computer misuse offences", "Interpretation").
    const k = prevNonBlank(lines, j);
    if (k !== undefined && out[k].type === 'body' && isHeadingLike(lines[k]) && !isCapitalsHeading(lines[k])) {
      const before = prevNonBlank(lines, k);
      const beforeClass = before === undefined ? undefined : out[before];
      // Only when the line above ends a provision (or is a container), so a short last line of text stays text.
      if (before === undefined || beforeClass?.type !== 'body' || /[.;:\]—)]$/.test(lines[before]) || isHistoryNote(lines[before])) {
        out[k] = { type: 'group' };
      }
    }
  }
  return out;
}

/** The number line carries its own heading: "1. Short title", "477.1 Unauthorised access …". */
function hasInlineHeading(c: SectionCandidate): boolean {
  if (!c.rest) return false;
  if (c.family === 'dotted') return isInlineHeading(c.rest.replace(/^[—–]+\s*/, ''));
  if (c.family === 'bare') return isHeadingRest(c.rest) || !!headingBeforeFirstSubsection(c.rest);
  return false;
}

/**
 * Whether capitals lines printed right above the numbers head the sections (a style where each
 * section has one) rather than groups of them: true when most numbered sections have one.
 */
function capitalsHeadSections(lines: string[], classes: LineClass[]): boolean {
  let sections = 0;
  let capped = 0;
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    if (c.type !== 'section' || c.inserted) continue;
    sections++;
    const j = prevNonBlank(lines, i);
    if (j === undefined || classes[j].type !== 'body' || !isCapitalsHeading(lines[j])) continue;
    const k = prevNonBlank(lines, j);
    // The capitals line right under "PART II" is the Part's heading.
    if (k !== undefined && classes[k].type === 'container') continue;
    capped++;
  }
  return capped >= 2 && capped / Math.max(1, sections) >= 0.5;
}

/**
 * "Section 3" alone on its line with "Unauthorised access" on the next and the text after it:
 * the next line is the heading. Marks it and says so.
 */
function headingBelow(lines: string[], out: BuildClass[], i: number, c: SectionCandidate): boolean {
  if (!/^[.:\-–—°º]*$/.test(c.rest)) return false;
  const above = prevNonBlank(lines, i);
  const aboveClass = above === undefined ? undefined : out[above];
  if (aboveClass?.type === 'heading' && aboveClass.owner === i) return false;
  const j = nextNonBlank(lines, i);
  if (j === undefined || out[j].type !== 'body' || !isHeadingRest(lines[j], 14) || ANNEX_LINE.test(lines[j])) return false;
  const k = nextNonBlank(lines, j);
  if (k === undefined || out[k].type !== 'body' || !/^(?:\(|\p{Lu}|["“«])/u.test(lines[k])) return false;
  out[j] = { type: 'heading', owner: i };
  return true;
}

/** "Short title", "Objects of the Act": the rest of a dotted line is a heading, not text. */
function isInlineHeading(rest: string): boolean {
  if (/^(?:[—–-]\s?)?\(1\)/.test(rest)) return false;
  const d = /^(.{1,160}?)(?:\.\s*[—–-]+|\s[—–]\s|\.?_{2,})/.exec(rest);
  if (d) return !SENTENCE_VERB.test(d[1]);
  return isHeadingLike(rest) && rest.split(/\s+/).length <= 14 && !SENTENCE_VERB.test(rest);
}

function nextNonBlank(lines: string[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]) return j;
  return undefined;
}
function prevNonBlank(lines: string[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j]) return j;
  return undefined;
}

interface SplitRest {
  heading?: string;
  text: string;
}

const DELIMITED_HEADING = /^(.{2,160}?)(?:\s*\.\s*[—–-]+|\s[—–]\s?|\s?\.?_{2,}|\s-\s)\s*(.*)$/s;
/** "815.03 Definitions.—As used in this chapter …": after a bare number only a full stop and a dash delimit a heading. */
const BARE_DELIMITED = /^([\p{Lu}][^.;:]{1,160}?)\.\s*[—–]+\s*(.*)$/su;
const SENTENCE_HEADING = /^([^.:;]{3,110}?)[.:]\s+([\p{Lu}“"«¿(].*)$/su;
const ZW_OPENER =
  /\s(?=\(1\)\s|(?:The|This|These|In|A|An|Any|Every|Where|Subject|No|Nothing|There|If|Each|Whoever|When|Notwithstanding|Save|Except|For|It|Unless|Upon|Without|Such|Pursuant|Despite|Prior|Whenever|Only|Before|After|All)\s)/;

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/** Separates a section line's heading from its text: "Title. — This Act…", "Acceso ilícito. El que…". */
function splitSectionRest(cand: SectionCandidate, headingAbove: string | undefined): SplitRest {
  if (cand.unnumbered) return { text: cand.rest };
  let rest = cand.rest.replace(/^[\]]\s*/, '');
  // "Art. 300-1. – Le fait …": the punctuation after the number may be spaced.
  if (cand.family === 'keyword-article' || cand.family === 'keyword-section') rest = rest.replace(/^(?:[.:\-–—°º]+\s*)+/, '');
  else rest = rest.replace(/^[—–]+\s*/, ''); // "12.—(1) …", "5— A person …"
  if (!rest) return { heading: headingAbove, text: '' };
  if (headingAbove !== undefined) return { heading: headingAbove, text: rest };
  // "13. [Unauthorised interception] (1) …", "14. (Damage to data) A person …": a heading in brackets.
  const bracketed = /^(?:\[([^\]]{3,120})\]|\(([\p{Lu}][^()]{2,120})\))\s*(.*)$/su.exec(rest);
  if (bracketed) {
    const h = (bracketed[1] ?? bracketed[2]).trim();
    if (/\s/.test(h) || h.length > 6) {
      if (!SENTENCE_VERB.test(h) && words(h) <= 16 && !/^(?:repealed|deleted|spent|omitted|amendments?)\b/i.test(h)) return { heading: h.replace(/\.$/, ''), text: bracketed[3].trim() };
    }
  }
  // "§ 1er. Celui qui …", "I. – 1. Les personnes …": the text opens with a subdivision, there is no heading.
  if (matchLabelAt(rest, true)) return { text: rest };
  if (cand.family === 'bare' && isHeadingRest(rest)) return { heading: stripHeadingDelimiter(rest), text: '' };
  if (/^(?:[—–-]\s?)?\(1\)/.test(rest)) return { text: rest };
  if (/^(?:\[?\s*(?:repealed|derogado|abrogé|spent|omitted)\b.*|(?:\.\s?){3,})$/i.test(rest)) return { text: rest };
  const d = cand.family === 'bare' ? BARE_DELIMITED.exec(rest) : DELIMITED_HEADING.exec(rest);
  if (d && words(d[1]) <= 20 && !/[;]/.test(d[1]) && /^[\p{Lu}“"«(]/u.test(d[1]) && !SENTENCE_VERB.test(d[1])) {
    return { heading: d[1].replace(/\.$/, '').trim(), text: d[2].trim() };
  }
  if (cand.family === 'bare') return headingBeforeFirstSubsection(rest) ?? { text: rest };
  const keyword = cand.family === 'keyword-article' || cand.family === 'keyword-section';
  // "Acceso ilícito. El que…": a short first sentence without a verb names the article.
  const s = keyword ? SENTENCE_HEADING.exec(rest) : null;
  if (s && words(s[1]) <= 12 && !s[1].includes(',') && !SENTENCE_VERB.test(s[1]) && !SENTENCE_CUE.test(s[1]) && !/\(\w{1,4}\)/.test(s[1])) {
    return { heading: s[1].trim(), text: s[2].trim() };
  }
  // "SHORT TITLE; TABLE OF CONTENTS.": a heading in capitals, whatever its punctuation.
  if (words(rest) <= 20 && isCapitalsHeading(rest.replace(/[.;,]/g, ' '))) return { heading: rest.replace(/\.$/, ''), text: '' };
  const oneSentence = !/[.:;]\s+\p{Lu}/u.test(rest);
  // "A person who … intercepts … commits an offence." is a sentence even without a verb of the list.
  const sentenceCue = SENTENCE_CUE.test(rest) || (/\.$/.test(rest) && words(rest) > 12);
  if (oneSentence && words(rest) <= 20 && !/[:;,]$/.test(rest) && !SENTENCE_VERB.test(rest) && !sentenceCue && (cand.family !== 'dotted' || isHeadingLike(rest, true))) {
    return { heading: rest.replace(/\.$/, ''), text: '' };
  }
  // "Unauthorised access (1) A person who …": a flattened section whose heading runs into its text.
  const z = ZW_OPENER.exec(rest);
  if (z && z.index > 0) {
    const head = rest.slice(0, z.index).trim();
    if (cand.family === 'dotted' ? words(head) <= 16 : isHeadingRest(head, 12)) return { heading: head, text: rest.slice(z.index).trim() };
  }
  return { text: rest };
}

/** "(1) Illegal Access. — The access…": a subdivision's own heading. */
function splitLabelHeading(text: string): SplitRest {
  const d = /^([\p{Lu}][^.;:—–]{1,80}?)\s*\.\s*[—–]\s*(.*)$/su.exec(text);
  if (d && words(d[1]) <= 8) return { heading: d[1].trim(), text: d[2].trim() };
  const t = /^([\p{Lu}][\w'’-]*(?:\s+(?:[\p{Lu}][\w'’-]*|of|and|or|the|in|to|for|on|with|by|a|an|de|la|el|des|du|et|y))*)\.\s*$/u.exec(text);
  if (t && words(t[1]) <= 8) return { heading: t[1], text: '' };
  // US Code conversions print subdivision headings as "In general ." on the label's line.
  const us = /^([\p{Lu}][^.;:\n]{0,70}?)\s\.(?:\n|$)([\s\S]*)$/u.exec(text);
  if (us && words(us[1]) <= 8 && !SENTENCE_VERB.test(us[1])) return { heading: us[1].trim(), text: us[2].trim() };
  return { text };
}

class TreeBuilder {
  readonly warnings: string[] = [];
  private readonly roots: Provision[] = [];
  private containers: ContainerEntry[] = [];
  private frames: Frame[] = [];
  private preamble?: Provision;
  private started = false;
  private pendingHeading?: { text: string; line: number };
  private readonly segmentCache = new Map<number, Segment[]>();
  /** The containers open when each of the law's own provisions started, by line: where a resumed numbering returns. */
  private readonly containersAt = new Map<number, ContainerEntry[]>();
  /** A container was opened since the last section line. */
  private containerSinceSection = false;
  /** Nodes of the law's formal parts (preamble, closing block): role 'formal'. */
  readonly formal = new Set<Provision>();
  private readonly sectionKind: ProvisionKind;
  /** Headings printed above numbers: subsections may carry marginal notes on the line above too. */
  private readonly marginalNotes: boolean;

  private closingNode?: Provision;

  constructor(
    private readonly lines: string[],
    private readonly classes: BuildClass[],
    family: string | undefined,
    /** The closing block's first words when they share a line with the last provision's text. */
    private readonly closingText?: { line: number; text: string },
    /** File name for error messages. */
    private readonly where = 'the statute',
    /** For each line, the reader's line it was cut from. */
    private readonly origin: number[] = [],
  ) {
    this.sectionKind = family === 'keyword-article' ? 'article' : 'section';
    this.marginalNotes = family === 'bare' || family === 'dotted';
  }

  result(): Provision[] {
    return this.preamble ? [this.preamble, ...this.roots] : this.roots;
  }

  build(): void {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      const c = this.classes[i];
      switch (c.type) {
        case 'blank':
        case 'heading':
          break;
        case 'container':
        case 'schedule':
          this.flushPending();
          this.openContainer(c.container.kind, c.container.rank, c.container.label, c.container.heading, i);
          if (c.container.text) this.appendText(this.deepest(), c.container.text, true);
          break;
        case 'group':
          this.flushPending();
          // A group heading introducing the next numbered section ends a schedule or form before it.
          if (this.nextIsMainSection(i)) this.closeSchedules();
          this.openContainer('division', GROUP_RANK, '', line, i);
          break;
        case 'section':
          this.flushPending();
          this.openSection(c, i);
          break;
        case 'body':
          this.body(line, i);
          if (this.closingText?.line === i) this.closingLine(this.closingText.text, i);
          break;
        case 'closing':
          this.closingLine(line, i);
          break;
        case 'restart':
          this.flushPending();
          this.containers = [];
          this.openContainer('division', 0, '', '', i);
          this.appendText(this.deepest(), line, true);
          break;
      }
    }
    this.flushPending();
  }

  /** A line of the promulgation formula or signatures: one top-level division for the whole block. */
  private closingLine(text: string, i: number): void {
    if (!this.closingNode) {
      this.flushPending();
      this.frames = [];
      this.containers = [];
      this.closingNode = this.newNode('division', '', '', i);
      this.formal.add(this.closingNode);
      this.roots.push(this.closingNode);
    }
    this.appendText(this.closingNode, text, true);
  }

  private headingFor(i: number): string | undefined {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const c = this.classes[j];
      if (c.type === 'heading' && c.owner === i) return this.lines[j].replace(/\s*\.$/, '');
    }
    // The heading printed on the line below a number that stands alone ("Section 3" / "Unauthorised access").
    for (let j = i + 1; j < this.lines.length && j <= i + 3; j++) {
      const c = this.classes[j];
      if (c.type === 'heading' && c.owner === i) return this.lines[j].replace(/\s*\.$/, '');
    }
    return undefined;
  }

  private newNode(kind: ProvisionKind, citation: string, label: string, line: number, heading?: string): Provision {
    // Lines cut out of a flattened paragraph keep the number of the line they were printed on.
    const node: Provision = { citation, label, kind, depth: 0, text: '', role: 'normative', line: (this.origin[line] ?? line) + 1, children: [] };
    if (heading) node.heading = heading;
    return node;
  }

  private openContainer(kind: ProvisionKind, rank: number, label: string, heading: string, i: number): void {
    this.started = true;
    this.frames = [];
    while (this.containers.length && this.containers[this.containers.length - 1].rank >= rank) this.containers.pop();
    const node = this.newNode(kind, label, label, i, heading || undefined);
    this.attach(node);
    this.containers.push({ node, rank });
    this.containerSinceSection = true;
  }

  private attach(node: Provision): void {
    const top = this.containers[this.containers.length - 1];
    if (top) this.adopt(top.node, node);
    else this.roots.push(node);
  }

  /** Adds a child, keeping the depth known while building so that no input can nest without limit. */
  private adopt(parent: Provision, node: Provision): void {
    node.depth = parent.depth + 1;
    if (node.depth > MAX_PROVISION_DEPTH) {
      throw new DomainError(
        'TOO_DEEP',
        `${this.where}: line ${node.line}: provisions nest more than ${MAX_PROVISION_DEPTH} levels deep (${node.label || node.citation} under ${parent.label || 'a division'}); no statute is drafted so, the numbering cannot be read`,
        { line: node.line, limit: MAX_PROVISION_DEPTH },
      );
    }
    parent.children.push(node);
  }

  private openSection(c: Extract<LineClass, { type: 'section' }>, i: number): void {
    this.started = true;
    const split = splitSectionRest(c.candidate, this.headingFor(i));
    const label = c.candidate.unnumbered ? '' : c.candidate.printed ?? c.candidate.rangeLabel ?? c.candidate.number;
    const node = this.newNode(this.sectionKind, c.citation, label, i, split.heading);
    if (!c.inserted || this.frames.length === 0) {
      if (c.inserted) this.warnings.push(`line ${i + 1}: ${c.citation} looks inserted but no provision precedes it; kept at top level`);
      this.frames = [];
      // A schedule ends where the numbered body resumes.
      if (!c.inserted) this.closeSchedules();
      // The law's numbering resumes after provisions numbered apart: back to the containers it was in,
      // unless a heading of its own was printed just before.
      const back = c.resumes !== undefined ? this.containersAt.get(c.resumes) : undefined;
      if (back && !this.containerSinceSection) this.containers = back.slice();
      if (!c.inserted) this.containersAt.set(i, this.containers.slice());
      this.attach(node);
      this.frames.push({ root: node, levels: [] });
    } else {
      // Inserted text: beside the previous inserted provision when it follows it, else under the deepest open provision.
      const inner = this.frames[this.frames.length - 1];
      if (inner.inserted && isNextSectionNumber(inner.inserted, c.number) && this.frames.length > 1) this.frames.pop();
      this.adopt(this.deepest(), node);
      this.frames.push({ root: node, levels: [], inserted: c.number });
    }
    this.containerSinceSection = false;
    if (split.heading && !split.text) this.continueHeading(node, i);
    if (split.text) this.bodyText(split.text, i, true);
  }

  /**
   * PDF line breaks inside a heading: "Section 30C. In" / "camera trial.— …". The heading takes
   * the words up to its delimiter, the rest of the line stays text.
   */
  private continueHeading(node: Provision, i: number): void {
    const j = nextNonBlank(this.lines, i);
    if (j === undefined || this.classes[j].type !== 'body') return;
    const m = /^(\p{Ll}[^.—_:]{0,80}?)\s*(?:\.\s*[—–]+|\.?_{2,}|\.—|[—–])\s*(.*)$/u.exec(this.lines[j]);
    if (!m || !node.heading) return;
    const joiner = /\b(?:non|on|in|real|co|re|pre|sub|self|cross|e|anti|inter)$/i.test(node.heading) ? '-' : ' ';
    node.heading = `${node.heading}${joiner}${m[1].trim()}`;
    this.lines[j] = m[2];
    this.segmentCache.delete(j);
  }

  private closeSchedules(): void {
    const at = this.containers.findIndex((c) => c.node.kind === 'schedule');
    if (at >= 0) this.containers.length = at;
  }

  private nextIsMainSection(i: number): boolean {
    for (let j = i + 1; j < this.lines.length; j++) {
      const c = this.classes[j];
      if (c.type === 'blank' || c.type === 'heading' || c.type === 'group') continue;
      if (c.type === 'body' && isHistoryNote(this.lines[j])) continue;
      return c.type === 'section' && !c.inserted;
    }
    return false;
  }

  /** Where unlabelled text goes: the node an annex line ("Penalty:", "Explanation.–") attached to, else the deepest. */
  private textTarget(): Provision {
    return this.frames[this.frames.length - 1]?.annex?.node ?? this.deepest();
  }

  /**
   * "Penalty: …", "Note: …", "Explanation.–…": annexed to the subsection whose paragraphs end
   * above it (Australian penalties), or to the section when its outer list is not of subsections.
   */
  private annexLine(line: string): void {
    const fr = this.frames[this.frames.length - 1];
    const first = fr.levels[0];
    const holder = first && SUBSECTION_TYPES.has(first.reading.type) ? first : undefined;
    if (holder) fr.levels.length = 1;
    fr.annex = { node: holder ? holder.node : fr.root, ownList: /^(?:Explanation|Illustration|Example|Exception)/.test(line) };
    this.flushPending();
    this.appendText(fr.annex.node, line, true);
  }

  private deepest(): Provision {
    const f = this.frames[this.frames.length - 1];
    if (!f) {
      const top = this.containers[this.containers.length - 1];
      if (top) return top.node;
      return this.ensurePreamble(0);
    }
    return f.levels.length ? f.levels[f.levels.length - 1].node : f.root;
  }

  private ensurePreamble(i: number): Provision {
    if (!this.preamble) {
      // Text before the first provision or heading: long title, enacting formula, recitals.
      this.preamble = this.newNode('division', '', '', i);
      this.formal.add(this.preamble);
    }
    return this.preamble;
  }

  private appendText(node: Provision, text: string, newLine: boolean): void {
    if (!text) return;
    node.text = node.text ? node.text + (newLine ? '\n' : ' ') + text : text;
  }

  private flushPending(): void {
    if (!this.pendingHeading) return;
    const p = this.pendingHeading;
    this.pendingHeading = undefined;
    this.appendText(this.deepest(), p.text, true);
  }

  private segments(i: number): Segment[] {
    let s = this.segmentCache.get(i);
    if (!s) {
      s = segmentLine(this.lines[i]);
      this.segmentCache.set(i, s);
    }
    return s;
  }

  private body(line: string, i: number): void {
    if (!this.started) {
      this.appendText(this.ensurePreamble(i), line, true);
      return;
    }
    if (this.frames.length === 0) {
      this.flushPending();
      this.appendText(this.deepest(), line, true);
      return;
    }
    if (ANNEX_LINE.test(line)) return this.annexLine(line);
    // A marginal note above a labelled subdivision ("Definition of intimate image" / "(2) In this section…").
    const next = nextNonBlank(this.lines, i);
    if (
      this.marginalNotes &&
      !this.pendingHeading &&
      isHeadingLike(line) &&
      next !== undefined &&
      this.classes[next].type === 'body' &&
      this.segments(next)[0]?.label &&
      this.segments(next)[0].lineStart
    ) {
      this.pendingHeading = { text: line, line: i };
      return;
    }
    this.bodyText(line, i, false);
  }

  /**
   * "…referred to in sub-section" / "(1) and the Authority…": a PDF line break inside a
   * cross-reference. 'noun' when the line above ends with "section", "paragraph"…; 'word' when
   * it ends with a preposition, where a label opening a sentence may still be a real one.
   */
  private wrappedReference(i: number): 'noun' | 'word' | undefined {
    const j = prevNonBlank(this.lines, i);
    if (j === undefined || j !== i - 1 || this.classes[j].type !== 'body') return undefined;
    const above = this.lines[j].trim();
    if (REFERENCE_NOUN_BEFORE.test(above)) return namesItself(above) ? undefined : 'noun';
    return /\b(?:under|in|of|to|by|with)$/i.test(above) ? 'word' : undefined;
  }

  /** Text of a line (or of a section line after its number), cut at labels. */
  private bodyText(text: string, i: number, afterNumber: boolean): void {
    const segs = afterNumber ? segmentLine(text) : this.segments(i).slice();
    const wrapped = !afterNumber && segs[0]?.label && segs[0].lineStart ? this.wrappedReference(i) : undefined;
    if (wrapped === 'word' && startsSentence(segs[0].text)) {
      // "…directions issued by" / "(4) Any person…": a truncated line; the label counts if it continues a series.
      segs[0] = { ...segs[0], lineStart: false, sequel: true };
    } else if (wrapped) {
      segs[0] = { text: `${segs[0].label!.printed} ${segs[0].text}`.trim(), lineStart: false };
    }
    segs.forEach((seg, k) => {
      const newLine = k === 0 && !afterNumber;
      if (seg.label && this.offerLabel(seg, i, k)) {
        const node = this.deepest();
        if (this.pendingHeading) {
          node.heading = node.heading ?? this.pendingHeading.text;
          this.pendingHeading = undefined;
        }
        const split = node.text || node.children.length ? { text: seg.text } : splitLabelHeading(seg.text);
        if (split.heading && !node.heading) node.heading = split.heading;
        this.appendText(node, split.text, true);
        return;
      }
      this.flushPending();
      const printed = seg.label ? `${seg.label.printed} ${seg.text}`.trim() : seg.text;
      this.appendText(this.textTarget(), printed, newLine);
    });
  }

  /**
   * The labels that follow segment k of line i, in order, within the provision: for telling (i)
   * the letter from (i) the numeral, or I. the letter from I. the roman paragraph.
   */
  private *lookahead(i: number, k: number): Generator<Label> {
    for (const s of this.segments(i).slice(k + 1)) if (s.label && !s.sequel) yield s.label;
    for (let j = i + 1; j < this.lines.length && j < i + 40; j++) {
      const c = this.classes[j];
      if (c.type === 'blank' || c.type === 'heading') continue;
      if (c.type !== 'body') return;
      for (const s of this.segments(j)) if (s.label && !s.sequel) yield s.label;
    }
  }

  /** The readings among `mine` that the first upcoming label continuing any of them continues. */
  private resolveByNext<T extends { r: LabelReading }>(i: number, k: number, mine: T[]): T[] {
    let seen = 0;
    const open = this.frames[this.frames.length - 1]?.levels ?? [];
    for (const next of this.lookahead(i, k)) {
      const fits = mine.filter((o) => next.readings.some((nr) => followsInSeries(o.r, nr)));
      if (fits.length) return fits;
      // A label continuing a level already open ((2) after (1)(h)(i)) closes the list: look no further.
      if (next.readings.some((nr) => open.some((l) => followsInSeries(l.reading, nr)))) break;
      if (++seen >= 12) break;
    }
    return [];
  }

  private offerLabel(seg: Segment, i: number, k: number): boolean {
    const label = seg.label as Label;
    const inner = this.frames.length - 1;
    const amending = AMENDING_LEAD.test(seg.text.slice(0, 160));
    type Option = { f: number; k: number; r: LabelReading; mode: 'next' | 'child' | 'dup' };
    const options: Option[] = [];
    for (let f = inner; f >= 0; f--) {
      const fr = this.frames[f];
      for (let lv = fr.levels.length - 1; lv >= 0; lv--) {
        for (const r of label.readings) {
          const prev = fr.levels[lv].reading;
          if (followsInSeries(prev, r)) options.push({ f, k: lv, r, mode: 'next' });
          else if (lv === fr.levels.length - 1 && f === inner && seg.lineStart && sameReading(prev, r) && label.readings.length === 1) {
            options.push({ f, k: lv, r, mode: 'dup' });
          }
        }
      }
    }
    const fr = this.frames[inner];
    if (fr.annex) {
      // After "Penalty:" or an Explanation only the next subsection (or the section's first) is a label.
      const ownList = fr.annex.ownList;
      const kept = options.filter((o) => o.f < inner || (o.k === 0 && o.mode === 'next'));
      if (!ownList && !fr.levels.length && label.readings.some(isSeriesStart) && !seg.sequel) {
        kept.push(...label.readings.filter(isSeriesStart).map((r) => ({ f: inner, k: 0, r, mode: 'child' as const })));
      }
      if (!kept.length) return false;
      options.length = 0;
      options.push(...kept);
    }
    if (seg.sequel) {
      // An unpunctuated inline label counts only as the next item of a series open in this provision.
      const next = options.filter((o) => o.f === inner && o.mode === 'next');
      if (!next.length) return false;
      return this.apply(next.sort((a, b) => b.k - a.k)[0], label, i);
    }
    const deepestNode = this.deepest();
    const introduced = seg.lineStart && INSERTION_INTRO.test(deepestNode.text.slice(-300)) && !amending;
    if (fr.collapse === undefined && !fr.annex) {
      const onStack = new Set<LabelType>(fr.levels.map((l) => l.reading.type));
      const deepestType = fr.levels.length ? fr.levels[fr.levels.length - 1].reading.type : undefined;
      for (const r of label.readings) {
        const free = !onStack.has(r.type);
        // A series reused deeper down, printed on its own line: 2518(8)(d) → (1), (2), (3).
        const nestedReuse = seg.lineStart && isSeriesStart(r) && !free && r.type !== deepestType;
        if ((free && (isSeriesStart(r) || seg.lineStart)) || introduced || nestedReuse) {
          options.push({ f: inner, k: fr.levels.length, r, mode: 'child' });
        }
      }
    }
    if (!options.length) {
      // "(1) and the Authority…" after a page break: a cross-reference continued, not a restart.
      if (/^(?:and|or|of|to|shall|is|are|was|were|has|have|which|that|as|be)\b/.test(seg.text)) return false;
      // A list restarting inside the same parent: a definition with its own (a), (b)… The parent keeps it as text.
      for (const r of label.readings) {
        if (!isSeriesStart(r)) continue;
        const lv = fr.levels.findIndex((l) => l.reading.type === r.type);
        if (lv >= 0) {
          this.collapse(fr, lv - 1, i, label.printed);
          break;
        }
      }
      return false;
    }
    let choice: Option | undefined;
    if (introduced) choice = options.find((o) => o.mode === 'child');
    if (!choice && amending) {
      // An amending instruction continues the amending provision's own series, the outermost one,
      // never the quoted text it inserted: 19(1) → (1.1) quoted, then 19(2), not 19(1)(2).
      const outer = options.filter((o) => o.mode === 'next').sort((a, b) => a.f - b.f || a.k - b.k)[0];
      if (outer) choice = outer;
    }
    if (!choice) {
      const innermost = Math.max(...options.map((o) => o.f));
      const mine = options.filter((o) => o.f === innermost);
      const dup = mine.find((o) => o.mode === 'dup');
      if (dup) choice = dup;
      else if (mine.length === 1) choice = mine[0];
      else {
        const fits = this.resolveByNext(i, k, mine);
        choice = fits.length ? fits.sort((a, b) => b.k - a.k)[0] : mine.find((o) => o.mode === 'next') ?? mine[0];
      }
    }
    if (choice.mode === 'child') {
      // `"service provider" means— (a) …; (b) …; "traffic data" means …`: the list belongs to one
      // term of a definitions provision whose terms carry no labels; a child would swallow the next terms.
      const cf = this.frames[choice.f];
      const parent = choice.k === 0 ? cf.root : cf.levels[choice.k - 1].node;
      if (opensTermList(parent.text) && this.moreTermsFollow(i, k)) {
        cf.levels.length = choice.k;
        cf.collapse = choice.k - 1;
        this.warnings.push(`line ${i + 1}: ${label.printed} opens the list of one defined term in ${parent.citation}; kept as its text`);
        return false;
      }
    }
    return this.apply(choice, label, i);
  }

  /**
   * Whether another defined term follows the list opening at segment k of line i, before the
   * provision ends or a label continues a level already open: only then would the list's last
   * item swallow the terms after it (`… (d) uses it …; "asset" includes …`, `carriage service has
   * the meaning …` on the next line).
   */
  private moreTermsFollow(i: number, k: number): boolean {
    const open = this.frames[this.frames.length - 1]?.levels ?? [];
    const closes = (l: Label) => l.readings.some((r) => open.some((lv) => followsInSeries(lv.reading, r)));
    const visit = (segs: Segment[]): boolean | undefined => {
      for (const s of segs) {
        if (s.label && !s.sequel && closes(s.label)) return false;
        if (TERM_AHEAD.test(s.text)) return true;
      }
      return undefined;
    };
    const here = visit(this.segments(i).slice(k + 1));
    if (here !== undefined) return here;
    for (let j = i + 1; j < this.lines.length && j < i + 60; j++) {
      const c = this.classes[j];
      if (c.type === 'blank') continue;
      if (c.type !== 'body') return false;
      const r = visit(this.segments(j));
      if (r !== undefined) return r;
    }
    return false;
  }

  private apply(o: { f: number; k: number; r: LabelReading; mode: 'next' | 'child' | 'dup' }, label: Label, i: number): boolean {
    this.frames.length = o.f + 1;
    const fr = this.frames[o.f];
    fr.annex = undefined;
    if (o.mode === 'dup') {
      fr.levels.length = o.k + 1;
      // The label printed again stays in the text, so the second reading is not lost.
      this.appendText(fr.levels[o.k].node, label.printed, true);
      this.warnings.push(`line ${i + 1}: ${fr.levels[o.k].node.citation} is printed twice; the second text is kept with the first`);
      return true;
    }
    fr.levels.length = o.k;
    if (fr.collapse !== undefined && o.k <= fr.collapse + 1) fr.collapse = undefined;
    const parent = o.k === 0 ? fr.root : fr.levels[o.k - 1].node;
    const firstType = o.k === 0 ? o.r.type : fr.levels[0].reading.type;
    const kind = labelKind(o.k, firstType, label);
    const node = this.newNode(kind, `${parent.citation}(${label.core})`, label.printed, i);
    this.adopt(parent, node);
    fr.levels.push({ reading: o.r, node });
    return true;
  }

  /** Folds the children of the level's node back into its text, so a restarted list is not misfiled. */
  private collapse(fr: Frame, level: number, i: number, printed: string): void {
    const owner = level < 0 ? fr.root : fr.levels[level].node;
    const flat: string[] = [];
    for (const p of walkProvisions(owner.children)) flat.push([p.label, p.heading, p.text].filter(Boolean).join(' '));
    if (flat.length) owner.text = [owner.text, ...flat].filter(Boolean).join(' ');
    owner.children = [];
    fr.levels.length = level + 1;
    fr.collapse = level;
    this.warnings.push(
      `line ${i + 1}: ${printed} restarts a list inside ${owner.citation || 'a provision'}; its items are kept as text of ${owner.citation || 'it'}`,
    );
  }
}

/** Label types that number subsections: a Penalty line below their paragraphs belongs to them. */
const SUBSECTION_TYPES = new Set<LabelType>(['arabic', 'sign']);

/**
 * Text ending in a definition that opens a list, the term not being the provision's own label:
 * `In this Act— "access" means … either—`, `In this Part:⏎access to data means:`, or an unquoted
 * term after the bracketed equivalent closing the previous definition (`…; (fr) term term means`). A term printed
 * first (`(i) “act” includes—`, `the term "computer" means—`) is the provision's, and its list is real.
 */
function opensTermList(text: string): boolean {
  const m = /(?:["“‘][^"”’\n]{1,80}["”’]|(?<=^|\n|[;)]\s)\p{Ll}[^\n;:—–.()]{0,80}?)\s+(?:means|includes)\b[^\n.;"“”]{0,300}?[:—–-]?\s*$/u.exec(text.trimEnd());
  if (!m) return false;
  // Whether more terms follow the list (the builder looks ahead) decides; here only the shape.
  return !/^\s*(?:the\s+(?:term|terms|expression|word|phrase)s?\s*)?$/i.test(text.slice(0, m.index));
}

/**
 * A defined term starting in a text: `…; "asset" includes …`, `carriage service has the meaning …`,
 * also after the other language's term in brackets that closes each Canadian definition.
 */
const TERM_AHEAD =
  /(?:^|[;.]\s+(?:\([^()\n]{1,80}\)\s+)?|\bor\s+)(?:["“‘][^"”’]{1,80}["”’]|\p{Ll}[\p{L}\s'’-]{0,60}?)\s+(?:means|includes|has the (?:same )?meaning)\b(?![\s,]+(?:or|and|of|to)\b|\s*[.;)]|$)/u;


function sameReading(a: LabelReading, b: LabelReading): boolean {
  return a.type === b.type && a.value === b.value && a.insert === b.insert;
}

function labelKind(level: number, firstType: LabelType, label: Label): ProvisionKind {
  const civil = !label.printed.startsWith('(');
  const ladder: ProvisionKind[] =
    firstType === 'arabic' && !civil
      ? ['subsection', 'paragraph', 'subparagraph', 'item']
      : ['paragraph', 'subparagraph', 'item', 'item'];
  return ladder[Math.min(level, ladder.length - 1)];
}

/**
 * Depth, roles, trimmed text. Iterative: the
 * depth of the tree is the input's to choose.
 */
function finish(roots: Provision[], formal: Set<Provision>): void {
  const stack: { p: Provision; depth: number; parentRole: Provision['role'] | undefined }[] = [];
  for (let k = roots.length - 1; k >= 0; k--) stack.push({ p: roots[k], depth: 0, parentRole: undefined });
  while (stack.length) {
    const { p, depth, parentRole } = stack.pop()!;
    p.depth = depth;
    p.text = p.text.trim();
    p.role = formal.has(p) ? 'formal' : detectRole(p.heading, p.text, parentRole);
    for (let k = p.children.length - 1; k >= 0; k--) stack.push({ p: p.children[k], depth: depth + 1, parentRole: p.role });
  }
}

function duplicateWarnings(ps: Provision[]): string[] {
  const count = new Map<string, number>();
  for (const p of walkProvisions(ps)) if (p.citation) count.set(p.citation, (count.get(p.citation) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([c, n]) => `citation ${c} occurs ${n} times`);
}
