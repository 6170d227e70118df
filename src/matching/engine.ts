/**
 * The matching engine for one lexicon: compiled patterns, detectors and provision classes.
 * Built once per lexicon and reused across analyses (patterns and stems are cached inside).
 */
import { compilePattern, ConceptResolver, findSpans, IndexedText } from './patterns/cue-pattern';
import { conceptResolver } from './lexicon/load-lexicon';
import { Lexicon, ProvisionClass } from './lexicon/lexicon.model';
import { ElementDetector } from './detect/element-detector';
import { ContextBuilder } from './detect/evidence';
import { leadInTexts, ownText, PreparedStatute, ProvisionNode, subtreeText } from './statute/prepared-statute';

export class MatchingEngine {
  readonly resolve: ConceptResolver;
  readonly detector: ElementDetector;
  private readonly marks = new WeakMap<IndexedText, Map<string, boolean>>();
  private readonly nonOperative = new Map<string, boolean>();

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
      const unless = kind === 'power' ? ['@without-right'] : [];
      v = !!this.detector.occurs(`marker:${kind}`, this.lexicon.markers[kind], text, unless);
      m.set(kind, v);
    }
    return v;
  }

  /** Own words, lead-ins and children: the provision as a reader takes it in. */
  private around(node: ProvisionNode, statute: PreparedStatute): IndexedText[] {
    return [subtreeText(node, statute.language), ...leadInTexts(node, statute.language)];
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
      const text = new IndexedText(heading, statute.language);
      v = this.lexicon.nonOperativeHeadings.some((p) =>
        findSpans(compilePattern(p, statute.language), text, this.resolve).some((s) => s.start === 0 && s.end === text.tokens.length),
      );
      this.nonOperative.set(heading, v);
    }
    return v;
  }

  isDefinitions(node: ProvisionNode): boolean {
    for (let n: ProvisionNode | undefined = node; n; n = n.parent) if (n.provision.role === 'definitions') return true;
    return false;
  }

  /** An offence: offence wording around it, and no grant of an investigative power in it. */
  isOffence(node: ProvisionNode, statute: PreparedStatute): boolean {
    const texts = this.around(node, statute);
    return texts.some((t) => this.marked('offence', t)) && !texts.some((t) => this.marked('power', t));
  }

  isPower(node: ProvisionNode, statute: PreparedStatute): boolean {
    return this.around(node, statute).some((t) => this.marked('power', t));
  }

  /** Co-operation wording in the provision, its lead-in or its section's heading. */
  isCooperationStrict(node: ProvisionNode, statute: PreparedStatute): boolean {
    const texts = this.around(node, statute);
    if (node.section.provision.heading) texts.push(ownText(node.section, statute.language));
    return texts.some((t) => this.marked('co-operation', t));
  }

  /** Co-operation wording anywhere in the provision's section. */
  isCooperation(node: ProvisionNode, statute: PreparedStatute): boolean {
    return this.isCooperationStrict(node, statute) || this.marked('co-operation', subtreeText(node.section, statute.language));
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
        return this.isCooperation(node, statute);
      default:
        return true;
    }
  }
}
