/**
 * Element detectors: does a provision (read with its context) contain an element of an article?
 * An element is met when one of its patterns is found, every group it lists is found (e.g. each
 * act an article names), and no narrowing wording is found in the provision or its lead-in.
 */
import { MatchingLanguage } from '../../common/language';
import { Element } from '../../instruments/instrument.model';
import { ElementRule } from '../lexicon/lexicon.model';
import { compilePattern, CompiledPattern, ConceptResolver, findSpans, IndexedText, Span } from '../patterns/cue-pattern';
import { EvidenceHit, EvidenceSource, SourceKind } from './evidence';
import { descendants, ownText } from '../statute/prepared-statute';

export interface ElementEvidence {
  elementId: string;
  met: boolean;
  /** Found in the text (not presumed). */
  found: boolean;
  presumed: boolean;
  hit?: EvidenceHit;
  /** The groups of an `all` rule that were not found (e.g. "suppressing"). */
  missingGroups: string[];
  narrowing?: { hit: EvidenceHit; why: string };
  why: string;
}

interface CompiledRule {
  notIn: CompiledPattern[];
  metBy: CompiledPattern[];
  any: CompiledPattern[];
  unless: CompiledPattern[];
  all: { label: string; any: CompiledPattern[] }[];
  narrowedBy: { pattern: CompiledPattern; why: string }[];
}

const ALL_SOURCES: SourceKind[] = ['provision', 'lead-in', 'definition', 'reference', 'statute'];
const NARROWING_SOURCES: SourceKind[] = ['provision', 'lead-in'];

export class ElementDetector {
  private readonly compiled = new Map<string, CompiledRule>();

  constructor(private readonly resolve: ConceptResolver) {}

  /** The rule for an element: the lexicon profile's, else the instrument model's cues and concepts. */
  static ruleFor(element: Element, profileRule: ElementRule | undefined, language: MatchingLanguage): ElementRule {
    if (profileRule) return profileRule;
    const cues = element.cues?.[language] ?? [];
    return { any: [...cues, ...(element.concepts ?? []).map((c) => `@${c}`)], why: element.label };
  }

  private compile(key: string, rule: ElementRule, language: MatchingLanguage): CompiledRule {
    const k = `${language}:${key}`;
    let c = this.compiled.get(k);
    if (!c) {
      const comp = (p: string) => compilePattern(p, language);
      c = {
        notIn: (rule.notInClauses ?? []).map(comp),
        metBy: (rule.metBy?.any ?? []).map(comp),
        any: (rule.any ?? []).map(comp),
        unless: (rule.unless ?? []).map(comp),
        all: (rule.all ?? []).map((g) => ({ label: g.label, any: g.any.map(comp) })),
        narrowedBy: (rule.narrowedBy ?? []).map((n) => ({ pattern: comp(n.pattern), why: n.why })),
      };
      this.compiled.set(k, c);
    }
    return c;
  }

  /** First hit of any pattern in the sources, in source order (nearest context first). */
  firstHit(patterns: CompiledPattern[], sources: EvidenceSource[], kinds: SourceKind[] = ALL_SOURCES, unless: CompiledPattern[] = [], conduct?: CompiledRule): EvidenceHit | undefined {
    for (const source of sources) {
      if (!kinds.includes(source.kind)) continue;
      const skip = conduct && source.kind !== 'definition' ? this.objectDefinitions(source.text, conduct) : [];
      const hit = this.hitIn(patterns, source.text, unless, skip);
      if (hit) return { source, span: hit.span, quote: source.text.quote(widen(hit.span, source.text)), pattern: hit.pattern };
    }
    return undefined;
  }

  private hitIn(patterns: CompiledPattern[], text: IndexedText, unless: CompiledPattern[], skip: Span[] = []): { span: Span; pattern: string } | undefined {
    let best: { span: Span; pattern: string } | undefined;
    const excluded = [...skip, ...unless.flatMap((u) => findSpans(u, text, this.resolve))];
    for (const p of patterns) {
      for (const span of findSpans(p, text, this.resolve)) {
        if (excluded.some((x) => x.start < span.end && span.start < x.end)) continue;
        // the earliest, then the shortest, span reads best as evidence
        if (!best || span.start < best.span.start || (span.start === best.span.start && span.end < best.span.end)) best = { span, pattern: p.source };
        break;
      }
    }
    return best;
  }

  detect(elementId: string, rule: ElementRule, allSources: EvidenceSource[], language: MatchingLanguage, allowed: SourceKind[] = ALL_SOURCES): ElementEvidence {
    const c = this.compile(elementId, rule, language);
    let sources = c.notIn.length ? this.withoutClauses(allSources, c.notIn, `${language}:${elementId}`) : allSources;
    if (rule.conduct) sources = sources.filter((s) => s.kind !== 'definition' || this.definesConduct(s, c));
    const kinds = rule.sources ? allowed.filter((k) => (rule.sources as SourceKind[]).includes(k) || k === 'statute') : allowed;
    const conduct = rule.conduct ? c : undefined;
    const hit = this.firstHit(c.any, sources, kinds, c.unless, conduct);
    const missingGroups: string[] = [];
    // every listed act must be in the provision itself, its definitions or what it cites; a lead-in
    // that names a category ("offences against the integrity and availability of data") is no act
    // (a lead-in read with its item is one sentence: "shall not deal with or possess— (a) a device ...")
    const groupSources = sources.filter((s) => s.kind !== 'lead-in' || s.sentence);
    if (hit) for (const g of c.all) if (!this.firstHit(g.any, groupSources, kinds, [], conduct)) missingGroups.push(g.label);
    let narrowing: ElementEvidence['narrowing'];
    // narrowing wording counts in the provision, its lead-in, and the provision the evidence came from
    // (a penalty clause that cites a narrow offence is as narrow)
    const narrowingSources = hit && hit.source.kind === 'reference' ? [...sources.filter((s) => NARROWING_SOURCES.includes(s.kind)), hit.source] : sources;
    const narrowingKinds = hit && hit.source.kind === 'reference' ? [...NARROWING_SOURCES, 'reference' as SourceKind] : NARROWING_SOURCES;
    for (const n of c.narrowedBy) {
      const h = this.firstHit([n.pattern], narrowingSources, narrowingKinds);
      if (h) {
        narrowing = { hit: h, why: n.why };
        break;
      }
    }
    // found, but met only when the stricter wording is there too
    const strict = hit && c.metBy.length ? this.firstHit(c.metBy, sources, kinds, c.unless, conduct) : undefined;
    const loose = !!hit && c.metBy.length > 0 && !strict;
    if (hit) {
      const met = missingGroups.length === 0 && !narrowing && !loose;
      const shown = strict ?? hit;
      const why = narrowing
        ? narrowing.why
        : missingGroups.length
          ? `${rule.why} Not all of it: ${missingGroups.join(', ')} not found.`
          : loose
            ? rule.metBy!.why
            : rule.why;
      return { elementId, met, found: true, presumed: false, hit: shown, missingGroups, narrowing, why };
    }
    if (rule.presumed && !narrowing) return { elementId, met: true, found: false, presumed: true, missingGroups, why: `Presumed: ${rule.presumed}` };
    return { elementId, met: false, found: false, presumed: false, missingGroups, narrowing, why: narrowing ? narrowing.why : `Not found: ${rule.why.replace(/\.$/, '').toLowerCase()}.` };
  }

  private readonly definitionSpans = new WeakMap<IndexedText, { span: Span; term: IndexedText }[]>();

  /**
   * Token spans of the definitions a provision's own text carries ('"storage medium" means ...;'),
   * up to the clause's end, whose term is no conduct word of the element: a long provision that
   * inserts definitions with its offences shows no conduct through them.
   */
  private objectDefinitions(text: IndexedText, c: CompiledRule): Span[] {
    let list = this.definitionSpans.get(text);
    if (!list) {
      const spans: { span: Span; term: IndexedText }[] = (list = []);
      // a definition runs to the next one in a list of them; the last one to the end of its clause
      const re = /["“”'‘’]([^"“”'‘’\n]{2,80})["“”'‘’]\s+(?:means|includes|refers to|has the meaning)\b/g;
      const found: { from: number; term: string }[] = [];
      for (let m = re.exec(text.text); m; m = re.exec(text.text)) found.push({ from: m.index, term: m[1] });
      found.forEach((d, k) => {
        const next = found[k + 1]?.from;
        const clauseEnd = text.text.slice(d.from).search(/[;\n]/);
        const ownEnd = clauseEnd < 0 ? text.text.length : d.from + clauseEnd;
        const to = next !== undefined && next - d.from <= 1500 ? next : ownEnd;
        const start = text.tokens.findIndex((t) => t.start >= d.from);
        let end = start;
        while (end >= 0 && end < text.tokens.length && text.tokens[end].end <= to) end++;
        if (start >= 0 && end > start) spans.push({ span: { start, end }, term: new IndexedText(d.term, text.language) });
      });
      this.definitionSpans.set(text, list);
    }
    if (!list.length) return [];
    return list.filter((d) => !this.namesConduct(d.term, c)).map((d) => d.span);
  }

  /** Whether a definition defines a conduct word of the element (its term is one of the acts). */
  private definesConduct(source: EvidenceSource, c: CompiledRule): boolean {
    return !!source.term && this.namesConduct(source.term, c);
  }

  /** A defined term that names a conduct of the element ("modification", "unauthorised change"). */
  private namesConduct(term: IndexedText, c: CompiledRule): boolean {
    const patterns = [...c.any, ...c.all.flatMap((g) => g.any)];
    return patterns.some((p) => findSpans(p, term, this.resolve).length > 0);
  }

  private readonly pruned = new Map<string, WeakMap<EvidenceSource['text'], IndexedText | null>>();

  /**
   * The sources read without the clauses that never evidence the element: a source that is such a
   * clause is left out; a provision holding one among its paragraphs is read without that paragraph.
   */
  private withoutClauses(sources: EvidenceSource[], clauses: CompiledPattern[], key: string): EvidenceSource[] {
    let memo = this.pruned.get(key);
    if (!memo) this.pruned.set(key, (memo = new WeakMap()));
    const matches = (t: IndexedText) => clauses.some((p) => findSpans(p, t, this.resolve).length > 0);
    const out: EvidenceSource[] = [];
    for (const source of sources) {
      let text = memo.get(source.text);
      if (text === undefined) {
        text = source.text;
        if (matches(source.text)) {
          text = null;
          const node = source.node;
          if (node && node.children.length && (source.kind === 'provision' || source.kind === 'reference')) {
            const kept = [node, ...descendants(node)].filter((n) => n.ownText.trim() && !matches(ownText(n, source.text.language)));
            if (kept.length) text = new IndexedText(kept.map((n) => n.ownText).join('\n'), source.text.language);
          }
        }
        memo.set(source.text, text);
      }
      if (text === source.text) out.push(source);
      else if (text) out.push({ ...source, text });
    }
    return out;
  }

  /** Whether any of the patterns occurs in one text (used for markers and `requires`). */
  occurs(key: string, patterns: string[], text: IndexedText, unless: string[] = []): EvidenceHit | undefined {
    const c = this.compile(key, { any: patterns, unless, why: key }, text.language);
    const hit = this.hitIn(c.any, text, c.unless);
    return hit ? { source: { kind: 'provision', label: '', text }, span: hit.span, quote: text.quote(widen(hit.span, text)), pattern: hit.pattern } : undefined;
  }
}

/** A little context around a hit, so the quote reads as a phrase. */
function widen(span: Span, text: IndexedText): Span {
  return { start: Math.max(0, span.start - 2), end: Math.min(text.tokens.length, span.end + 2) };
}
