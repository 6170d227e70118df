/**
 * Amending provisions printed as one flattened paragraph (an instruction that repeals a run of sections
 * and puts new ones in their place, the new sections quoted after it: "… the following— "163. … 163A.
 * Unlawful acquisition of data (1) …". The provisions quoted after the lead-in are law in their
 * own right, cited by their own numbers, so the line is cut where each of them starts and the cut
 * lines are marked as inserted text for the section scanner.
 *
 * Rules of drafting, not of any one law:
 * - A lead-in ("the following sections—", "the following is substituted—", "ainsi rédigé :",
 *   "del siguiente tenor:") followed by an opening quotation mark announces quoted text.
 * - When what follows is announced as sections, articles or a Part, or nothing is named, each
 *   provision number that starts a heading inside the quotation (`163. Hacking`, `"4A Functions`,
 *   `Art. 323-1. –`) opens an inserted provision, the first one within a short distance of the
 *   quotation mark, the next ones only when they follow it in sequence (163 → 163A).
 * - When it is announced as definitions, subsections or paragraphs of a section the lead-in names
 *   ("is amended in section 5 by the insertion … of the following subsection— "(4) …"), the quoted
 *   text is that section's: an inserted provision cited by the section's number, without a
 *   printed number of its own, so its subdivisions are cited `5(4)`.
 * - A quoted Schedule or Annex opens a schedule of its own.
 * - The quotation ends at a closing mark next to a full stop (`…this Act.".`).
 */
import { isNextSectionNumber, parseSectionNumber, SectionNumber } from './section-number';

export interface InlineInsertion {
  /** Index of the cut line in the returned lines. */
  line: number;
  /** For quoted text without a number of its own: the number of the section it is inserted into. */
  into?: string;
  /** A quoted schedule ("the following Schedule— "Schedule …"): its label. */
  schedule?: string;
}

export interface InlineSplit {
  lines: string[];
  /** For each returned line, the index of the line it was cut from. */
  origin: number[];
  insertions: InlineInsertion[];
}

/** Only paragraphs long enough to hold a whole inserted provision are looked at. */
const MIN_LINE = 200;

const LEAD_IN =
  /\b(?:the\s+following(?:\s+new)?(?:\s+(\p{L}+))?(?:\s+(?:is|are|shall\s+be)\s+(?:substituted|inserted|added))?|ainsi\s+rédigée?s?|suivante?s?|del\s+siguiente\s+tenor|(?:el|los|la|las)\s+siguientes?(?:\s+nuev[oa]s?)?(?:\s+(\p{L}+))?|como\s+sigue)\s*(?:[—–:-]|\s-)\s*(?:\[[^\]]{0,120}\]\s*)?(?=["“«])/giu;

/** A cheap test before the lead-in pattern: one of its words is on the line. */
const LEAD_IN_WORD = /following|rédigé|suivant|siguiente|como sigue/i;

/** What the lead-in announces: numbered provisions, or text of a section it names. */
const NUMBERED_NOUN = /^(?:sections?|articles?|art[ií]culos?|parts?|chapters?|chapitres?|cap[ií]tulos?|divisions?|titles?|t[ií]tulos?)$/i;
const TEXT_NOUN = /^(?:definitions?|subsections?|paragraphs?|sub-?paragraphs?|clauses?|words?|d[ée]finitions?|alinéas?|p[áa]rrafos?|incisos?|numerales?)$/i;

/** Nouns that name no kind of provision ("the following text—", "con el siguiente texto:"): the quotation decides. */
const GENERIC_NOUN = /^(?:is|are|shall|text|wording|provisions?|texto|tenor|redacci[óo]n|manera|forma|modo|contenido|disposiciones)$/i;
const SCHEDULE_NOUN = /^(?:schedule|annex|annexe|annexure|anexo|appendix)$/i;

/** "in section 162", "section 5 of the principal Act is amended", "à l'article 12": the section receiving the text. */
const TARGET_SECTION = /\b(?:in|into|to|of)\s+section\s+(\d{1,4}[A-Z]{0,3})\b(?!\s*\()|\bsection\s+(\d{1,4}[A-Z]{0,3})\s+(?:of\s+the\s+[\w\s]{1,60}?)?is\s+(?:hereby\s+)?amended\b|\b(?:à|dans)\s+l['’]article\s+(\d{1,4}(?:-\d{1,4})*)\b|\bal\s+art[íi]culo\s+(\d{1,4}(?:-\d{1,4})*)\b/i;

const NUM = String.raw`\d{1,4}(?:[.\-]\d{1,4}){0,3}(?:-?[A-Z]{1,3}(?![a-z]))?(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b)?`;
/** A provision number starting a heading: `163. Hacking`, `"4A Functions`, `Art. 323-1. – Le fait`, `Artículo 269A.- Acceso`. */
const PROVISION_START = new RegExp(
  String.raw`(?<=^|[\s"“«])(["“«]\s?)?((?:Art(?:[íi]culo|icle)?\.?|Section|Sec\.)\s*)?(${NUM})(?:\s?[°º])?(?:\.(?!\d)|\.?\s?[—–-](?=\s)|:)?\s+(?=[\p{Lu}«"“])`,
  'gu',
);
/** Words before a number that make it a reference: "section 13 to", "level 14", "Chapter 9". */
const REFERENCE_BEFORE = /\b(?:sections?|subsections?|articles?|art[ií]culos?|arts?\.|level|chapter|cap\.?|part|paragraphs?|schedule|of|to|and|or|under|et|y|de|du|la|le|no\.|number|act|law|loi|ley)\s*$/i;
/** The end of the quotation: a closing mark next to a full stop. */
const QUOTE_END = /(?:\.["”»]|["”»]\s?\.)(?=\s|$)/g;

/** How far after the quotation mark the first inserted number may start (a Part heading may come first). */
const FIRST_WITHIN = 240;

export function splitInlineInsertions(input: string[]): InlineSplit {
  const lines: string[] = [];
  const origin: number[] = [];
  const insertions: InlineInsertion[] = [];
  input.forEach((line, at) => {
    const cuts = line.length >= MIN_LINE && LEAD_IN_WORD.test(line) && /["“«]/.test(line) ? findCuts(line) : [];
    let from = 0;
    for (const cut of cuts) {
      if (cut.at <= from) continue;
      lines.push(line.slice(from, cut.at).trimEnd());
      origin.push(at);
      from = cut.at;
      const insertion: InlineInsertion = { line: lines.length };
      if (cut.into) insertion.into = cut.into;
      if (cut.schedule) insertion.schedule = cut.schedule;
      insertions.push(insertion);
    }
    lines.push(line.slice(from));
    origin.push(at);
  });
  return { lines, origin, insertions };
}

interface Cut {
  at: number;
  into?: string;
  schedule?: string;
}

function findCuts(line: string): Cut[] {
  const cuts: Cut[] = [];
  LEAD_IN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let resumeAt = 0;
  while ((m = LEAD_IN.exec(line))) {
    if (m.index < resumeAt) continue;
    const quoteAt = m.index + m[0].length;
    const noun = m[1] ?? m[2];
    const end = quoteEnd(line, quoteAt);
    resumeAt = end;
    const quoted = line.slice(quoteAt, end);
    if (noun && SCHEDULE_NOUN.test(noun)) {
      // A schedule quoted whole: it is the other law's schedule, not text of the provision before it.
      cuts.push({ at: quoteAt, schedule: noun.charAt(0).toUpperCase() + noun.slice(1).toLowerCase() });
      continue;
    }
    if (noun && TEXT_NOUN.test(noun)) {
      const instruction = line.slice(Math.max(0, instructionStart(line, m.index)), m.index);
      const t = TARGET_SECTION.exec(instruction);
      const into = t && (t[1] ?? t[2] ?? t[3] ?? t[4]);
      if (into) cuts.push({ at: quoteAt, into });
      continue;
    }
    if (noun && !NUMBERED_NOUN.test(noun) && !GENERIC_NOUN.test(noun)) continue;
    cuts.push(...numberedStarts(quoted).map((k) => ({ at: quoteAt + k })));
  }
  return cuts;
}

/**
 * Where the quotation opened at `from` ends (exclusive): its closing mark, or the next amending
 * instruction when the mark was lost ("… (2) The principal Act is amended …"), or the end of the line.
 */
function quoteEnd(line: string, from: number): number {
  QUOTE_END.lastIndex = from + 1;
  const e = QUOTE_END.exec(line);
  const close = e ? e.index + e[0].length : line.length;
  NEXT_INSTRUCTION.lastIndex = from + 1;
  const n = NEXT_INSTRUCTION.exec(line);
  return n && n.index < close ? n.index : close;
}

/** A subdivision of the amending provision that amends again: the quoted text ended before it. */
const NEXT_INSTRUCTION =
  /\(\d{1,3}[A-Z]?\)\s+(?=[^.;]{0,120}?\b(?:(?:is|are)\s+(?:hereby\s+|further\s+)?(?:amended|repealed|replaced)|(?:est|sont)\s+(?:modifiée?s?|abrogée?s?|remplacée?s?)|se\s+(?:modifica|sustituye|deroga))\b)/g;

/** Start of the amending sentence holding a lead-in: after the last full stop or subsection label before it. */
function instructionStart(line: string, before: number): number {
  const head = line.slice(0, before);
  let stop = head.lastIndexOf('. ');
  for (const m of head.matchAll(/\(\d{1,3}[A-Z]?\)\s+(?=\p{Lu})/gu)) stop = Math.max(stop, m.index ?? 0);
  return Math.max(0, stop);
}

/** Offsets inside the quoted text where inserted provisions start, in sequence. */
function numberedStarts(quoted: string): number[] {
  const out: number[] = [];
  let last: SectionNumber | undefined;
  PROVISION_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROVISION_START.exec(quoted))) {
    const n = parseSectionNumber(m[3]);
    if (!n) continue;
    const before = quoted.slice(Math.max(0, m.index - 30), m.index);
    if (!m[1] && REFERENCE_BEFORE.test(before)) continue;
    const dotted = /[.:—–-]\s*$/.test(m[0]) || !!m[2];
    if (!last) {
      if (m.index > FIRST_WITHIN) break;
      // A bare number right after the quotation mark, or a dotted one after a heading ("PART I - … devices 163. Hacking").
      if (!dotted && !m[1] && m.index > 2) continue;
    } else {
      if (!isNextSectionNumber(last, n) || n.citation === last.citation) continue;
      if (!dotted && !m[1] && !/[.;:]\s*$|["”]\s*$/.test(before)) continue;
    }
    out.push(m.index);
    last = n;
  }
  return out;
}
