/** Plain text: one source line per output line, blank lines dropped. */
import type { SourceDocument } from '../provision.model';
import { decodingWarnings } from './damage';
import { finishLines } from './lines';
import { chooseTitle } from './title';
import { decodeText, normaliseText, removeNuls } from './text-decoding';

export function readText(bytes: Uint8Array, fileName = 'upload'): SourceDocument {
  const decoded = decodeText(bytes);
  const { text, removed } = removeNuls(decoded.text);
  const lines = finishLines(normaliseText(text).split('\n'), fileName);
  return { format: 'text', lines, encoding: decoded.encoding, title: chooseTitle(lines, 15) ?? lines[0], warnings: decodingWarnings(decoded, removed) };
}
