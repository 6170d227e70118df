/**
 * A statute parsed into its provisions. Plain data: readers and the numbering parser produce it,
 * the matcher consumes it, the database stores it.
 */
export type ProvisionKind =
  | 'part'
  | 'chapter'
  | 'title'
  | 'division'
  | 'section'
  | 'article'
  | 'subsection'
  | 'paragraph'
  | 'subparagraph'
  | 'item'
  | 'schedule';

/**
 * What a provision does, when recognisable: used by the matcher and the reports. 'formal' marks
 * the parts of a law that enact nothing: the preamble before the first provision (enacting
 * formula, long title) and the closing block (promulgation formula, signatures).
 */
export type ProvisionRole = 'definitions' | 'penalty' | 'amending' | 'repealed' | 'normative' | 'formal';

export interface Provision {
  /** Number path as the statute prints it, without Section/Article/§: `4(a)(1)`, `323-1`, `269A`. Empty for unnumbered parts. */
  citation: string;
  /** The label as printed at this level: `4`, `(a)`, `Part II`. */
  label: string;
  kind: ProvisionKind;
  depth: number;
  heading?: string;
  /** The provision's own words, without its children's. */
  text: string;
  role: ProvisionRole;
  /** 1-based line of the provision's start in the reader's output, for error messages and evidence. */
  line: number;
  children: Provision[];
}

export interface ParsedStatute {
  title: string;
  /** ISO 639-1 code detected or declared; matching supports en, fr, es. */
  language: string;
  format: SourceFormat;
  provisions: Provision[];
  warnings: string[];
  /**
   * Signs of a visibly damaged source (numbering/damage.ts): a provision cut mid-sentence, a gap in
   * the law's numbering, a quotation never closed. `citation` names the provision touched (for a
   * gap, the first number missing); the articles relying on it cannot be assessed from this text.
   */
  damage?: SourceDamage[];
}

export interface SourceDamage {
  citation?: string;
  kind: 'truncated' | 'numbering-gap' | 'open-quotation';
  reason: string;
}

export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx' | 'akn' | 'uslm';

/** What every reader returns: the law as lines of text in reading order, chrome removed. */
export interface SourceDocument {
  format: SourceFormat;
  /** Title when the format carries one (HTML <title>, AKN FRBR name, DOCX first heading). */
  title?: string;
  lines: string[];
  /** Encoding the bytes were read in, for text formats. */
  encoding?: string;
  /** Language declared by the file itself (AKN FRBRlanguage, html lang), if any. */
  declaredLanguage?: string;
  /** Damage seen while reading (NUL bytes, stray bytes, a cut end): the import returns them. */
  warnings?: string[];
}

/** Walks a provision tree in document order, without recursion (the depth is the input's). */
export function* walkProvisions(provisions: Provision[]): Generator<Provision> {
  const stack: Provision[] = [];
  for (let k = provisions.length - 1; k >= 0; k--) stack.push(provisions[k]);
  while (stack.length) {
    const p = stack.pop()!;
    yield p;
    for (let k = p.children.length - 1; k >= 0; k--) stack.push(p.children[k]);
  }
}
