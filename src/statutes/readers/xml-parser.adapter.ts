/**
 * The one place that knows @xmldom/xmldom: XML text → our MarkupElement tree with namespaces.
 * Entity declarations are refused before parsing (billion laughs, XXE); nothing external is ever
 * fetched or resolved.
 */
import { DOMParser } from '@xmldom/xmldom';
import { DomainError } from '../../common/domain-error';
import type { MarkupElement, MarkupNode } from './markup';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** A DOCTYPE with an internal subset that declares entities is how entity-expansion attacks start. */
export function hasEntityDeclarations(text: string): boolean {
  const doctype = /<!DOCTYPE\b/i.exec(text);
  if (!doctype) return false;
  return /<!ENTITY\b/i.test(text.slice(doctype.index));
}

export function assertSafeXml(text: string, fileName: string): void {
  if (hasEntityDeclarations(text)) {
    throw new DomainError(
      'UNSAFE_XML',
      `${fileName}: the XML declares entities in a DOCTYPE (<!ENTITY …>), which can expand without bound or read ` +
        'other files; it was not parsed. Remove the DOCTYPE and entity declarations (Akoma Ntoso and USLM need neither) and upload again.',
      { fileName },
    );
  }
}

interface XmlDomNode {
  nodeType: number;
  localName?: string | null;
  nodeName: string;
  namespaceURI?: string | null;
  nodeValue?: string | null;
  data?: string;
  prefix?: string | null;
  attributes?: { length: number; [i: number]: XmlDomNode & { value: string; name: string } };
  childNodes: { length: number; [i: number]: XmlDomNode };
}

function convertElement(el: XmlDomNode): MarkupElement {
  const attrs: Record<string, string> = {};
  const list = el.attributes;
  if (list) {
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      attrs[a.localName || a.name] = a.value;
    }
  }
  const children: MarkupNode[] = [];
  const kids = el.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.nodeType === ELEMENT_NODE) children.push(convertElement(k));
    else if (k.nodeType === TEXT_NODE || k.nodeType === CDATA_SECTION_NODE) children.push({ kind: 'text', text: k.data ?? k.nodeValue ?? '' });
  }
  return {
    kind: 'element',
    name: el.localName || el.nodeName,
    namespace: el.namespaceURI || undefined,
    attrs,
    children,
  };
}

/** Parses XML into our tree; malformed XML is a MALFORMED_FILE naming the parser's complaint. */
export function parseXml(text: string, fileName: string): MarkupElement {
  assertSafeXml(text, fileName);
  let root: XmlDomNode | null = null;
  try {
    const doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level === 'fatalError') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml') as unknown as { documentElement: XmlDomNode | null };
    root = doc.documentElement;
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new DomainError('MALFORMED_FILE', `${fileName}: the XML is not well-formed (${why}). Check that the file is complete and was saved as XML.`, {
      fileName,
    });
  }
  if (!root) {
    throw new DomainError('MALFORMED_FILE', `${fileName}: the XML has no root element. Check that the file is complete.`, { fileName });
  }
  return convertElement(root);
}
