/**
 * Statute readers: bytes of a law in any supported format → its lines of text in reading order.
 * The format is decided by content (magic bytes, XML namespaces, markup), never by the name alone.
 *
 * The lines, whatever the format (the plain-text corpus shape):
 * - one heading or numbered block per line; no empty lines; whitespace collapsed; NFC; chrome,
 *   running heads, page numbers and printed tables of contents removed;
 * - a lone label is joined to the text after it: "(a) text", "1. text", "3° text", "1º text";
 * - sections: "12. Heading" on its own line, then the text ("(1) …", "(a) …", definitions
 *   "\"term\" means …" each on a line); a section without heading: "12. text…";
 * - AKN divisions and articles: "Part 1 – Heading", "Chapter I – Heading", "Article 4 – Heading"
 *   (en dash; the number's own word is kept when it has one: "PART I – Heading");
 * - USLM and HTML keep numbers as printed: "SEC. 101. HEADING.", "(a) Heading.—text", "TITLE I—HEADING",
 *   "Section 1. Title. — text", "CHAPTER I" then "PRELIMINARY PROVISIONS";
 * - PDF marginal notes become the heading: "12. Unauthorised access" then "(1) A person …".
 */
import { DomainError } from '../../common/domain-error';
import type { SourceDocument } from '../provision.model';
import { readAkn } from './akn.reader';
import { readDocx } from './docx.reader';
import { readHtml } from './html.reader';
import { readPdf } from './pdf.reader';
import { sniffFormat } from './sniff';
import { truncationWarnings } from './damage';
import { controlCharShare, decodeText, normaliseText } from './text-decoding';
import { readText } from './text.reader';
import { readUslm } from './uslm.reader';
import { hasEntityDeclarations, assertSafeXml } from './xml-parser.adapter';

export const ACCEPTED_FORMATS =
  'plain text (UTF-8, UTF-16 or Windows-1252), HTML, PDF with a text layer, Word .docx, Akoma Ntoso XML (2.0 or 3.0) and USLM XML';

function unsupported(fileName: string, what: string): DomainError {
  return new DomainError('UNSUPPORTED_FORMAT', `${fileName}: ${what}. Accepted formats: ${ACCEPTED_FORMATS}. Convert the file to one of these and upload again.`, {
    fileName,
  });
}

function extension(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

export async function readSource(bytes: Buffer, fileName = 'upload'): Promise<SourceDocument> {
  const doc = await readAnyFormat(bytes, fileName);
  const warnings = [...(doc.warnings ?? []), ...truncationWarnings(doc.lines)];
  return { ...doc, warnings };
}

async function readAnyFormat(bytes: Buffer, fileName: string): Promise<SourceDocument> {
  if (!bytes || bytes.length === 0) {
    throw new DomainError('EMPTY_FILE', `${fileName}: the file is empty (0 bytes). Upload the statute's text.`, { fileName });
  }
  const sniffed = sniffFormat(bytes);
  const ext = extension(fileName);
  if (ext === 'docx' && sniffed.kind !== 'zip') {
    throw new DomainError(
      'MALFORMED_FILE',
      `${fileName}: named .docx but it is not a Word document (a .docx is a zip archive; this file does not start like one). Re-save it from Word or LibreOffice as .docx, or upload it under its real format.`,
      { fileName },
    );
  }
  if (ext === 'pdf' && sniffed.kind !== 'pdf') {
    throw new DomainError(
      'MALFORMED_FILE',
      `${fileName}: named .pdf but it does not start with a PDF header (%PDF-). Download or export the PDF again, or upload it under its real format.`,
      { fileName },
    );
  }
  switch (sniffed.kind) {
    case 'pdf':
      return readPdf(bytes, fileName);
    case 'zip':
      return nonEmpty(readDocx(bytes, fileName), fileName);
    case 'binary':
      throw unsupported(fileName, `this is ${sniffed.what}, not a statute text format`);
    default:
      break;
  }
  const { text } = decodeText(bytes);
  if (!text.trim()) {
    throw new DomainError('EMPTY_FILE', `${fileName}: the file holds only blank space. Upload the statute's text.`, { fileName });
  }
  if (controlCharShare(text) > 0.01) {
    throw unsupported(fileName, 'the bytes are binary data, not text in a known encoding, and no supported file signature was found');
  }
  if (hasEntityDeclarations(text)) assertSafeXml(text, fileName);
  switch (sniffed.kind) {
    case 'akn':
      return readAkn(normaliseText(text), fileName);
    case 'uslm':
      return readUslm(normaliseText(text), fileName);
    case 'html':
      return nonEmpty(readHtml(bytes, fileName), fileName);
    case 'xml-other':
      throw unsupported(fileName, `this is XML with root <${sniffed.root}>, which is neither Akoma Ntoso nor USLM`);
    default:
      return nonEmpty(readText(bytes, fileName), fileName);
  }
}

function nonEmpty(doc: SourceDocument, fileName: string): SourceDocument {
  if (!doc.lines.length) {
    throw new DomainError('EMPTY_FILE', `${fileName}: the ${doc.format} file holds no text once markup is removed. Upload the statute's text.`, { fileName });
  }
  return doc;
}

export type { SourceDocument } from '../provision.model';
