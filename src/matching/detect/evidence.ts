/**
 * Where an element's evidence may be: the provision itself (with its children), the lead-in it
 * continues, the definitions of the terms it uses and the provisions it cites. Each source is an
 * indexed text with a label the reviewer can follow.
 */
import { MatchingLanguage } from '../../common/language';
import { compilePattern, ConceptResolver, findSpans, IndexedText, Span } from '../patterns/cue-pattern';
import {
  Definition,
  definitionText,
  descendants,
  inDefinitions,
  isInside,
  leadInTexts,
  PreparedStatute,
  ProvisionNode,
  referencesOf,
  sentenceText,
  subtreeText,
} from '../statute/prepared-statute';

export type SourceKind = 'provision' | 'lead-in' | 'definition' | 'reference' | 'statute';

export interface EvidenceSource {
  kind: SourceKind;
  /** How the reviewer finds it: `s. 14`, `lead-in of s. 4(a)`, `definition of "unauthorised" (s. 17)`. */
  label: string;
  text: IndexedText;
  node?: ProvisionNode;
  /** A lead-in read with the item that completes its sentence: the acts it names are the item's. */
  sentence?: boolean;
  /** For a definition: the defined term's words, indexed. */
  term?: IndexedText;
}

export interface EvidenceHit {
  source: EvidenceSource;
  span: Span;
  quote: string;
  pattern: string;
}

function isDefinitionsProvision(node: ProvisionNode): boolean {
  return inDefinitions(node);
}

export function cite(node: ProvisionNode): string {
  return node.citation ? node.citation : node.provision.heading ?? node.provision.label ?? 'unnumbered provision';
}

/** The sources of a provision, nearest first. Built once per node and cached. */
export class ContextBuilder {
  private readonly cache = new Map<ProvisionNode, EvidenceSource[]>();
  private readonly termPatterns = new Map<Definition, ReturnType<typeof compilePattern>>();

  constructor(private readonly resolve: ConceptResolver) {}

  sources(node: ProvisionNode, statute: PreparedStatute): EvidenceSource[] {
    let list = this.cache.get(node);
    if (list) return list;
    const language = statute.language;
    const own = subtreeText(node, language);
    list = [{ kind: 'provision', label: cite(node), text: own, node }];
    // the nearest lead-in's words read together with the item that completes its sentence ("may
    // issue an order— (a) to collect, record, permit or assist ..."), so a phrase may run across the two
    const sentence = sentenceText(node, language);
    if (sentence) list.push({ kind: 'lead-in', label: `${cite(node.parent!)} with ${cite(node)}`, text: sentence, node: node.parent, sentence: true });
    let a = node.parent;
    for (const t of leadInTexts(node, language)) {
      list.push({ kind: 'lead-in', label: `lead-in of ${cite(a!)}`, text: t, node: a });
      a = a?.parent;
    }
    // Definitions of the terms the provision (or its lead-in) uses: per term the one that applies
    // here (a definition local to this section, else the nearest act-wide one before it, else the
    // first), so a law that defines a term again (per Part, or repeated) is read once per term
    const texts = [own, ...leadInTexts(node, language)];
    for (const defs of this.byTerm(statute).values()) {
      const applicable = defs.filter((d) => d.node !== node && (d.actWide || isDefinitionsProvision(d.node) || d.node.section === node.section));
      if (!applicable.length) continue;
      const pattern = this.termPattern(applicable[0], language);
      if (!pattern.slots.length || !texts.some((t) => findSpans(pattern, t, this.resolve).length > 0)) continue;
      const local = applicable.filter((d) => d.node.section === node.section && !d.actWide);
      const before = applicable.filter((d) => d.node.index <= node.index);
      const def = local[0] ?? before[before.length - 1] ?? applicable[0];
      list.push({ kind: 'definition', label: `definition of "${def.term}" (${cite(def.node)})`, text: definitionText(def, statute), node: def.node, term: new IndexedText(def.term, language) });
    }
    // Provisions it cites ("an offence under section 14"), itself, in its lead-in or in its paragraphs.
    const cited = new Set<ProvisionNode>();
    const citing = [node, ...(node.parent ? [node.parent] : []), ...descendants(node)];
    for (const n of citing) for (const r of referencesOf(n, statute)) if (!isInside(r, node)) cited.add(r);
    for (const r of cited) list.push({ kind: 'reference', label: `${cite(r)} (cited)`, text: subtreeText(r, language), node: r });
    this.cache.set(node, list);
    return list;
  }

  private readonly terms = new WeakMap<PreparedStatute, Map<string, Definition[]>>();

  /** The statute's definitions grouped by the term they define (in document order). */
  private byTerm(statute: PreparedStatute): Map<string, Definition[]> {
    let map = this.terms.get(statute);
    if (!map) {
      map = new Map();
      for (const d of statute.definitions) {
        const key = d.term.toLowerCase().replace(/\s+/g, ' ').trim();
        map.set(key, [...(map.get(key) ?? []), d]);
      }
      this.terms.set(statute, map);
    }
    return map;
  }

  private termPattern(def: Definition, language: MatchingLanguage) {
    let p = this.termPatterns.get(def);
    if (!p) {
      // The term's own words, adjacent; a term of common words ("data") still narrows to the defined sense.
      const words = def.term.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').trim();
      p = compilePattern(words.split(/\s+/).join(' ~0 '), language);
      this.termPatterns.set(def, p);
    }
    return p;
  }
}
