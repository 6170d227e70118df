/**
 * Helpers for specs that parse the real statutes of ../shared/corpus/statutes at run time.
 * Nothing from the corpus is stored in the repository: the files are read where they are, and
 * the specs skip with a message when the shared folder is absent.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseStatute } from '../../src/statutes/numbering';
import { ParsedStatute, Provision, walkProvisions } from '../../src/statutes/provision.model';

export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const STATUTES_DIR = path.join(SHARED, 'corpus', 'statutes');
export const GOLD_DIR = path.join(SHARED, 'gold');

export const corpusPresent = fs.existsSync(STATUTES_DIR);
if (!corpusPresent) {
  // eslint-disable-next-line no-console
  console.log(`Corpus specs skipped: ${STATUTES_DIR} not found`);
}
export const describeIfCorpus = corpusPresent ? describe : describe.skip;

export function readStatuteLines(fileName: string): string[] {
  return fs.readFileSync(path.join(STATUTES_DIR, fileName), 'utf8').split('\n');
}

const cache = new Map<string, ParsedStatute>();

export function parseCorpusFile(fileName: string): ParsedStatute {
  let st = cache.get(fileName);
  if (!st) {
    st = parseStatute({ format: 'text', lines: readStatuteLines(fileName) }, { fileName });
    cache.set(fileName, st);
  }
  return st;
}

/** Sections and articles that are not inside another section (containers are looked through). */
export function topLevelSections(ps: Provision[], out: Provision[] = []): Provision[] {
  for (const p of ps) {
    if (p.kind === 'section' || p.kind === 'article') out.push(p);
    else topLevelSections(p.children, out);
  }
  return out;
}

export function byCitation(st: ParsedStatute): Map<string, Provision> {
  const map = new Map<string, Provision>();
  for (const p of walkProvisions(st.provisions)) if (p.citation && !map.has(p.citation)) map.set(p.citation, p);
  return map;
}

export function citations(st: ParsedStatute): string[] {
  return [...walkProvisions(st.provisions)].map((p) => p.citation).filter(Boolean);
}

/** "1".."n" as strings. */
export function range(from: number, to: number, prefix = ''): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${prefix}${n}`);
  return out;
}

/**
 * Gold citations compare by the product's own rule (lower case, no spaces, no leading
 * Section/Article/§, no degree signs: `3(1°)` is item 1° of article 3, cited `3(1)`), so the
 * check cannot pass on a citation the matcher would not find.
 */
export { normaliseCitation } from '../../src/statutes/citation';

const words = (s: string): string[] => s.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];

/**
 * Words of the source that appear nowhere in the tree (title, labels, headings, texts), with
 * their counts. The keywords Section/Article are dropped on purpose (citations omit them).
 */
export function lostWords(fileName: string, st: ParsedStatute): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of words(readStatuteLines(fileName).join('\n'))) bag.set(w, (bag.get(w) ?? 0) + 1);
  const out = [...words(st.title)];
  for (const p of walkProvisions(st.provisions)) out.push(...words(p.label), ...words(p.heading ?? ''), ...words(p.text));
  for (const w of out) bag.set(w, (bag.get(w) ?? 0) - 1);
  const lost = new Map<string, number>();
  for (const [w, n] of bag) if (n > 0 && !/^(?:section|sec|article|art|artículo|articulo)$/.test(w)) lost.set(w, n);
  return lost;
}
