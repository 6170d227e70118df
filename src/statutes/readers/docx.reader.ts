/**
 * DOCX: the paragraphs of word/document.xml in order, table cells paragraph by paragraph.
 * Deleted revisions, field codes and the alternative renderings of drawings are left out;
 * headers and footers live in other parts and are never read.
 */
import { DomainError } from '../../common/domain-error';
import type { SourceDocument } from '../provision.model';
import { finishLines } from './lines';
import { findTitle, isTitleLine } from './title';
import { inputTooLarge, READING_LIMITS, ReadingLimits } from '../limits/reading-limits';
import { streamMarkup } from './html-parser.adapter';
import { findElement, textOf } from './markup';
import { decodeText, normaliseText } from './text-decoding';
import { assertSafeXml, parseXml } from './xml-parser.adapter';
import { listZipEntries, readZipEntry, ZipEntry, ZipError, ZipTooLargeError } from './zip';

const SKIP = new Set(['delText', 'instrText', 'del', 'moveFrom', 'Choice', 'footnoteReference', 'endnoteReference', 'commentReference', 'rPr', 'pPr', 'sectPr', 'tblPr', 'trPr', 'tcPr', 'tblGrid', 'bookmarkStart', 'bookmarkEnd']);

interface DocxLines {
  lines: string[];
  heading?: string;
}

const local = (qname: string) => (qname.includes(':') ? qname.slice(qname.indexOf(':') + 1) : qname);
const attr = (attrs: Record<string, string>, name: string) => {
  for (const [k, v] of Object.entries(attrs)) if (local(k) === name) return v;
  return undefined;
};

/**
 * word/document.xml → lines, streamed: no tree is built (a Word file can hold millions of tiny
 * elements), one pass over the parser's events with the open elements on an explicit stack.
 * Depth, element and line budgets are checked as the events come.
 */
export function documentXmlToLines(xml: string, fileName: string, limits: ReadingLimits = READING_LIMITS): DocxLines {
  const lines: string[] = [];
  let heading: string | undefined;
  let current = '';
  const flush = () => {
    if (current.trim()) {
      if (lines.length >= limits.maxLines) throw inputTooLarge(fileName, 'maxLines', `the number of paragraphs (more than ${limits.maxLines})`, limits);
      lines.push(current);
    }
    current = '';
  };
  const open: string[] = []; // local names of the open elements
  const styles: Array<string | undefined> = []; // one per open <w:p>
  let skipping = 0; // depth at which a skipped subtree began; 0 when not skipping
  streamMarkup(
    xml,
    { xml: true, fileName, limits, elementBudget: 'maxStreamedElements' },
    {
      open(qname, attrs) {
        const name = local(qname);
        const parent = open[open.length - 1];
        open.push(name);
        if (skipping) return;
        if (name === 'pStyle' && parent === 'pPr' && open[open.length - 3] === 'p' && styles.length) {
          styles[styles.length - 1] = attr(attrs, 'val');
          return;
        }
        if (SKIP.has(name)) {
          skipping = open.length;
          return;
        }
        switch (name) {
          case 'tab':
          case 'ptab':
            current += ' ';
            return;
          case 'br':
          case 'cr': {
            const type = attr(attrs, 'type');
            if (type !== 'page' && type !== 'column') flush();
            else current += ' ';
            return;
          }
          case 'noBreakHyphen':
            current += '-';
            return;
          case 'p':
            flush();
            styles.push(undefined);
            return;
        }
      },
      text(t) {
        if (!skipping && open[open.length - 1] === 't') current += t; // text only counts inside <w:t>
      },
      close(qname, unclosed) {
        if (unclosed) throw malformed(fileName, `word/document.xml is not well-formed (element <${qname}> is not closed)`);
        const name = open.pop();
        if (skipping) {
          if (open.length < skipping) skipping = 0;
          return;
        }
        if (name === 'p') {
          const style = styles.pop() ?? '';
          if (!heading && /^(title|heading1|heading 1)$/i.test(style) && current.trim()) heading = current.trim();
          flush();
        }
      },
    },
  );
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
  const part = (entry: ZipEntry) => {
    try {
      return normaliseText(decodeText(readZipEntry(bytes, entry, READING_LIMITS.maxExpandedBytes)).text);
    } catch (e) {
      if (e instanceof ZipTooLargeError) throw inputTooLarge(fileName, 'maxExpandedBytes', `the unpacked size of ${entry.name} (${e.message})`);
      if (e instanceof ZipError) throw malformed(fileName, e.message);
      throw e;
    }
  };
  const xml = part(main);
  assertSafeXml(xml, fileName);
  const { lines, heading } = documentXmlToLines(xml, fileName);
  let title = heading;
  const core = entries.find((e) => e.name === 'docProps/core.xml');
  if (!title && core) {
    try {
      const coreRoot = parseXml(part(core), fileName);
      const t = findElement(coreRoot, (e) => e.name === 'title');
      title = t ? textOf(t) || undefined : undefined;
    } catch {
      // a broken docProps part does not make the law unreadable
    }
  }
  const finished = finishLines(lines, fileName);
  const styled = title ? finishLines([title])[0] : undefined;
  // A styled title that names no instrument ("QUỐC HỘI", the issuing body) yields to the title block.
  const chosen = styled && isTitleLine(styled) ? styled : (findTitle(finished, 30) ?? styled ?? finished[0]);
  return { format: 'docx', lines: finished, title: chosen, encoding: 'utf-8' };
}
