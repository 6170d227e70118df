/**
 * The matching engine for one lexicon: compiled patterns, detectors and provision classes.
 * Built once per lexicon and reused across analyses (patterns and stems are cached inside).
 */
import { MatchingLanguage } from '../common/language';
import { compilePattern, ConceptResolver, findSpans, IndexedText } from './patterns/cue-pattern';
import { conceptResolver } from './lexicon/load-lexicon';
import { Lexicon, ProvisionClass } from './lexicon/lexicon.model';
import { ElementDetector } from './detect/element-detector';
import { ContextBuilder } from './detect/evidence';
import { inDefinitions, isInside, leadInTexts, ownText, PreparedStatute, ProvisionNode } from './statute/prepared-statute';

export class MatchingEngine {
  readonly resolve: ConceptResolver;
  readonly detector: ElementDetector;
  private readonly marks = new WeakMap<IndexedText, Map<string, boolean>>();
  private readonly nonOperative = new Map<string, boolean>();
  private readonly headings = new Map<string, IndexedText>();

  /** A heading prepared for matching, shared by every article that reads it. */
  headingText(heading: string, language: MatchingLanguage): IndexedText {
    const key = `${language}\u0000${heading}`;
    let t = this.headings.get(key);
    if (!t) this.headings.set(key, (t = new IndexedText(heading, language)));
    return t;
  }

  constructor(readonly lexicon: Lexicon) {
    this.resolve = conceptResolver(lexicon);
    this.detector = new ElementDetector(this.resolve);
  }

  newContext(): ContextBuilder {
    return new ContextBuilder(this.resolve);
  }

  /** Whether a text carries one of the markers of a provision class (memoised per text). */
  marked(kind: Exclude<ProvisionClass, 'any'>, text: IndexedText): boolean {
    let m = this.marks.get(text);
    if (!m) this.marks.set(text, (m = new Map()));
    let v = m.get(kind);
    if (v === undefined) {
      // "without a warrant", "sin orden judicial": a power named only to say it is lacking marks no power
      // nor does a power to make regulations about a matter ("make regulations for the preservation of data")
      const unless = kind === 'power' ? ['@without-right', 'make|making ~3 regulations|rules', 'règlement|règlements|décret ~3 fixe|fixent|précise|précisent', 'reglamento|reglamentos|reglamentará'] : [];
      v = !!this.detector.occurs(`marker:${kind}`, this.lexicon.markers[kind], text, unless);
      m.set(kind, v);
    }
    return v;
  }

  private readonly below = new Map<string, WeakMap<ProvisionNode, boolean>>();

  /**
   * Whether the provision or anything below it carries the marker: read on each provision's own
   * words and carried up the tree, so that no subtree text has to be built to classify a provision.
   */
  markedBelow(kind: Exclude<ProvisionClass, 'any'>, node: ProvisionNode, statute: PreparedStatute): boolean {
    let memo = this.below.get(kind);
    if (!memo) this.below.set(kind, (memo = new WeakMap()));
    let v = memo.get(node);
    if (v === undefined) {
      v = (!!node.ownText.trim() && this.marked(kind, ownText(node, statute.language))) || node.children.some((c) => this.markedBelow(kind, c, statute));
      memo.set(node, v);
    }
    return v;
  }

  /** The marker in the provision, below it, or in the lead-in it continues. */
  private markedAround(kind: Exclude<ProvisionClass, 'any'>, node: ProvisionNode, statute: PreparedStatute): boolean {
    return this.markedBelow(kind, node, statute) || leadInTexts(node, statute.language).some((t) => this.marked(kind, t)) || this.markedInClosingWords(kind, node, statute);
  }

  /**
   * A list of items under a lead-in ("A person who— (a) ...; (b) ...; (c) ..., commits an offence")
   * ends with words that belong to every item; the parser leaves them on the last item.
   */
  private markedInClosingWords(kind: Exclude<ProvisionClass, 'any'>, node: ProvisionNode, statute: PreparedStatute): boolean {
    const parent = node.parent;
    if (!parent) return false;
    if (!parent.ownText.trim()) return kind === 'offence' && this.closesOuterList(kind, node, statute);
    const last = parent.children[parent.children.length - 1];
    if (!last || last === node || !last.ownText.trim() || last.children.length) return false;
    return this.marked(kind, ownText(last, statute.language));
  }

  /**
   * An item of an empty-headed item ("(a)(5)(A)" under a bare "(5)") shares the closing words of the
   * outer list, which the parser leaves on that list's deepest last item ("(a)(7)(C) ... shall be punished").
   */
  private closesOuterList(kind: Exclude<ProvisionClass, 'any'>, node: ProvisionNode, statute: PreparedStatute): boolean {
    let n = node.parent!;
    while (n.parent && !n.parent.ownText.trim() && n !== node.section) n = n.parent;
    const outer = n.parent;
    if (!outer || n === node.section) return false;
    let last = outer.children[outer.children.length - 1];
    while (last?.children.length) last = last.children[last.children.length - 1];
    if (!last || isInside(last, n) || !last.ownText.trim()) return false;
    return this.marked(kind, ownText(last, statute.language));
  }

  /**
   * Policy statements, objects clauses, short titles: they name what the law is about but oblige
   * nobody, so they implement no article. Recognised by a heading that is wholly such a phrase.
   */
  isNonOperative(node: ProvisionNode, statute: PreparedStatute): boolean {
    const heading = node.section.provision.heading ?? node.provision.heading;
    if (!heading) return false;
    let v = this.nonOperative.get(heading);
    if (v === undefined) {
      const text = this.headingText(heading, statute.language);
      v = this.lexicon.nonOperativeHeadings.some((p) =>
        findSpans(compilePattern(p, statute.language), text, this.resolve).some((s) => s.start === 0 && s.end === text.tokens.length),
      );
      this.nonOperative.set(heading, v);
    }
    return v;
  }

  isDefinitions(node: ProvisionNode): boolean {
    return inDefinitions(node);
  }

  /** An offence: offence wording around it, and no grant of an investigative power in it. */
  isOffence(node: ProvisionNode, statute: PreparedStatute): boolean {
    return this.markedAround('offence', node, statute) && !this.markedAround('power', node, statute);
  }

  isPower(node: ProvisionNode, statute: PreparedStatute): boolean {
    return this.markedAround('power', node, statute) && !this.describesFunctions(node, statute);
  }

  private readonly functionHeadings = new Map<string, boolean>();

  /** A provision headed as a body's functions or duties, or as a power to make regulations: it grants no power. */
  describesFunctions(node: ProvisionNode, statute: PreparedStatute): boolean {
    const heading = node.section.provision.heading ?? node.provision.heading;
    if (!heading || !this.lexicon.nonPowerHeadings.length) return false;
    let v = this.functionHeadings.get(heading);
    if (v === undefined) {
      const text = this.headingText(heading, statute.language);
      v = this.lexicon.nonPowerHeadings.some((p) => findSpans(compilePattern(p, statute.language), text, this.resolve).some((s) => s.start === 0));
      this.functionHeadings.set(heading, v);
    }
    return v;
  }

  /** Co-operation wording in the provision, its lead-in or its section's heading. */
  isCooperationStrict(node: ProvisionNode, statute: PreparedStatute): boolean {
    if (this.markedAround('co-operation', node, statute)) return true;
    return !!node.section.provision.heading && this.marked('co-operation', ownText(node.section, statute.language));
  }

  /** Co-operation wording anywhere in the provision's section, or in the title of a statute wholly about co-operation. */
  isCooperation(node: ProvisionNode, statute: PreparedStatute): boolean {
    return this.isCooperationStrict(node, statute) || this.markedBelow('co-operation', node.section, statute) || this.titleMarked('co-operation', statute);
  }

  private readonly titles = new WeakMap<PreparedStatute, Map<string, boolean>>();

  /** The statute's title carries the marker (a Mutual Legal Assistance Act, an Extradition Act). */
  titleMarked(kind: Exclude<ProvisionClass, 'any'>, statute: PreparedStatute): boolean {
    let m = this.titles.get(statute);
    if (!m) this.titles.set(statute, (m = new Map()));
    let v = m.get(kind);
    if (v === undefined) m.set(kind, (v = !!statute.title.trim() && this.marked(kind, this.headingText(statute.title, statute.language))));
    return v;
  }

  qualifies(kind: ProvisionClass, node: ProvisionNode, statute: PreparedStatute): boolean {
    if (kind === 'definitions') return this.isDefinitions(node);
    if (this.isDefinitions(node) || this.isNonOperative(node, statute)) return false;
    switch (kind) {
      case 'offence':
        return this.isOffence(node, statute) && !this.isCooperationStrict(node, statute);
      case 'power':
        return this.isPower(node, statute) && !this.isCooperationStrict(node, statute);
      case 'co-operation':
        // an offence provision punishes (a disclosure to a foreign authority may be its exception); it gives no assistance
        return this.isCooperation(node, statute) && !this.isOffence(node, statute);
      default:
        return true;
    }
  }
}
