/**
 * Decides a file's format from its bytes. The file name only breaks ties and sharpens error
 * messages: a ".docx" that is not a zip is a broken DOCX, not a text file.
 */
import type { SourceFormat } from '../provision.model';
import { decodeText, normaliseText } from './text-decoding';

export type Sniffed =
  | { kind: SourceFormat }
  | { kind: 'zip' }
  | { kind: 'xml-other'; root: string }
  | { kind: 'binary'; what: string };

export const AKN_NAMESPACES = ['http://www.akomantoso.org/2.0', 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'];
export const USLM_NAMESPACE_PREFIX = 'http://schemas.gpo.gov/xml/uslm';

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

/** Well-known binary containers that are not statute formats we read. */
function binarySignature(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'a legacy Microsoft Office file (.doc/.xls)';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'a GIF image';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'a TIFF image';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'a gzip archive';
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) return 'a RAR archive';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return 'a 7-Zip archive';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'an RTF document';
  return null;
}

/** The first start tag after the prolog, comments and doctype. */
function rootStartTag(text: string): string | null {
  let s = text.trimStart();
  for (;;) {
    if (s.startsWith('<?')) s = s.slice(s.indexOf('?>') + 2).trimStart();
    else if (s.startsWith('<!--')) s = s.slice(s.indexOf('-->') + 3).trimStart();
    else if (/^<!DOCTYPE/i.test(s)) {
      const bracket = s.indexOf('[');
      const close = s.indexOf('>');
      s = (bracket >= 0 && bracket < close ? s.slice(s.indexOf(']>') + 2) : s.slice(close + 1)).trimStart();
    } else break;
    if (s.length === 0) return null;
  }
  const m = /^<([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(s);
  return m ? m[0] : null;
}

const HTML_TAGS = /^<(html|head|body|div|p|table|h[1-6]|section|article|main|span|center|blockquote|meta|title|link|ul|ol|br|pre|font|b|i)\b/i;

export function sniffFormat(bytes: Uint8Array): Sniffed {
  const pdfAt = Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-');
  if (pdfAt >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  const binary = binarySignature(bytes);
  if (binary) return { kind: 'binary', what: binary };

  const head = normaliseText(decodeText(bytes.subarray(0, 65536)).text);
  const lead = head.trimStart();
  if (!lead.startsWith('<')) return { kind: 'text' };
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+html/i.test(lead)) return { kind: 'html' };
  const root = rootStartTag(head);
  if (!root) return /<html\b|<body\b|<p\b/i.test(head) ? { kind: 'html' } : { kind: 'text' };
  const rootName = /^<([\w.:-]+)/.exec(root)![1];
  const localName = rootName.includes(':') ? rootName.slice(rootName.indexOf(':') + 1) : rootName;
  if (localName.toLowerCase() === 'html' || /xmlns(:\w+)?\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/.test(root)) return { kind: 'html' };
  const namespaces = [...root.matchAll(/xmlns(?::[\w.-]+)?\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]);
  if (namespaces.some((ns) => AKN_NAMESPACES.includes(ns)) || localName === 'akomaNtoso') return { kind: 'akn' };
  if (namespaces.some((ns) => ns.startsWith(USLM_NAMESPACE_PREFIX))) return { kind: 'uslm' };
  if (HTML_TAGS.test(root)) return { kind: 'html' };
  return { kind: 'xml-other', root: rootName };
}
