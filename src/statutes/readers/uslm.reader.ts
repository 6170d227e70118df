/**
 * USLM (United States Legislative Markup, GPO): numbers already carry their words and punctuation
 * ("SEC. 101.", "(a)", "TITLE I—"), so lines are number + heading as printed. The table of contents
 * and editorial notes are left out: they repeat headings and would read as provisions.
 */
import type { SourceDocument } from '../provision.model';
import { finishLines } from './lines';
import { findElement, MarkupElement, textOf } from './markup';
import { languageFromCode } from './akn.reader';
import { structuredXmlToLines, VocabularyRules } from './structured-xml';
import { parseXml } from './xml-parser.adapter';

export const USLM_RULES: VocabularyRules = {
  divisions: new Set(['title', 'subtitle', 'chapter', 'subchapter', 'part', 'subpart', 'division', 'subdivision', 'article']),
  sections: new Set(['section']),
  subunits: new Set(['subsection', 'paragraph', 'subparagraph', 'clause', 'subclause', 'item', 'subitem', 'subsubitem', 'level']),
  inline: new Set([
    'b', 'i', 'u', 'sup', 'sub', 'span', 'inline', 'term', 'ref', 'date', 'shortTitle', 'quotedText', 'entity', 'del', 'ins',
    'docTitle', 'docNumber', 'citableAs', 'currentThroughPublicLaw', 'a', 'marker', 'center', 'fillIn', 'checkBox',
  ]),
  skip: new Set(['meta', 'toc', 'editorialNote', 'footnote', 'notes', 'note', 'sidenote', 'img', 'processingInstruction']),
  divisionWord: () => undefined,
  sectionLabel: (_name, num) => num,
};

export function readUslm(text: string, fileName: string): SourceDocument {
  const root = parseXml(text, fileName);
  const raw: string[] = [];
  for (const part of root.children) {
    if (part.kind !== 'element' || part.name === 'meta') continue;
    raw.push(...structuredXmlToLines(part as MarkupElement, USLM_RULES));
  }
  const meta = findElement(root, (e) => e.name === 'meta');
  const titleEl =
    (meta && findElement(meta, (e) => e.name === 'title' && e.namespace === 'http://purl.org/dc/elements/1.1/')) ??
    findElement(root, (e) => e.name === 'docTitle' || e.name === 'officialTitle');
  const langEl = meta && findElement(meta, (e) => e.name === 'language');
  return {
    format: 'uslm',
    title: titleEl ? textOf(titleEl) : undefined,
    lines: finishLines(raw, fileName),
    encoding: 'utf-8',
    declaredLanguage: languageFromCode(langEl ? textOf(langEl) : root.attrs['lang']),
  };
}
