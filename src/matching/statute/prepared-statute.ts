/**
 * A parsed statute made ready for matching: every provision of every level as a node with its
 * parent, its lead-in, the definitions of the terms it uses and the provisions it cites.
 * Built once per statute; texts are indexed lazily and cached on the node.
 */
import { MatchingLanguage } from '../../common/language';
import { normaliseCitation } from '../../statutes/citation';
import { ParsedStatute, Provision } from '../../statutes/provision.model';
import { IndexedText } from '../patterns/cue-pattern';

export interface Definition {
  /** The defined term as printed, without quotes. */
  term: string;
  /** The definition's words (term included). */
  text: string;
  /** The provision that carries it (the finest one). */
  node: ProvisionNode;
  /** Given "for the purposes of this Act" outside the definitions section: it holds statute-wide all the same. */
  actWide?: boolean;
}

export interface ProvisionNode {
  /** Position in document order across the statute. */
  index: number;
  statute: string;
  provision: Provision;
  citation: string;
  parent?: ProvisionNode;
  children: ProvisionNode[];
  depth: number;
  /** Heading and own words. */
  ownText: string;
  /** Own words and every descendant's, in order. */
  subtreeText: string;
  /** The top-level numbered provision (section / article) that holds this one. */
  section: ProvisionNode;
  /** Lazily indexed texts. */
  own?: IndexedText;
  subtree?: IndexedText;
  leadIn?: IndexedText[];
  /** Provisions this one cites (resolved), lazily. */
  references?: ProvisionNode[];
}

export interface PreparedStatute {
  title: string;
  language: MatchingLanguage;
  nodes: ProvisionNode[];
  byCitation: Map<string, ProvisionNode>;
  definitions: Definition[];
  /** Cache of the indexed text of a definition, by definition. */
  definitionTexts: Map<Definition, IndexedText>;
}

export function prepareStatute(title: string, parsed: ParsedStatute, language: MatchingLanguage): PreparedStatute {
  const nodes: ProvisionNode[] = [];
  const visit = (p: Provision, parent: ProvisionNode | undefined, section: ProvisionNode | undefined): ProvisionNode => {
    const node: ProvisionNode = {
      index: nodes.length,
      statute: title,
      provision: p,
      citation: p.citation,
      parent,
      children: [],
      depth: parent ? parent.depth + 1 : 0,
      ownText: [p.heading, p.text].filter(Boolean).join('. '),
      subtreeText: '',
      section: undefined as unknown as ProvisionNode,
    };
    // A numbered section/article is the unit a cross-reference names; parts and chapters only group.
    const isGrouping = ['part', 'chapter', 'title', 'division', 'schedule'].includes(p.kind);
    node.section = section ?? (isGrouping || !p.citation ? node : node);
    nodes.push(node);
    const childSection = section ?? (isGrouping || !p.citation ? undefined : node);
    node.children = p.children.map((c) => visit(c, node, childSection));
    node.subtreeText = [node.ownText, ...node.children.map((c) => c.subtreeText)].filter(Boolean).join('\n');
    return node;
  };
  for (const p of parsed.provisions) visit(p, undefined, undefined);

  const byCitation = new Map<string, ProvisionNode>();
  for (const n of nodes) {
    const key = normaliseCitation(n.citation);
    if (key && !byCitation.has(key)) byCitation.set(key, n);
  }
  const prepared: PreparedStatute = { title, language, nodes, byCitation, definitions: [], definitionTexts: new Map() };
  prepared.definitions = extractDefinitions(prepared);
  return prepared;
}

export function ownText(node: ProvisionNode, language: MatchingLanguage): IndexedText {
  return (node.own ??= new IndexedText(node.ownText, language));
}

export function subtreeText(node: ProvisionNode, language: MatchingLanguage): IndexedText {
  if (!node.children.length) return ownText(node, language);
  return (node.subtree ??= new IndexedText(node.subtreeText, language));
}

const leadInWordsCache = new WeakMap<ProvisionNode, IndexedText>();
const sentenceCache = new WeakMap<ProvisionNode, IndexedText | null>();

/**
 * An item with the lead-in it completes, read as one sentence ("A person who hinders— (a) the
 * functioning of a computer system"): the parent's words (without its heading), then the item's own.
 * Undefined when the parent has no words of its own.
 */
export function sentenceText(node: ProvisionNode, language: MatchingLanguage): IndexedText | undefined {
  let t = sentenceCache.get(node);
  if (t === undefined) {
    const parent = node.parent;
    if (!parent?.provision.text.trim()) t = null;
    else {
      let lead = leadInWordsCache.get(parent);
      if (!lead) leadInWordsCache.set(parent, (lead = new IndexedText(parent.provision.text, language)));
      t = IndexedText.joined(lead, subtreeText(node, language));
    }
    sentenceCache.set(node, t);
  }
  return t ?? undefined;
}

/** The own words of every ancestor, nearest first: the lead-in a list item continues. */
export function leadInTexts(node: ProvisionNode, language: MatchingLanguage): IndexedText[] {
  if (!node.leadIn) {
    const texts: IndexedText[] = [];
    for (let a = node.parent; a; a = a.parent) if (a.ownText.trim()) texts.push(ownText(a, language));
    node.leadIn = texts;
  }
  return node.leadIn;
}

export function ancestors(node: ProvisionNode): ProvisionNode[] {
  const list: ProvisionNode[] = [];
  for (let a = node.parent; a; a = a.parent) list.push(a);
  return list;
}

export function descendants(node: ProvisionNode): ProvisionNode[] {
  const list: ProvisionNode[] = [];
  const walk = (n: ProvisionNode) => n.children.forEach((c) => (list.push(c), walk(c)));
  walk(node);
  return list;
}

export function isInside(inner: ProvisionNode, outer: ProvisionNode): boolean {
  for (let n: ProvisionNode | undefined = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Definitions

const QUOTE_OPEN = `["“‘'«]`;
const QUOTE_CLOSE = `["”’'»]`;
/** `"term" means ...`, `"term" includes ...`, `«term» désigne ...`, in flattened or itemised definitions. */
const QUOTED_TERM = new RegExp(
  `${QUOTE_OPEN}\\s*([^"“”‘’'«»]{2,80}?)\\s*${QUOTE_CLOSE}\\s*(?:,\\s*)?(?:\\([^)]{0,40}\\)\\s*)?(?:means|mean|includes|include|has the meaning|refers to|shall mean|shall include|is|are|in relation to|with respect to|désigne|s'entend|se entiende|significa|comprend|comprende)\\b`,
  'gi',
);
/** `1. Term : ...` / `a) Term: ...` (civil-law lists after "on entend par" / "se entenderá por"). */
const LISTED_TERM = /(?:^|[\s;.])(?:\d{1,2}[.)°]|[a-zñ]\)|[a-zñ]\.|[ivx]+\))\s*([^:;.\d][^:;]{1,80}?)\s*:/g;
/** `Term: ...` at the start of an item of a definitions list whose label the parser took off. */
const COLON_TERM = /^\s*([^:;.\d][^:;.]{1,60}?)\s*:\s+\S/;
/** `Term means|refers to ...` at the start of an itemised definition (no quotes). */
const LEADING_TERM = /^\s*(?:\([a-z0-9]+\)\s*)?([A-Z][A-Za-z' -]{1,60}?)\s+(?:means|refers to|shall mean|includes|is defined as)\b/;
/** A definition by its effect: the Act says when a computer's contents count as modified, rather than naming a term. */
const PURPOSES_TERM = /^\s*(?:\([a-z0-9]+\)\s*)?for the purposes? of this (?:act|part|chapter|section|subsection)[^,]{0,40},\s*(?:an?\s+|the\s+)?([a-z][a-z' -]{2,60}?)\s+(?:takes place|occurs|is|are|includes|means)\b/i;
const DEFINITION_CUE =
  /\b(means|refers to|shall mean|in this (act|part|law|chapter|section)|for the purposes? of this|on entend par|au sens de la présente|au sens du présent|se entenderá por|se entiende por|para (los )?efectos de (esta|la presente)|a los efectos de (esta|la presente))\b/i;

function extractDefinitions(statute: PreparedStatute): Definition[] {
  const found: Definition[] = [];
  for (const node of statute.nodes) {
    const p = node.provision;
    const text = p.text;
    if (!text) continue;
    const inDefinitions = p.role === 'definitions' || (node.parent?.provision.role === 'definitions') || DEFINITION_CUE.test(text) || DEFINITION_CUE.test(node.parent?.provision.text ?? '');
    if (!inDefinitions) continue;
    const starts: { at: number; term: string; actWide?: boolean }[] = [];
    for (const m of text.matchAll(QUOTED_TERM)) starts.push({ at: m.index ?? 0, term: m[1] });
    if (!starts.length && (p.role === 'definitions' || /on entend par|se entender[áa] por|se entiende por|efectos de/i.test(text))) {
      for (const m of text.matchAll(LISTED_TERM)) starts.push({ at: m.index ?? 0, term: m[1] });
    }
    if (!starts.length) {
      const m = PURPOSES_TERM.exec(text);
      // "it is immaterial whether ..." states no term
      if (m && !/^it\b|\b(if|when|where|who|which|immaterial)\b/i.test(m[1])) starts.push({ at: 0, term: m[1], actWide: /of this act\b/i.test(m[0]) });
    }
    if (!starts.length) {
      const m = LEADING_TERM.exec(text) ?? (node.parent?.provision.role === 'definitions' || DEFINITION_CUE.test(node.parent?.provision.text ?? '') ? COLON_TERM.exec(text) : null);
      if (m) starts.push({ at: 0, term: m[1] });
    }
    starts.sort((a, b) => a.at - b.at);
    starts.forEach((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1].at : text.length;
      const term = s.term.replace(/\s+/g, ' ').trim();
      if (term.split(' ').length > 8) return;
      // the last definition of a provision runs on into its paragraphs ("... takes place if— (a) ...")
      const below = i + 1 === starts.length && node.children.length ? `\n${node.children.map((c) => c.subtreeText).join('\n')}` : '';
      found.push({ term, text: `${text.slice(s.at, end).trim()}${below}`, node, ...(s.actWide ? { actWide: true } : {}) });
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Cross-references

const REFERENCE =
  /\b(?:sections?|ss?\.|articles?|arts?\.|artículos?|articulos?|art\.)\s+((?:\d+[A-Za-z]{0,3}(?:[-–.]\d+)*(?:\s*bis|\s*ter)?(?:\s*\([a-zA-Z0-9]{1,4}\))*)(?:\s*(?:,|and|or|to|et|à|y|a|al|o)\s*\d+[A-Za-z]{0,3}(?:[-–.]\d+)*(?:\s*\([a-zA-Z0-9]{1,4}\))*)*)/gi;
const RELATIVE_SUBSECTION = /\b(?:subsections?|sub-sections?|paragraphs?)\s+((?:\(\d+[A-Za-z]?\))(?:\s*(?:,|and|or|to)\s*\(\d+[A-Za-z]?\))*)/gi;

/** The provisions a node cites ("an offence under section 14", "articles 431-8 à 431-16"), resolved in the same statute. */
export function referencesOf(node: ProvisionNode, statute: PreparedStatute): ProvisionNode[] {
  if (node.references) return node.references;
  const refs = new Set<ProvisionNode>();
  const text = node.provision.text;
  for (const m of text.matchAll(REFERENCE)) {
    const list = m[1];
    const parts = list.split(/\s*(?:,|\band\b|\bor\b|\bet\b|\by\b|\bo\b)\s*/);
    for (const part of parts) {
      const range = /^(.+?)\s*(?:to|à|a|al)\s*(.+)$/.exec(part);
      if (range) {
        const from = statute.byCitation.get(normaliseCitation(range[1]));
        const to = statute.byCitation.get(normaliseCitation(range[2]));
        if (from && to && from.index <= to.index && to.index - from.index < 400) {
          for (const n of statute.nodes.slice(from.index, to.index + 1)) if (n.section === n || n === from || n === to) refs.add(n);
        } else {
          // a misprinted end of a range still names the other end
          for (const end of [from, to]) if (end && end !== node && !isInside(node, end)) refs.add(end);
        }
        continue;
      }
      const target = statute.byCitation.get(normaliseCitation(part)) ?? statute.byCitation.get(normaliseCitation(part.replace(/\s*\(.*$/, '')));
      if (target && target !== node && !isInside(node, target)) refs.add(target);
    }
  }
  for (const m of text.matchAll(RELATIVE_SUBSECTION)) {
    for (const label of m[1].match(/\(\d+[A-Za-z]?\)/g) ?? []) {
      const target = statute.byCitation.get(normaliseCitation(`${node.section.citation}${label}`));
      if (target && target !== node && !isInside(node, target)) refs.add(target);
    }
  }
  node.references = [...refs];
  return node.references;
}

export function definitionText(def: Definition, statute: PreparedStatute): IndexedText {
  let t = statute.definitionTexts.get(def);
  if (!t) {
    t = new IndexedText(def.text, statute.language);
    statute.definitionTexts.set(def, t);
  }
  return t;
}

/**
 * The provision sits in a definitions provision. A section headed as a definition may go on to create the
 * offence in later subsections (a definition in (1), the conduct in (2)-(4)); a child the parser read as
 * normative beside a definitions sibling is operative, whatever the section's heading says.
 */
/** A stub left where a provision was repealed ("[Repealed, 1999, ...]"): no operative text. */
const REPEAL_STUB = /^\s*\[\s*(repealed|abrog|derogad)/i;

export function inDefinitions(node: ProvisionNode): boolean {
  for (let n: ProvisionNode | undefined = node; n; n = n.parent) {
    if (n.provision.role === 'definitions') return true;
    const parent = n.parent;
    if (
      parent?.provision.role === 'definitions' &&
      n.provision.role === 'normative' &&
      !REPEAL_STUB.test(n.provision.text) &&
      parent.children.some((c) => c !== n && c.provision.role === 'definitions')
    )
      return false;
  }
  return false;
}
