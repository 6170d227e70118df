/**
 * XML text → our MarkupElement tree with namespaces resolved, on the streaming parser of
 * html-parser.adapter.ts (xml mode). Entity declarations are refused before parsing (billion
 * laughs, XXE); nothing external is ever fetched or resolved.
 */
import { DomainError } from '../../common/domain-error';
import type { ReadingLimits } from '../limits/reading-limits';
import { streamMarkup, TreeBuilder } from './html-parser.adapter';
import type { MarkupElement } from './markup';

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

/** Element names as written ("an:act") → local name and namespace URI, resolved per scope. */
class XmlTreeBuilder extends TreeBuilder {
  private scopes: Array<Record<string, string>> = [{ xml: 'http://www.w3.org/XML/1998/namespace' }];
  private rootCount = 0;
  malformed: string | null = null;

  private resolve(prefix: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const ns = this.scopes[i][prefix];
      if (ns !== undefined) return ns || undefined;
    }
    return undefined;
  }

  override open(qname: string, raw: Record<string, string>): void {
    const scope: Record<string, string> = {};
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'xmlns') scope[''] = v;
      else if (k.startsWith('xmlns:')) scope[k.slice(6)] = v;
      else attrs[k.includes(':') ? k.slice(k.indexOf(':') + 1) : k] = v;
    }
    this.scopes.push(scope);
    const colon = qname.indexOf(':');
    const prefix = colon >= 0 ? qname.slice(0, colon) : '';
    const name = colon >= 0 ? qname.slice(colon + 1) : qname;
    if (this.stack.length === 1 && ++this.rootCount > 1 && !this.malformed) this.malformed = `a second root element <${qname}>`;
    super.open(name, attrs);
    const ns = this.resolve(prefix);
    if (ns) this.top().namespace = ns;
  }

  override text(text: string): void {
    if (this.stack.length === 1) {
      if (text.trim() && !this.malformed) this.malformed = 'text outside the root element';
      return;
    }
    super.text(text);
  }

  /** CDATA is text like any other in XML. */
  override cdata(): void {
    // nothing to open: its text joins the parent's
  }

  override close(name?: string, unclosed?: boolean): void {
    if (unclosed && !this.malformed) this.malformed = `element <${name}> is not closed`;
    this.scopes.pop();
    super.close();
  }
}

/**
 * Parses XML into our tree; malformed XML (an element left open or closed out of order, two roots)
 * is a MALFORMED_FILE naming the fault; depth and size budgets are checked while parsing.
 */
export function parseXml(text: string, fileName: string, limits?: ReadingLimits): MarkupElement {
  assertSafeXml(text, fileName);
  const builder = new XmlTreeBuilder();
  streamMarkup(text, { xml: true, fileName, limits }, builder);
  if (builder.malformed) {
    throw new DomainError('MALFORMED_FILE', `${fileName}: the XML is not well-formed (${builder.malformed}). Check that the file is complete and was saved as XML.`, {
      fileName,
    });
  }
  const root = builder.root.children.find((c): c is MarkupElement => c.kind === 'element');
  if (!root) {
    throw new DomainError('MALFORMED_FILE', `${fileName}: the XML has no root element. Check that the file is complete.`, { fileName });
  }
  return root;
}
