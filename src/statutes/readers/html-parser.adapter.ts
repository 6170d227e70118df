/**
 * The one place that knows htmlparser2. Its streaming Parser (HTML, or XML with `xml: true`) turns
 * text into open/text/close events; budgets on nesting depth and element count are checked on every
 * event, so hostile markup stops early with a typed error instead of exhausting stack or memory
 * (htmlparser2 keeps its open-element stack with Array#unshift: cost grows with the square of the
 * depth unless the depth is bounded). Tree building is iterative: our tree is built from the events.
 */
import { Parser } from 'htmlparser2';
import { inputTooLarge, READING_LIMITS, ReadingLimits, tooDeep } from '../limits/reading-limits';
import type { MarkupElement } from './markup';

export interface MarkupEvents {
  open(name: string, attrs: Record<string, string>): void;
  text(text: string): void;
  /**
   * `unclosed`: the element had no end tag of its own (closed by another element's end tag or by
   * the end of the input). Self-closing tags (`<x/>`) count as closed.
   */
  close(name: string, unclosed: boolean): void;
  cdata?(start: boolean): void;
}

export interface StreamOptions {
  xml: boolean;
  fileName: string;
  limits?: ReadingLimits;
  /** Which element budget applies: a tree kept in memory, or events streamed and dropped. */
  elementBudget?: 'maxElements' | 'maxStreamedElements';
}

export function streamMarkup(text: string, opts: StreamOptions, events: MarkupEvents): void {
  const limits = opts.limits ?? READING_LIMITS;
  const budget = opts.elementBudget ?? 'maxElements';
  let depth = 0;
  let elements = 0;
  let ending = false;
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++;
        elements++;
        if (depth > limits.maxDepth) throw tooDeep(opts.fileName, limits);
        if (elements > limits[budget]) throw inputTooLarge(opts.fileName, budget, `the number of markup elements (more than ${limits[budget]})`, limits);
        events.open(name, attrs);
      },
      ontext(t) {
        events.text(t);
      },
      onclosetag(name, isImplied) {
        depth--;
        // htmlparser2 reports a self-closing <x/> as implied too; its end is "/>" in the source.
        const selfClosing = !ending && text.charCodeAt(parser.endIndex) === 0x3e && text.charCodeAt(parser.endIndex - 1) === 0x2f;
        events.close(name, isImplied && !selfClosing);
      },
      oncdatastart() {
        events.cdata?.(true);
      },
      oncdataend() {
        events.cdata?.(false);
      },
    },
    opts.xml
      ? { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true, recognizeCDATA: true }
      : { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  ending = true;
  parser.end();
}

/** Builds our tree from events, with an explicit stack of open elements. */
export class TreeBuilder implements MarkupEvents {
  readonly root: MarkupElement = { kind: 'element', name: '#document', attrs: {}, children: [] };
  protected stack: MarkupElement[] = [this.root];

  protected top(): MarkupElement {
    return this.stack[this.stack.length - 1];
  }
  open(name: string, attrs: Record<string, string>): void {
    const el: MarkupElement = { kind: 'element', name, attrs, children: [] };
    this.top().children.push(el);
    this.stack.push(el);
  }
  text(text: string): void {
    const kids = this.top().children;
    const last = kids[kids.length - 1];
    if (last && last.kind === 'text') last.text += text; // the parser splits text at entities
    else kids.push({ kind: 'text', text });
  }
  close(): void {
    if (this.stack.length > 1) this.stack.pop();
  }
  cdata(start: boolean): void {
    if (start) this.open('#cdata', {});
    else this.close();
  }
}

export function parseHtml(text: string, fileName = 'upload', limits?: ReadingLimits): MarkupElement {
  const builder = new TreeBuilder(); // tag and attribute names come lower-cased
  streamMarkup(text, { xml: false, fileName, limits }, builder);
  return builder.root;
}
