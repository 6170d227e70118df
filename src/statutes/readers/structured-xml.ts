/**
 * Shared walk for legislative XML vocabularies (Akoma Ntoso, USLM): numbered units become lines in
 * the shape of the plain-text corpus, inline markup is flattened, blocks become lines.
 *
 * Unit lines:
 * - large divisions (part, chapter, title, …): "Part 1 – Heading" ("PART I – Heading" when the
 *   number already carries its word; a number ending in a dash is followed directly by the heading);
 * - articles: "Article 4 – Heading";
 * - sections: "4. Heading" on its own line, then the text; without heading "4. text…";
 * - smaller units (subsection, paragraph, item, …): "(1) text…", with a run-in heading kept in front.
 */
import type { MarkupElement, MarkupNode } from './markup';
import { textOf } from './markup';

export interface VocabularyRules {
  /** Units rendered as "Word num – heading". */
  divisions: ReadonlySet<string>;
  /** Units rendered as "num heading" on their own line. */
  sections: ReadonlySet<string>;
  /** Units whose num/heading run into their first line of text. */
  subunits: ReadonlySet<string>;
  /** Elements flattened into the surrounding line. */
  inline: ReadonlySet<string>;
  /** Elements skipped with everything inside. */
  skip: ReadonlySet<string>;
  /** Word to put before a bare division number: part → "Part". Undefined keeps the number alone. */
  divisionWord(name: string): string | undefined;
  /** How a section number is printed when bare ("4" → "4."). */
  sectionLabel(name: string, num: string): string;
}

const DASH_END = /[—–-]$/;

function joinLabel(lead: string, heading: string, sep: string): string {
  if (!lead) return heading;
  if (!heading) return lead;
  return DASH_END.test(lead) ? `${lead}${heading}` : `${lead}${sep}${heading}`;
}

/** "PART I", "Article 4", "Chapitre 2" carry their word; "I", "IV", "4", "2A" do not. */
function carriesWord(num: string): boolean {
  const first = /^(\p{L}+)[\s.]/u.exec(num);
  return !!first && !/^[IVXLCDM]+$/i.test(first[1]);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function structuredXmlToLines(start: MarkupElement, rules: VocabularyRules): string[] {
  const lines: string[] = [];
  let current = '';
  let prefix: string | null = null;

  const push = (line: string) => {
    const text = collapse(line);
    if (!text) return;
    if (prefix !== null) {
      lines.push(DASH_END.test(prefix) ? `${prefix}${text}` : `${prefix} ${text}`);
      prefix = null;
    } else lines.push(text);
  };
  const flush = () => {
    if (current.trim()) push(current);
    current = '';
  };
  const flushPrefix = () => {
    if (prefix !== null) {
      lines.push(prefix);
      prefix = null;
    }
  };

  const partText = (el: MarkupElement | undefined) => (el ? textOf(el, (e) => rules.skip.has(e.name)) : '');

  // An explicit stack (no recursion: nesting depth is the input's to choose); 'end' entries close
  // a block or unit once its children are done.
  type Task = MarkupNode | { end: 'block' | 'unit' };
  const stack: Task[] = [start];
  const pushChildren = (children: MarkupNode[], except?: Set<MarkupNode>) => {
    for (let i = children.length - 1; i >= 0; i--) if (!except || !except.has(children[i])) stack.push(children[i]);
  };
  while (stack.length) {
    const node = stack.pop()!;
    if ('end' in node) {
      flush();
      if (node.end === 'unit') flushPrefix();
      continue;
    }
    if (node.kind === 'text') {
      current += node.text;
      continue;
    }
    const name = node.name;
    if (rules.skip.has(name)) continue;
    if (rules.inline.has(name)) {
      pushChildren(node.children);
      continue;
    }
    const isDivision = rules.divisions.has(name);
    const isSection = rules.sections.has(name);
    const isSubunit = rules.subunits.has(name);
    if (!isDivision && !isSection && !isSubunit) {
      flush();
      stack.push({ end: 'block' });
      pushChildren(node.children);
      continue;
    }
    flush();
    flushPrefix();
    const numEl = node.children.find((c): c is MarkupElement => c.kind === 'element' && c.name === 'num');
    const headingEl = node.children.find((c): c is MarkupElement => c.kind === 'element' && c.name === 'heading');
    const subheadingEl = node.children.find((c): c is MarkupElement => c.kind === 'element' && c.name === 'subheading');
    const num = collapse(partText(numEl));
    const heading = collapse([partText(headingEl), partText(subheadingEl)].filter(Boolean).join(' – '));
    if (isDivision) {
      const word = rules.divisionWord(name);
      const lead = num && word && !carriesWord(num) ? `${word} ${num}` : num;
      push(joinLabel(lead, heading, ' – '));
    } else if (isSection) {
      const lead = num ? rules.sectionLabel(name, num) : '';
      const line = joinLabel(lead, heading, ' ');
      if (heading || !lead) push(line);
      else prefix = lead;
    } else {
      const lead = joinLabel(num, heading, ' ');
      if (lead) prefix = lead;
    }
    stack.push({ end: 'unit' });
    pushChildren(node.children, new Set([numEl, headingEl, subheadingEl].filter((c): c is MarkupElement => !!c)));
  }
  flush();
  flushPrefix();
  return lines;
}
