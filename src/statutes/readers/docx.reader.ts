/**
 * DOCX: the paragraphs of word/document.xml in order, table cells paragraph by paragraph.
 * Deleted revisions, field codes and the alternative renderings of drawings are left out;
 * headers and footers live in other parts and are never read.
 */
import { DomainError } from '../../common/domain-error';
import type { SourceDocument } from '../provision.model';
import { finishLines } from './lines';
import { findElement, MarkupElement, MarkupNode, textOf } from './markup';
import { decodeText, normaliseText } from './text-decoding';
import { parseXml } from './xml-parser.adapter';
import { listZipEntries, readZipEntry, ZipEntry, ZipError } from './zip';

const SKIP = new Set(['delText', 'instrText', 'del', 'moveFrom', 'Choice', 'footnoteReference', 'endnoteReference', 'commentReference', 'rPr', 'pPr', 'sectPr', 'tblPr', 'trPr', 'tcPr', 'tblGrid', 'bookmarkStart', 'bookmarkEnd']);

function paragraphStyle(p: MarkupElement): string | undefined {
  const pPr = p.children.find((c): c is MarkupElement => c.kind === 'element' && c.name === 'pPr');
  const style = pPr && pPr.children.find((c): c is MarkupElement => c.kind === 'element' && c.name === 'pStyle');
  return style?.attrs['val'];
}

interface DocxLines {
  lines: string[];
  heading?: string;
}

export function documentXmlToLines(body: MarkupElement): DocxLines {
  const lines: string[] = [];
  let heading: string | undefined;
  let current = '';
  const flush = () => {
    if (current.trim()) lines.push(current);
    current = '';
  };
  const walk = (node: MarkupNode) => {
    if (node.kind === 'text') return; // text only counts inside <w:t>
    switch (node.name) {
      case 't':
        current += node.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
        return;
      case 'tab':
      case 'ptab':
        current += ' ';
        return;
      case 'br':
      case 'cr':
        if (node.attrs['type'] !== 'page' && node.attrs['type'] !== 'column') flush();
        else current += ' ';
        return;
      case 'noBreakHyphen':
        current += '-';
        return;
      case 'p': {
        flush();
        node.children.forEach(walk);
        const style = paragraphStyle(node) ?? '';
        if (!heading && /^(title|heading1|heading 1)$/i.test(style) && current.trim()) heading = current.trim();
        flush();
        return;
      }
      default:
        if (SKIP.has(node.name)) return;
        node.children.forEach(walk);
    }
  };
  walk(body);
  flush();
  return { lines, heading };
}

function malformed(fileName: string, why: string): DomainError {
  return new DomainError('MALFORMED_FILE', `${fileName}: the Word document cannot be read: ${why}. Open it in Word or LibreOffice, save it again as .docx, and upload that.`, {
    fileName,
  });
}

export function readDocx(bytes: Buffer, fileName: string): SourceDocument {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch (e) {
    throw malformed(fileName, (e as Error).message);
  }
  const main = entries.find((e) => e.name === 'word/document.xml');
  if (!main) {
    throw new DomainError(
      'UNSUPPORTED_FORMAT',
      `${fileName}: this is a zip archive but not a Word document (no word/document.xml). Accepted formats: plain text, HTML, PDF with a text layer, Word .docx, Akoma Ntoso XML and USLM XML.`,
      { fileName },
    );
  }
  let xml: string;
  try {
    xml = normaliseText(decodeText(readZipEntry(bytes, main)).text);
  } catch (e) {
    if (e instanceof ZipError) throw malformed(fileName, e.message);
    throw e;
  }
  const root = parseXml(xml, fileName);
  const body = findElement(root, (e) => e.name === 'body') ?? root;
  const { lines, heading } = documentXmlToLines(body);
  let title = heading;
  const core = entries.find((e) => e.name === 'docProps/core.xml');
  if (!title && core) {
    try {
      const coreRoot = parseXml(normaliseText(decodeText(readZipEntry(bytes, core)).text), fileName);
      const t = findElement(coreRoot, (e) => e.name === 'title');
      title = t ? textOf(t) || undefined : undefined;
    } catch {
      // a broken docProps part does not make the law unreadable
    }
  }
  const finished = finishLines(lines);
  return { format: 'docx', lines: finished, title: title ? finishLines([title])[0] : finished[0], encoding: 'utf-8' };
}
