/**
 * Budgets for reading one uploaded statute, checked while it is read (never after): an input over
 * any of them fails with a typed error naming the limit and the file, before it can exhaust the
 * stack, memory or time. Sized well above the largest real law seen (a 4.5 MB Word penal code:
 * ~40 k paragraphs, nesting under 30; a 600-page code in PDF) and far below what takes a 2-core server down.
 */
import { DomainError } from '../../common/domain-error';

export interface ReadingLimits {
  /**
   * Element nesting depth of markup (HTML, XML, the XML inside a .docx). Above what browsers build
   * (Blink stops nesting at 512), so no page that displays is refused; far below where the
   * parser's own open-element stack gets slow.
   */
  maxDepth: number;
  /** Elements of an HTML or XML tree held in memory at once. */
  maxElements: number;
  /** Elements streamed through the .docx reader (it keeps no tree, so the budget is larger). */
  maxStreamedElements: number;
  /** Bytes an archive part (a .docx's document.xml) may unpack to. */
  maxExpandedBytes: number;
  /** Lines a reader may hand on to the numbering parser. */
  maxLines: number;
  /** Pages of a PDF (each is parsed for its text: a small file can declare thousands). */
  maxPages: number;
}

export const READING_LIMITS: Readonly<ReadingLimits> = Object.freeze({
  maxDepth: 1_000,
  maxElements: 500_000,
  maxStreamedElements: 4_000_000,
  maxExpandedBytes: 64 * 1024 * 1024,
  maxLines: 200_000,
  maxPages: 3_000,
});

/** Nesting beyond maxDepth: 422 TOO_DEEP. */
export function tooDeep(fileName: string, limits: ReadingLimits = READING_LIMITS): DomainError {
  return new DomainError(
    'TOO_DEEP',
    `${fileName}: the markup nests more than ${limits.maxDepth} elements deep (limit maxDepth); no statute needs that, and the file was not read further. ` +
      'Re-save it from its editor (unclosed tags are the usual cause) and upload again.',
    { fileName, limit: 'maxDepth', max: limits.maxDepth },
  );
}

/** Any size budget exceeded: 413 INPUT_TOO_LARGE. `what` says what was counted. */
export function inputTooLarge(fileName: string, limit: Exclude<keyof ReadingLimits, 'maxDepth'>, what: string, limits: ReadingLimits = READING_LIMITS): DomainError {
  return new DomainError(
    'INPUT_TOO_LARGE',
    `${fileName}: ${what} exceeds the reading budget (limit ${limit} = ${limits[limit]}); the file was not read further. ` +
      'Split the document (one act per upload) or upload a plain-text version.',
    { fileName, limit, max: limits[limit] },
  );
}
