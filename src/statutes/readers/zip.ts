/**
 * Reads entries out of a zip archive (DOCX is one) with Node's own zlib: the central directory
 * names the entries, each is stored or deflated. No third-party code needed for this much.
 */
import { inflateRawSync } from 'zlib';

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An entry that would unpack to more than the caller's budget (zip bombs): never inflated past it. */
export class ZipTooLargeError extends ZipError {}

export function listZipEntries(buf: Buffer): ZipEntry[] {
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  const from = Math.max(0, buf.length - 22 - 65535);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end-of-central-directory record (the archive is truncated or not a zip)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('central directory is damaged');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipError(`local header of ${entry.name} is damaged`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipError(`${entry.name} is cut short (the archive is truncated)`);
  // The declared size may lie; maxOutputLength stops inflating at the budget whatever it says.
  if (entry.size > maxBytes) throw new ZipTooLargeError(`${entry.name} would unpack to ${entry.size} bytes`);
  const data = buf.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipTooLargeError(`${entry.name} holds ${data.length} bytes`);
    return Buffer.from(data);
  }
  if (entry.method === 8) {
    try {
      return inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
        throw new ZipTooLargeError(`${entry.name} unpacks to more than ${maxBytes} bytes`);
      }
      throw new ZipError(`${entry.name} cannot be decompressed (${(e as Error).message})`);
    }
  }
  throw new ZipError(`${entry.name} uses compression method ${entry.method}, which is not supported`);
}
