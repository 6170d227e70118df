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

/** Elements below `el` (itself first) in document order, walked with an explicit stack. */
export function* elementsInOrder(el: MarkupElement, prune?: (e: MarkupElement) => boolean): Generator<MarkupElement> {
  const stack: MarkupElement[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    yield e;
    if (prune && prune(e)) continue;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i];
      if (c.kind === 'element') stack.push(c);
    }
  }
}

/** Depth-first search for the first element matching. */
export function findElement(el: MarkupElement, pred: (e: MarkupElement) => boolean): MarkupElement | undefined {
  for (const e of elementsInOrder(el)) if (pred(e)) return e;
  return undefined;
}

export function findAll(el: MarkupElement, pred: (e: MarkupElement) => boolean, out: MarkupElement[] = []): MarkupElement[] {
  for (const e of elementsInOrder(el)) if (pred(e)) out.push(e);
  return out;
}

/** All text below an element, whitespace collapsed. */
export function textOf(node: MarkupNode, skip?: (e: MarkupElement) => boolean): string {
  if (node.kind === 'text') return node.text.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  const stack: MarkupNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'text') parts.push(n.text);
    else if (!skip || !skip(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
