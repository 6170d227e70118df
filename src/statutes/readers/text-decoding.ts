import { TextDecoder } from 'util';
/**
 * Bytes → text, decided by the bytes themselves: a declared charset is only a hint, used when the
 * bytes are not valid UTF-8 (many pages declare windows-1252 but are really UTF-8).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | string;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Single bytes of an otherwise UTF-8 file that are not UTF-8, each read as windows-1252. */
  strayBytes?: number;
  /** The bytes end inside a UTF-8 character: the file was cut short. */
  endsInsideCharacter?: boolean;
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

/** windows-1252 bytes 0x80–0x9F (Node's TextDecoder decodes this label as ISO-8859-1, losing them). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Only a cut end, or more valid multi-byte characters than bad bytes: UTF-8 with a few foreign bytes. */
function mostlyUtf8(scan: Utf8Scan): boolean {
  return scan.invalid === 0 || scan.multibyte > scan.invalid;
}

/** Length of the valid UTF-8 multi-byte sequence starting at i (lead byte ≥ 0x80), 0 if there is none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** A lead byte followed only by continuation bytes up to the end: a character cut in two. */
function cutCharacterAt(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i];
  const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!need || i + need <= bytes.length) return false;
  for (let k = i + 1; k < bytes.length; k++) if (bytes[k] < 0x80 || bytes[k] > 0xbf) return false;
  return true;
}

interface Utf8Scan {
  multibyte: number;
  invalid: number;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n) {
      multibyte++;
      i += n;
    } else if (cutCharacterAt(bytes, i)) {
      break; // a cut end is damage, not a sign of another encoding
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/**
 * UTF-8 with stray bytes (a Latin-1 "é" pasted into a UTF-8 file): every valid sequence read as
 * UTF-8, each stray byte alone as windows-1252, so neither the file's UTF-8 nor the stray
 * character is lost. A character cut by the end of the file is dropped and reported.
 */
export function decodeUtf8WithStrayBytes(bytes: Uint8Array): DecodedText {
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  let stray = 0;
  let runStart = 0;
  let endsInsideCharacter = false;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n) {
      i += n;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(runStart, i)));
    if (cutCharacterAt(bytes, i)) {
      endsInsideCharacter = true;
      runStart = bytes.length;
      break;
    }
    parts.push(decodeWindows1252(bytes.subarray(i, i + 1)));
    stray++;
    runStart = ++i;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), encoding: 'utf-8', strayBytes: stray, endsInsideCharacter };
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
 * Decodes bytes: BOM first, then UTF-16 by NUL pattern, then strict UTF-8, then UTF-8 with stray
 * bytes, then the declared charset if any, then windows-1252 (which maps every byte, so it never fails).
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    if (isValidUtf8(rest)) return { text: new TextDecoder('utf-8').decode(rest), encoding: 'utf-8' };
    if (mostlyUtf8(scanUtf8(rest))) return decodeUtf8WithStrayBytes(rest);
    return { text: decodeWindows1252(rest), encoding: 'windows-1252' };
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
  // Mostly UTF-8 (more valid multi-byte characters than bad bytes): only the bad bytes are foreign.
  // A Latin-1 file has (almost) no valid UTF-8 sequences and is read whole as windows-1252.
  if (mostlyUtf8(scanUtf8(bytes))) return decodeUtf8WithStrayBytes(bytes);
  const declared = decoderFor(declaredCharset);
  if (declared && declared.encoding !== 'utf-8' && !declared.encoding.startsWith('utf-16') && declared.encoding !== 'windows-1252') {
    return { text: declared.decode(bytes), encoding: declared.encoding };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
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

/** NUL characters removed (damage from a bad copy or conversion: no statute text holds them). */
export function removeNuls(text: string): { text: string; removed: number } {
  if (!text.includes('\u0000')) return { text, removed: 0 };
  const clean = text.replace(/\u0000/g, '');
  return { text: clean, removed: text.length - clean.length };
}
