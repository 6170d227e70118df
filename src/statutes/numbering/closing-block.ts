/**
 * The formal end of a law: the promulgation formula ("Publíquese y cúmplase", "Fait à …", "Given
 * under my hand"), the attestations and the signatures ("(Sgd.)", "El Presidente del Senado,"
 * over a name). None of it is law to be matched, so it becomes a division of its own with the
 * role 'formal' instead of trailing text of the last article (or sections with empty citations).
 *
 * Looked for only after the last numbered provision, and only from a line that opens with one
 * of these formulas (or a sentence of the last line that does), so the text of the last
 * provision stays where it is.
 */
import { isCapitalsHeading } from './line-shapes';
import type { LineClass } from './section-scanner';

export interface ClosingStart {
  /** 0-based line where the block starts. */
  line: number;
  /** Character where it starts on that line: 0, or a sentence inside the last provision's line. */
  column: number;
  /** First line after the block (a schedule or another structural line), or the end. */
  end: number;
}

/** Formulas that open a line of the closing block. */
const LINE_FORMULAS: RegExp[] = [
  /^\(\s*(?:Sgd|Sd|s[ée]|Fdo|Firmado)\.?\s*\)|^Sgd\./,
  /^This printed impression has been (?:carefully )?compared\b/,
  /^Par le Président de la République\b/,
  /^(?:POR TANTO|Por tanto):?$|^Mando (?:se publique|que se publique)\b/,
  /[.-]\s*R[úu]brica\.?$/,
  /^(?:Approved|Passed|Enacted|Assented to|Adopted|Sanctioned)\s*[,:]/,
  /^(?:Passed|Enacted|Adopted|Approved) (?:by|in) (?:the )?(?:National Assembly|Parliament|Senate|House|Congress|Assembly)\b/,
  /^(?:Given|Done) (?:at|in|under|this|on)\b|^(?:Made|Signed|Dated) (?:at|this)\b/,
  /^I (?:hereby )?certify\b/,
  /^(?:Publ[íi]quese|Comun[íi]quese|Prom[úu]lguese|C[úu]mplase|Reg[íi]strese|An[óo]tese|T[óo]mese raz[óo]n)\b/,
  /^Dad[ao] en\b/,
  /^Habi[ée]ndose cumplido con lo establecido\b/,
  /^Por tanto,? (?:prom[úu]lguese|ejec[úu]tese)/,
  /^Lo que transcribo\b/,
  /^Fait à\b/,
  /^Délibéré et adopté\b/,
  /^La présente loi sera exécutée comme loi de l\W?[ÉE]tat/,
];

/** Formulas strong enough to end the law in the middle of its last line: "… par décret. Fait à Dakar, le …". */
const SENTENCE_FORMULAS =
  /(?<=[.;!]\s+)(?:La présente loi sera exécutée comme loi de l\W?[ÉE]tat|Fait à \p{Lu}|Dad[ao] en \p{Lu}|Publ[íi]quese y c[úu]mplase|Comun[íi]quese y publ[íi]quese|Given under my hand|Done at \p{Lu})/u;

/** "El Presidente del honorable Senado de la República,", "The Speaker," — an office over a signature. */
const OFFICE_LINE =
  /^(?:El|La|The|Le|Les)\s+(?:Presidente|Presidenta|Vicepresidente|Vicepresidenta|Secretari[oa]|Ministr[oa]|Speaker|President|Vice-President|Secretary|Clerk|Minister|Chairman|Chairperson|Président|Premier [Mm]inistre|Ministre|Garde des [Ss]ceaux)\b[^.;:]{0,140},$/;
/** A person's name on a line of its own: "Hernán Andrade Serrano.", "JUAN DELA CRUZ". */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|las|los|y|da|dos|van|von|bin|al)){1,6}\.?$/u;

function nextNonBlank(lines: string[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]) return j;
  return undefined;
}

/** "The Minister may, after consulting the Board," is a sentence of the law, not an office over a signature. */
const SENTENCE_VERB = /\b(?:may|shall|must|is|are|will|has|have|podrá|deberá|es|será|son|est|sont|peut|doit)\b/;

function opensBlock(lines: string[], i: number): boolean {
  const line = lines[i];
  if (LINE_FORMULAS.some((re) => re.test(line))) return true;
  if (!OFFICE_LINE.test(line) || SENTENCE_VERB.test(line)) return false;
  const j = nextNonBlank(lines, i);
  return j !== undefined && NAME_LINE.test(lines[j]);
}

/**
 * Where the closing block starts, if the law has one: searched in the body lines after the last
 * section or article line, up to the first structural line (a schedule may follow the signatures).
 */
export function findClosingBlock(lines: string[], classes: LineClass[]): ClosingStart | undefined {
  let last = -1;
  for (let i = classes.length - 1; i >= 0; i--) {
    if (classes[i].type === 'section') {
      last = i;
      break;
    }
  }
  if (last < 0) return undefined;
  let end = lines.length;
  for (let j = last + 1; j < classes.length; j++) {
    const t = classes[j].type;
    if (t !== 'body' && t !== 'blank') {
      end = j;
      break;
    }
  }
  for (let i = last + 1; i < end; i++) {
    if (!lines[i] || classes[i].type !== 'body') continue;
    if (opensBlock(lines, i)) {
      // "REPUBLICA DE … - GOBIERNO NACIONAL" printed over the formula belongs to the block.
      let start = i;
      for (let j = i - 1; j > last; j--) {
        if (!lines[j]) continue;
        if (!isCapitalsHeading(lines[j])) break;
        start = j;
      }
      return { line: start, column: 0, end };
    }
    const m = SENTENCE_FORMULAS.exec(lines[i]);
    if (m) return { line: i, column: m.index, end };
  }
  return undefined;
}
