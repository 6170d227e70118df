/**
 * Signs that a source is damaged, returned with the reader's lines as warnings so that an import
 * never stores a cut or corrupted law as complete without a word (and the analysis can say "not
 * assessed" where it matters). Each warning starts with a stable phrase callers may match on.
 */
import type { DecodedText } from './text-decoding';

export const DAMAGE = {
  nulRemoved: 'NUL bytes removed',
  strayBytes: 'stray non-UTF-8 bytes read as windows-1252',
  cutCharacter: 'file ends inside a character (truncated?)',
  endsMidSentence: 'text ends mid-sentence (truncated?)',
} as const;

export function decodingWarnings(decoded: DecodedText, nulsRemoved: number): string[] {
  const out: string[] = [];
  if (nulsRemoved) out.push(`${DAMAGE.nulRemoved} (${nulsRemoved}): the copy is damaged; words may be missing where they were.`);
  if (decoded.strayBytes) out.push(`${DAMAGE.strayBytes} (${decoded.strayBytes}): check the characters around them.`);
  if (decoded.endsInsideCharacter) out.push(`${DAMAGE.cutCharacter}: the last bytes are half a UTF-8 character.`);
  return out;
}

/** Ends like a finished text: a full stop, closing bracket or quote, a colon before a list, … */
const FINISHED_END = /[.;:!?)\]}"'”’»…*]$/;
/** The last word starts in lower case, or the line stops on a comma or dash: cut inside a sentence. */
const OPEN_END = /(?:\s\p{Ll}[\p{L}\p{M}'’-]*|[,–—-])$/u;

/**
 * A last line of running prose that stops inside a sentence ("… any Commission establ"). Closing
 * blocks (signatures, dates, "President of …") are short or capitalised and do not count, nor is
 * a site's link bar ("Contact us Visit our Facebook page"): most of its words are capitalised,
 * where legal prose has few.
 */
export function endsMidSentence(lines: string[]): boolean {
  const last = lines[lines.length - 1];
  if (!last || last.length < 60 || last.split(/\s+/).length < 8) return false;
  if (FINISHED_END.test(last) || !OPEN_END.test(last)) return false;
  const fragment = last.split(/[.;:!?]\s/).pop()!.split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(-12);
  const capitalised = fragment.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  return capitalised < fragment.length / 3;
}

export function truncationWarnings(lines: string[]): string[] {
  if (!endsMidSentence(lines)) return [];
  const tail = lines[lines.length - 1].slice(-50);
  return [`${DAMAGE.endsMidSentence}: the last line ends "…${tail}"; the last provision may be incomplete.`];
}
