/**
 * Evaluating one provision against one article: each element's finding with its evidence,
 * whether the article's anchor is present in the provision's own words, and the coverage.
 */
import { Article, Element, requiredElements } from '../../instruments/instrument.model';
import { ElementDetector, ElementEvidence } from '../detect/element-detector';
import { ContextBuilder, EvidenceSource } from '../detect/evidence';
import { ArticleProfile, ElementRule } from '../lexicon/lexicon.model';
import { PreparedStatute, ProvisionNode } from '../statute/prepared-statute';

export interface CandidateEvaluation {
  node: ProvisionNode;
  statute: PreparedStatute;
  article: Article;
  findings: ElementEvidence[];
  /** An anchor element was found in the provision's own words (or its children's). */
  anchorFound: boolean;
  /**
   * The anchor is in its own words (or the sentence its lead-in makes with it), not only in a part
   * of its section it cites ("a person who contravenes subsection (1) commits an offence").
   */
  ownAnchor?: boolean;
  /** Weighted share of the required elements met (found counts more than presumed). */
  coverage: number;
  retrieval: number;
  exampleSimilarity: number;
  score: number;
  /** Other articles of the same group this provision also implements: 0 for a provision about this article alone. */
  breadth: number;
  /** Headed for another article of the same group (e.g. "System interference" for Art. 4). */
  elsewhere?: boolean;
  /** Headed for this article ("Illegal access", "Acceso ilícito"). */
  headed?: boolean;
}


export interface EvaluationTools {
  detector: ElementDetector;
  context: ContextBuilder;
  /** Extra sources for elements whose scope is the whole statute. */
  statuteSources: (statute: PreparedStatute, profile: ArticleProfile) => EvidenceSource[];
  /** Every provision of the statute with words of its own, for an element's `statuteWide` patterns. */
  allSources?: (statute: PreparedStatute) => EvidenceSource[];
}

export function ruleOf(element: Element, profile: ArticleProfile | undefined, language: PreparedStatute['language']): ElementRule {
  return ElementDetector.ruleFor(element, profile?.elements[element.id], language);
}

export function evaluateCandidate(
  node: ProvisionNode,
  statute: PreparedStatute,
  article: Article,
  profile: ArticleProfile | undefined,
  tools: EvaluationTools,
): Omit<CandidateEvaluation, 'retrieval' | 'exampleSimilarity' | 'score' | 'breadth'> {
  const sources = tools.context.sources(node, statute);
  const findings: ElementEvidence[] = [];
  let anchorFound = false;
  let ownAnchor = false;
  for (const element of article.elements) {
    const rule = ruleOf(element, profile, statute.language);
    let finding = tools.detector.detect(element.id, rule, sources, statute.language);
    if (!finding.met && rule.scope === 'statute' && profile) {
      // a general rule elsewhere in the statute (an attempt clause for every offence) outranks a narrower one here
      const wider = statuteFinding(tools, statute, `${profile.article}\u0000${element.id}`, () => tools.detector.detect(element.id, rule, tools.statuteSources(statute, profile), statute.language));
      if (wider.met || (wider.found && !finding.found)) finding = wider;
    }
    if (!finding.found && rule.statuteWide?.length && tools.allSources) {
      const all = tools.allSources;
      const anywhere = statuteFinding(tools, statute, `${element.id}\u0000statute-wide`, () =>
        tools.detector.detect(`${element.id}:statute-wide`, { any: rule.statuteWide, why: rule.why }, all(statute), statute.language),
      );
      if (anywhere.found) finding = { ...anywhere, elementId: element.id };
    }
    findings.push(finding);
    const isAnchor = profile ? profile.anchors.includes(element.id) : element.kind === 'required';
    if (isAnchor && finding.found && finding.hit && ownsEvidence(node, finding.hit.source)) {
      anchorFound = true;
      if (finding.hit.source.kind === 'provision' || finding.hit.source.sentence) ownAnchor = true;
    }
  }
  return { node, statute, article, findings, anchorFound, ownAnchor, coverage: coverageOf(article, profile, findings) };
}

const statuteFindings = new WeakMap<EvaluationTools, WeakMap<PreparedStatute, Map<string, ElementEvidence>>>();

/** A finding read from the whole statute is the same for every candidate: computed once per analysis. */
function statuteFinding(tools: EvaluationTools, statute: PreparedStatute, key: string, compute: () => ElementEvidence): ElementEvidence {
  let byStatute = statuteFindings.get(tools);
  if (!byStatute) statuteFindings.set(tools, (byStatute = new WeakMap()));
  let map = byStatute.get(statute);
  if (!map) byStatute.set(statute, (map = new Map()));
  let f = map.get(key);
  if (!f) map.set(key, (f = compute()));
  return f;
}

/**
 * The provision itself carries the evidence: its own words or children's, or a part of its own
 * section it points to ("through any of the means described in subsection (2)").
 */
function ownsEvidence(node: ProvisionNode, source: EvidenceSource): boolean {
  // the item states the conduct with the lead-in it completes ("A person who hinders— (a) the functioning of a system")
  if (source.kind === 'provision' || source.sentence) return true;
  if ((source.kind === 'reference' || source.kind === 'definition') && source.node) return source.node.section === node.section && !source.node.provision.role.startsWith('def');
  return false;
}

export function coverageOf(article: Article, profile: ArticleProfile | undefined, findings: ElementEvidence[]): number {
  let total = 0;
  let got = 0;
  for (const e of requiredElements(article)) {
    const f = findings.find((x) => x.elementId === e.id);
    const weight = profile?.anchors.includes(e.id) ? 2 : 1;
    total += weight;
    if (!f) continue;
    if (f.met) got += weight * (f.found ? 1 : 0.85);
    else if (f.found) got += weight * 0.4;
  }
  return total ? got / total : 0;
}
