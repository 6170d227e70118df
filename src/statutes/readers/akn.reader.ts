/**
 * Akoma Ntoso 2.0 and 3.0 (any namespace prefix): preface, preamble, body, conclusions and
 * attachments become lines (see structured-xml.ts for the unit line shapes). A document whose body
 * only points at another file (componentRef/documentRef) holds no provisions: METADATA_ONLY.
 */
import { DomainError } from '../../common/domain-error';
import type { SourceDocument } from '../provision.model';
import { finishLines } from './lines';
import { childElements, findAll, findElement, MarkupElement, textOf } from './markup';
import { AKN_NAMESPACES } from './sniff';
import { structuredXmlToLines, VocabularyRules } from './structured-xml';
import { parseXml } from './xml-parser.adapter';

const DIVISION_WORDS: Record<string, string> = {
  book: 'Book', tome: 'Tome', part: 'Part', subpart: 'Subpart', title: 'Title', subtitle: 'Subtitle', chapter: 'Chapter',
  subchapter: 'Subchapter', division: 'Division', subdivision: 'Subdivision', article: 'Article',
};

export const AKN_RULES: VocabularyRules = {
  divisions: new Set(Object.keys(DIVISION_WORDS)),
  sections: new Set(['section', 'rule', 'regulation']),
  subunits: new Set([
    'subsection', 'paragraph', 'subparagraph', 'clause', 'subclause', 'point', 'item', 'list', 'subrule', 'proviso',
    'alinea', 'indent', 'sublist', 'level', 'transitional', 'hcontainer', 'crossHeading',
  ]),
  inline: new Set([
    'b', 'i', 'u', 'sup', 'sub', 'span', 'inline', 'term', 'def', 'ref', 'mref', 'rref', 'abbr', 'date', 'time', 'docTitle',
    'docNumber', 'docType', 'docDate', 'docProponent', 'docStatus', 'docJurisdiction', 'docCommittee', 'docIntroducer',
    'docStage', 'docPurpose', 'legislature', 'session', 'shortTitle', 'person', 'organization', 'role', 'location',
    'quantity', 'entity', 'concept', 'object', 'event', 'process', 'term', 'affectedDocument', 'relatedDocument',
    'signature', 'a', 'img', 'del', 'ins', 'remark', 'placeholder', 'fillIn', 'omissis', 'vote', 'outcome', 'argument',
    'decoration', 'lawyer', 'judge', 'party', 'courtType', 'neutralCitation', 'argument', 'opinion',
  ]),
  skip: new Set(['meta', 'coverPage', 'toc', 'authorialNote', 'noteRef', 'eol', 'eop', 'componentRef', 'documentRef', 'marker', 'popup']),
  divisionWord: (name) => DIVISION_WORDS[name],
  sectionLabel: (_name, num) => (/^[\p{L}\p{N}]+$/u.test(num) ? `${num}.` : num),
};

const LANGUAGES: Record<string, string> = {
  eng: 'en', fra: 'fr', fre: 'fr', spa: 'es', por: 'pt', deu: 'de', ger: 'de', ita: 'it', nld: 'nl', dut: 'nl',
  swa: 'sw', kin: 'rw', afr: 'af', xho: 'xh', zul: 'zu', ara: 'ar', rus: 'ru', zho: 'zh', chi: 'zh', vie: 'vi',
};

export function languageFromCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const c = code.trim().toLowerCase();
  if (c.length === 2) return c;
  return LANGUAGES[c.slice(0, 3)];
}

/** The parts of the document that hold the law's words, in reading order. */
const TEXT_PARTS = new Set([
  'preface', 'preamble', 'body', 'mainBody', 'judgmentBody', 'debateBody', 'conclusions', 'attachments', 'components',
  'header', 'collectionBody', 'portionBody', 'amendmentBody',
]);

function documentElement(root: MarkupElement): MarkupElement {
  // <akomaNtoso><act|bill|doc|…>: the first element child that is not a shared <components>.
  return childElements(root).find((e) => e.name !== 'components') ?? root;
}

function title(doc: MarkupElement): string | undefined {
  const docTitle = findElement(doc, (e) => e.name === 'docTitle' || e.name === 'shortTitle');
  const t = docTitle && textOf(docTitle);
  if (t) return t;
  const work = findElement(doc, (e) => e.name === 'FRBRWork');
  for (const name of ['FRBRname', 'FRBRalias']) {
    const el = work && findElement(work, (e) => e.name === name);
    if (el?.attrs['value']) return el.attrs['value'];
  }
  const pub = findElement(doc, (e) => e.name === 'publication');
  return pub?.attrs['showAs'] || undefined;
}

export function readAkn(text: string, fileName: string): SourceDocument {
  const root = parseXml(text, fileName);
  if (root.name !== 'akomaNtoso' && !(root.namespace && AKN_NAMESPACES.includes(root.namespace))) {
    throw new DomainError(
      'UNSUPPORTED_FORMAT',
      `${fileName}: the XML root is <${root.name}>, not an Akoma Ntoso <akomaNtoso> document. Upload Akoma Ntoso 2.0/3.0, USLM, HTML, PDF, DOCX or plain text.`,
      { fileName },
    );
  }
  const doc = documentElement(root);
  const raw: string[] = [];
  let bodyLines = 0;
  for (const part of childElements(doc)) {
    if (!TEXT_PARTS.has(part.name)) continue;
    const lines = structuredXmlToLines(part, AKN_RULES);
    raw.push(...lines);
    if (part.name !== 'preface' && part.name !== 'preamble') bodyLines += lines.length;
  }
  const lines = finishLines(raw, fileName);
  if (bodyLines === 0) {
    const refs = findAll(doc, (e) => e.name === 'componentRef' || e.name === 'documentRef');
    const target = refs.map((r) => r.attrs['alt'] || r.attrs['src'] || r.attrs['href'] || r.attrs['showAs']).find(Boolean);
    throw new DomainError(
      'METADATA_ONLY',
      target
        ? `${fileName}: this Akoma Ntoso file holds metadata only; its body just references an external document (${target}) and holds no provisions. Upload that document itself (PDF, DOCX or text) instead.`
        : `${fileName}: this Akoma Ntoso file holds metadata only; its body holds no provisions. Upload a full-text version of the law instead.`,
      { fileName, reference: target },
    );
  }
  const expression = findElement(doc, (e) => e.name === 'FRBRExpression');
  const langEl = expression && findElement(expression, (e) => e.name === 'FRBRlanguage');
  return {
    format: 'akn',
    title: title(doc),
    lines,
    encoding: 'utf-8',
    declaredLanguage: languageFromCode(langEl?.attrs['language']),
  };
}
