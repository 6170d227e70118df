/**
 * A minimal element tree that the HTML and XML adapters both produce, so that the readers walk one
 * shape of our own and never a third-party DOM.
 */
export interface MarkupElement {
  kind: 'element';
  /** Local name, lower-cased for HTML, as written for XML (without prefix). */
  name: string;
  /** Namespace URI (XML only). */
  namespace?: string;
  /** Attributes by local name (prefixes dropped; xmlns declarations omitted). */
  attrs: Record<string, string>;
  children: MarkupNode[];
}

export interface MarkupText {
  kind: 'text';
  text: string;
}

export type MarkupNode = MarkupElement | MarkupText;

export function isElement(n: MarkupNode | undefined): n is MarkupElement {
  return !!n && n.kind === 'element';
}

export function childElements(el: MarkupElement, name?: string): MarkupElement[] {
  return el.children.filter((c): c is MarkupElement => c.kind === 'element' && (!name || c.name === name));
}

export function firstChild(el: MarkupElement, name: string): MarkupElement | undefined {
  return el.children.find((c): c is MarkupElement => c.kind === 'element' && c.name === name);
}

/** Depth-first search for the first element matching. */
export function findElement(el: MarkupElement, pred: (e: MarkupElement) => boolean): MarkupElement | undefined {
  if (pred(el)) return el;
  for (const c of el.children) {
    if (c.kind === 'element') {
      const hit = findElement(c, pred);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function findAll(el: MarkupElement, pred: (e: MarkupElement) => boolean, out: MarkupElement[] = []): MarkupElement[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) if (c.kind === 'element') findAll(c, pred, out);
  return out;
}

/** All text below an element, whitespace collapsed. */
export function textOf(node: MarkupNode, skip?: (e: MarkupElement) => boolean): string {
  const parts: string[] = [];
  const walk = (n: MarkupNode) => {
    if (n.kind === 'text') parts.push(n.text);
    else if (!skip || !skip(n)) n.children.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
