/** Plain text: one source line per output line, blank lines dropped. */
import type { SourceDocument } from '../provision.model';
import { finishLines } from './lines';
import { decodeText, normaliseText } from './text-decoding';

export function readText(bytes: Uint8Array): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  const lines = finishLines(normaliseText(text).split('\n'));
  return { format: 'text', lines, encoding, title: lines[0] };
}
