/**
 * HTML: chrome (scripts, styles, navigation, headers, footers, asides, forms) dropped, the law body
 * isolated when the page marks one (Akoma Ntoso-derived `akn-*` markup, else <main>/<article>),
 * block elements become lines.
 */
import type { SourceDocument } from '../provision.model';
import { parseHtml } from './html-parser.adapter';
import { finishLines } from './lines';
import { findAll, findElement, MarkupElement, MarkupNode, textOf } from './markup';
import { decodeText, normaliseText, removeNuls } from './text-decoding';
import { decodingWarnings } from './damage';

/** Never law text: page machinery, navigation and site chrome. <cite> carries site watermarks. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select',
  'textarea', 'input', 'iframe', 'svg', 'canvas', 'object', 'embed', 'head', 'cite', 'map', 'audio', 'video', 'dialog',
]);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'dialog', 'menu', 'menubar', 'toolbar']);

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'tr',
  'table', 'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'pre', 'address', 'center', 'dir', 'menu', 'ul', 'ol', 'dl',
  'figure', 'figcaption', 'hr', 'body', 'html', 'fieldset', 'legend', 'details', 'summary', 'hgroup',
]);

/** Akoma Ntoso classes that are inline in the rendered HTML; every other `akn-*` class is a block. */
const AKN_INLINE = new Set([
  'b', 'i', 'u', 'sup', 'sub', 'term', 'def', 'ref', 'num', 'span', 'inline', 'abbr', 'date', 'docTitle', 'docNumber',
  'docType', 'docDate', 'docProponent', 'remark', 'a', 'img', 'eol', 'eop', 'mref', 'rref', 'affectedDocument',
  'organization', 'person', 'role', 'location', 'quantity', 'entity', 'concept', 'object', 'event', 'process',
  'shortTitle', 'signature', 'legislature', 'session', 'noteRef', 'marker', 'placeholder', 'fillIn', 'omissis', 'del', 'ins',
]);

function aknClass(el: MarkupElement): string | undefined {
  const cls = el.attrs['class'];
  if (!cls) return undefined;
  const m = /(?:^|\s)akn-([A-Za-z]+)/.exec(cls);
  return m ? m[1] : undefined;
}

function isDropped(el: MarkupElement): boolean {
  if (DROP.has(el.name) || el.name.includes(':')) return true; // custom namespaced widgets (gcse:searchbox)
  const role = el.attrs['role'];
  if (role && DROP_ROLES.has(role)) return true;
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true') return true;
  const style = el.attrs['style'];
  return !!style && /display\s*:\s*none/i.test(style);
}

function isBlock(el: MarkupElement): boolean {
  if (BLOCK.has(el.name)) return true;
  const akn = aknClass(el);
  return !!akn && !AKN_INLINE.has(akn);
}

/** The law's own body when the page marks one: AKN-derived markup first, then <main>, <article>. */
export function findLawBody(root: MarkupElement): MarkupElement {
  // The akn-akomaNtoso element itself, not the site's <la-akoma-ntoso> wrapper, which adds a cover
  // block (jurisdiction, dates, "this is the version of…") around it.
  const akn =
    findElement(root, (e) => /(?:^|\s)akn-akomaNtoso(?:\s|$)/.test(e.attrs['class'] ?? '')) ??
    findElement(root, (e) => e.name === 'la-akoma-ntoso') ??
    findElement(root, (e) => /(?:^|\s)akn-(act|bill|doc|debate|judgment|statement|portionBody)(?:\s|$)/.test(e.attrs['class'] ?? ''));
  if (akn) return akn;
  return findElement(root, (e) => e.name === 'body') ?? root;
}

interface Segment {
  text: string;
  /** Text from a link (<a>): a line made only of links is navigation. */
  link: boolean;
}

/** Walks the tree and cuts lines at block boundaries and <br>. */
export function htmlToLines(body: MarkupElement): string[] {
  const lines: string[] = [];
  let current: Segment[] = [];
  const flush = () => {
    if (current.some((s) => s.text.trim())) {
      const onlyLinks = current.every((s) => s.link || !s.text.trim());
      if (!onlyLinks) lines.push(current.map((s) => s.text).join(''));
    }
    current = [];
  };
  // An explicit stack (no recursion: nesting depth is the input's to choose). An element's entry
  // comes back once its children are done, to close its line.
  type Task = { node: MarkupNode; inLink: boolean; pre: boolean } | { close: MarkupElement; block: boolean; link: boolean };
  const stack: Task[] = [{ node: body, inLink: false, pre: false }];
  while (stack.length) {
    const task = stack.pop()!;
    if ('close' in task) {
      if (task.block) flush();
      else if (task.close.name === 'td' || task.close.name === 'th') current.push({ text: ' ', link: task.link });
      continue;
    }
    const { node, inLink, pre } = task;
    if (node.kind === 'text') {
      if (pre) {
        const parts = node.text.split('\n');
        parts.forEach((p, i) => {
          if (i > 0) flush();
          current.push({ text: p, link: inLink });
        });
      } else {
        current.push({ text: node.text.replace(/\s+/g, ' '), link: inLink });
      }
      continue;
    }
    if (isDropped(node)) continue;
    if (node.name === 'br') {
      flush();
      continue;
    }
    const block = isBlock(node);
    if (block) flush();
    const link = inLink || (node.name === 'a' && !aknClass(node));
    stack.push({ close: node, block, link });
    const childPre = pre || node.name === 'pre';
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], inLink: link, pre: childPre });
  }
  flush();
  return lines;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1] : undefined;
}

export function readHtml(bytes: Uint8Array, fileName = 'upload'): SourceDocument {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const { text, removed } = removeNuls(decoded.text);
  const root = parseHtml(normaliseText(text), fileName);
  const body = findLawBody(root);
  const lines = finishLines(htmlToLines(body), fileName);
  const h1 = findElement(root, (e) => e.name === 'h1' && !!textOf(e));
  const titleEl = findElement(root, (e) => e.name === 'title');
  const title = (h1 && textOf(h1)) || (titleEl && textOf(titleEl)) || undefined;
  const htmlEl = findAll(root, (e) => e.name === 'html')[0];
  const lang = htmlEl?.attrs['lang'] || htmlEl?.attrs['xml:lang'];
  return {
    format: 'html',
    lines,
    encoding: decoded.encoding,
    title: title ? title.normalize('NFC') : undefined,
    warnings: decodingWarnings(decoded, removed),
    declaredLanguage: lang ? lang.slice(0, 2).toLowerCase() : undefined,
  };
}
