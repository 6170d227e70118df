/**
 * The one place that knows pdfjs-dist (v3 legacy CommonJS build): PDF bytes → positioned text runs
 * per page. No worker thread, no font loading, no network, no eval.
 */
import { DomainError } from '../../common/domain-error';
import { inputTooLarge, READING_LIMITS } from '../limits/reading-limits';

/** A run of text as the PDF placed it, in page space with y measured down from the top edge. */
export interface PdfRun {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size (glyph height). */
  size: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: PdfRun[];
}

interface PdfjsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

interface PdfjsPage {
  view: number[];
  getTextContent(opts?: Record<string, unknown>): Promise<{ items: PdfjsTextItem[] }>;
  cleanup(): void;
}

interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}

interface Pdfjs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
}

let pdfjs: Pdfjs | null = null;

function loadPdfjs(): Pdfjs {
  if (!pdfjs) {
    // The legacy build warns on load (console.log) that the optional `canvas` package is missing;
    // we only read text, so the warning is noise.
    const log = console.log;
    console.log = () => undefined;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as Pdfjs;
    } finally {
      console.log = log;
    }
  }
  return pdfjs;
}

function errorName(e: unknown): string {
  return (e as { name?: string })?.name ?? '';
}

export async function extractPdfPages(bytes: Uint8Array, fileName: string): Promise<PdfPage[]> {
  const lib = loadPdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // pdfjs transfers (detaches) the buffer it is given
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfjsDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if (errorName(e) === 'PasswordException') {
      throw new DomainError('UNSUPPORTED_FORMAT', `${fileName}: the PDF is password-protected. Remove the password (print to a new PDF) and upload again.`, { fileName });
    }
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError('MALFORMED_FILE', `${fileName}: the PDF cannot be opened (${why}). The file may be truncated or damaged; download it again or re-save it from a PDF viewer.`, {
      fileName,
    });
  }
  try {
    if (doc.numPages > READING_LIMITS.maxPages) throw inputTooLarge(fileName, 'maxPages', `the number of pages (${doc.numPages})`);
    const pages: PdfPage[] = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PdfjsPage;
      let items: PdfjsTextItem[];
      try {
        page = await doc.getPage(n);
        items = (await page.getTextContent()).items;
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new DomainError('MALFORMED_FILE', `${fileName}: page ${n} of the PDF cannot be read (${why}). The file may be truncated or damaged.`, {
          fileName,
          page: n,
        });
      }
      const [x0, y0, x1, y1] = page.view;
      const runs: PdfRun[] = [];
      for (const it of items) {
        if (!it.str || !it.transform) continue;
        const [a, b, c, d, e, f] = it.transform;
        const size = Math.hypot(c, d) || Math.hypot(a, b);
        if (Math.abs(b) > Math.abs(a) * 0.2) continue; // rotated text: stamps, vertical margins
        runs.push({ text: it.str, x: e - x0, y: y1 - f, width: it.width ?? 0, size });
        characters += it.str.length;
      }
      if (characters > READING_LIMITS.maxExpandedBytes) throw inputTooLarge(fileName, 'maxExpandedBytes', `the text of the PDF (more than ${READING_LIMITS.maxExpandedBytes} characters by page ${n})`);
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
