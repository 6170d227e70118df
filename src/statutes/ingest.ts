import { DomainError } from '../common/domain-error';
import { isMatchingLanguage, MATCHING_LANGUAGES } from '../common/language';
import { detectLanguage } from './language';
import { parseStatute } from './numbering';
import { ParsedStatute, walkProvisions } from './provision.model';
import { readSource } from './readers';

export interface IngestOptions {
  /** Declared language (en, fr, es, …); detected from the text when absent. */
  language?: string;
}

/**
 * Ingest: bytes of a statute in any supported format → its provision tree.
 * A file that yields no provisions is an error, never an empty success.
 */
export async function ingestStatute(bytes: Buffer, fileName: string, options: IngestOptions = {}): Promise<ParsedStatute> {
  const doc = await readSource(bytes, fileName);
  const parsed = parseStatute(doc, { language: options.language, fileName });
  // What the reader saw of damage comes first: it qualifies everything parsed from the file.
  parsed.warnings.unshift(...(doc.warnings ?? []).map((w) => `${fileName}: ${w}`));
  const count = countProvisions(parsed);
  if (count === 0) {
    throw new DomainError(
      'NO_PROVISIONS_FOUND',
      `${fileName}: read ${doc.lines.length} lines of ${doc.format} but found no numbered sections or articles in them. ` +
        'Check that the file holds the statute text itself (not a cover page or metadata) with its section numbers.',
      { fileName, format: doc.format, lines: doc.lines.length },
    );
  }
  const declared = options.language ?? doc.declaredLanguage;
  if (declared) {
    // kept as declared (the user or the file knows best), but a text that reads as another language is
    // most often a wrong flag, and it would be matched against the wrong lexicon
    const detected = detectLanguage(doc.lines.slice(0, 400).join('\n'));
    if (detected !== 'und' && detected !== declared) {
      parsed.warnings.push(
        `${fileName}: declared language '${declared}' but the text reads as '${detected}'; kept as declared ` +
          `(re-import with the right language, or without one to have it detected).`,
      );
    }
  }
  if (!isMatchingLanguage(parsed.language)) {
    // stored and browsable, but the matcher has no lexicon for it: say so at import, not at analysis
    parsed.warnings.push(
      `${fileName}: language '${parsed.language}' is not supported for matching (supported: ${MATCHING_LANGUAGES.join(', ')}); ` +
        'its provisions are stored, but analyses will mark the Convention articles not assessed for it.',
    );
  }
  return parsed;
}

export function countProvisions(parsed: ParsedStatute): number {
  let n = 0;
  for (const _ of walkProvisions(parsed.provisions)) n++;
  return n;
}

/** The year in a statute's title ("… Act 2018", "Ley 1273 de 2009"), if any. */
export function yearFromTitle(title: string): number | null {
  const years = [...title.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? years[years.length - 1] : null;
}
