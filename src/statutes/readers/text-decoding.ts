import { TextDecoder } from 'util';
/**
 * Bytes → text, decided by the bytes themselves: a declared charset is only a hint, used when the
 * bytes are not valid UTF-8 (many pages declare windows-1252 but are really UTF-8).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | string;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const SAMPLE = 4096;

/** UTF-16 without BOM shows up as NULs in every other byte (for mostly-Latin text). */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), SAMPLE);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decoderFor(label: string | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/**
 * Decodes bytes: BOM first, then UTF-16 by NUL pattern, then strict UTF-8, then the declared
 * charset if any, then windows-1252 (which maps every byte, so it never fails).
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    if (isValidUtf8(rest)) return { text: new TextDecoder('utf-8').decode(rest), encoding: 'utf-8' };
    return { text: new TextDecoder('windows-1252').decode(rest), encoding: 'windows-1252' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const declared = decoderFor(declaredCharset);
  if (declared && declared.encoding !== 'utf-8' && !declared.encoding.startsWith('utf-16')) {
    return { text: declared.decode(bytes), encoding: declared.encoding };
  }
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/** NFC, LF line ends, no BOM character. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Share of characters that are control characters no text file holds (NUL, BEL, ESC, C1 controls, …). */
export function controlCharShare(text: string, sample = 8192): number {
  const s = text.slice(0, sample);
  if (!s.length) return 0;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) bad++;
  }
  return bad / s.length;
}
