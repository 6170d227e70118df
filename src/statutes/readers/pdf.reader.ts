/**
 * PDF: the text layer, rebuilt into lines by position (pdf-layout.ts). Refuses files whose text
 * layer is missing or degenerate (one glyph per line), since OCR is needed there.
 */
import { DomainError } from '../../common/domain-error';
import type { SourceDocument } from '../provision.model';
import { extractPdfPages } from './pdf.adapter';
import { layoutPdf } from './pdf-layout';
import { finishLines } from './lines';
import { dropTableOfContents } from './toc';
import { repairOcrLabels } from './ocr-labels';
import { chooseTitle, firstCleanLine } from './title';

/** Share of lines made of one or two characters: a text layer placed glyph by glyph. */
export function tinyLineShare(lines: string[]): number {
  if (!lines.length) return 0;
  return lines.filter((l) => l.replace(/\s/g, '').length <= 2).length / lines.length;
}

/** Share of words that are single letters ("T H E  A C T"): letter-spaced glyphs. */
export function singleLetterShare(lines: string[]): number {
  const words = lines.join(' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return 0;
  return words.filter((w) => /^\p{L}$/u.test(w)).length / words.length;
}

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const pages = await extractPdfPages(bytes, fileName);
  const { lines: blocks, stats } = layoutPdf(pages);
  if (stats.characters < Math.max(20, pages.length * 10)) {
    throw new DomainError(
      'NO_TEXT_LAYER',
      `${fileName}: the PDF has no text layer (${stats.characters} characters on ${pages.length} pages); it is probably a scan. Run OCR on it (e.g. ocrmypdf) and upload the result, or upload a text, DOCX or HTML version.`,
      { fileName, pages: pages.length, characters: stats.characters },
    );
  }
  const tiny = tinyLineShare(blocks);
  const spaced = singleLetterShare(blocks);
  // Ordinary text, OCR'd scans included, has 1–5% single-letter words ("a", "I", "(a)" aside);
  // a text layer placed glyph by glyph comes out letter-spaced ("T H E  A C T", "M isuse").
  if (tiny > 0.5 || spaced > 0.12) {
    throw new DomainError(
      'NO_TEXT_LAYER',
      `${fileName}: the PDF's text layer is degenerate: its glyphs are placed one at a time (one glyph per line in most extractors; ` +
        `here ${Math.round(tiny * 100)}% of rebuilt lines hold one or two characters and ${Math.round(spaced * 100)}% of words come out as single letters), ` +
        'so its words cannot be rebuilt reliably. OCR is needed: run OCR on the scan (e.g. ocrmypdf --force-ocr) and upload the result, or upload a text, DOCX or HTML version.',
      { fileName, tinyLineShare: tiny, singleLetterShare: spaced },
    );
  }
  const lines = repairOcrLabels(finishLines(dropTableOfContents(blocks), fileName)).lines;
  // A PDF's own Title property is often a file name or the scanner's OCR of the masthead: the text decides.
  return { format: 'pdf', lines, title: chooseTitle(lines, 60) ?? firstCleanLine(lines) };
}
