/** Plain text: one source line per output line, blank lines dropped. */
import type { SourceDocument } from '../provision.model';
import { finishLines } from './lines';
import { decodeText, normaliseText } from './text-decoding';

export function readText(bytes: Uint8Array, fileName = 'upload'): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  const lines = finishLines(normaliseText(text).split('\n'), fileName);
  return { format: 'text', lines, encoding, title: lines[0] };
}
