/**
 * The one place that knows htmlparser2: HTML text → our MarkupElement tree (entities decoded,
 * tag soup repaired the way browsers do it closely enough for reading text).
 */
import { parseDocument } from 'htmlparser2';
import type { MarkupElement, MarkupNode } from './markup';

interface Htmlparser2Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Htmlparser2Node[];
}

function convert(node: Htmlparser2Node): MarkupNode | null {
  switch (node.type) {
    case 'text':
      return { kind: 'text', text: node.data ?? '' };
    case 'tag':
    case 'script':
    case 'style':
      return {
        kind: 'element',
        name: (node.name ?? '').toLowerCase(),
        attrs: node.attribs ?? {},
        children: convertAll(node.children ?? []),
      };
    case 'cdata':
      return { kind: 'element', name: '#cdata', attrs: {}, children: convertAll(node.children ?? []) };
    default:
      return null; // comments, directives, processing instructions
  }
}

function convertAll(nodes: Htmlparser2Node[]): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const n of nodes) {
    const c = convert(n);
    if (c) out.push(c);
  }
  return out;
}

export function parseHtml(text: string): MarkupElement {
  const doc = parseDocument(text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return { kind: 'element', name: '#document', attrs: {}, children: convertAll(doc.children as unknown as Htmlparser2Node[]) };
}
