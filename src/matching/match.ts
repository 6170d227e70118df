/**
 * match: a country's statutes against an instrument, article by article. A pure function of its
 * inputs (no Nest, no database): retrieval proposes provisions, element detectors read each with
 * its context, and the ranking orders them. It suggests; it never decides a status or a severity
 * (that is `assess` in src/gaps, on the effective mappings of src/review).
 */
import { DomainError } from '../common/domain-error';
import { isMatchingLanguage, MatchingLanguage } from '../common/language';
import { Article, Instrument, requiredElements } from '../instruments/instrument.model';
import { ParsedStatute } from '../statutes/provision.model';
import { ArticleExplanation, ArticleSuggestions, ConfirmedExample, ENGINE, ExclusionCode, MatchResult, RankingCode, Relationship, SuggestedElement, Suggestion, SuggestionRole } from './match.model';
import { ArticleProfile, Lexicon } from './lexicon/lexicon.model';
import { MatchingEngine } from './engine';
import { EvidenceSource, cite } from './detect/evidence';
import { ElementEvidence } from './detect/element-detector';
import { CandidateEvaluation, evaluateCandidate, EvaluationTools, ruleOf } from './assess/candidates';
import { buildArticleQuery, buildProvisionIndex } from './retrieval/article-query';
import { ExampleMemory } from './learn/example-memory';
import { descendants, ownText, prepareStatute, PreparedStatute, ProvisionNode, isInside, referencesOf, sentenceText, subtreeText } from './statute/prepared-statute';
import { findBeyondConvention } from './beyond-convention';
import { compilePattern, findSpans, IndexedText } from './patterns/cue-pattern';
import { Bm25Index } from './index/bm25';
import { DEFAULT_POLICY, ScoringPolicy } from './scoring-policy';

export interface MatchInput {
  instrument: Instrument;
  statutes: { title: string; parsed: ParsedStatute }[];
  lexicon: Lexicon;
  /** Mappings reviewers confirmed elsewhere: they steer retrieval and ranking. */
  examples?: ConfirmedExample[];
  /** Explain each article's ranking and exclusions (reason codes). */
  explain?: boolean;
  /** The scoring weights (DEFAULT_POLICY unless an evaluation compares another). */
  policy?: ScoringPolicy;
  /** Called as each article is matched (for progress bars). */
  onProgress?: (done: number, total: number, article: string) => void;
}

/** The instrument's article profiles: an instrument without any cannot be matched (typed error, never a guess). */
export function instrumentProfiles(lexicon: Lexicon, instrument: Instrument): Map<string, ArticleProfile> {
  const numbers = new Set(instrument.articles.map((a) => a.number));
  const profiles = new Map(lexicon.profiles.filter((p) => p.instrument === instrument.id && numbers.has(p.article)).map((p) => [p.article, p]));
  if (!profiles.size) {
    throw new DomainError('INSTRUMENT_NOT_PROFILED', `${instrument.shortTitle} (${instrument.id}) has no article profiles in the lexicon (data/lexicon/profiles/${instrument.id}.json), so national law cannot be matched against it.`);
  }
  return profiles;
}

/** The articles a national law is assessed against: those the instrument's profiles describe (general principles and final clauses have none). */
export function assessedArticles(lexicon: Lexicon, instrument: Instrument): Article[] {
  const profiles = instrumentProfiles(lexicon, instrument);
  return instrument.articles.filter((a) => profiles.has(a.number));
}

const MAX_PROVISIONS = 8;
/** Repealed provisions and the formal parts of a law (preamble, promulgation, signatures) implement nothing. */
const INERT_ROLES = new Set<string>(['repealed', 'formal']);
const engines = new WeakMap<Lexicon, MatchingEngine>();

function engineFor(lexicon: Lexicon): MatchingEngine {
  let e = engines.get(lexicon);
  if (!e) engines.set(lexicon, (e = new MatchingEngine(lexicon)));
  return e;
}

interface Run {
  engine: MatchingEngine;
  tools: EvaluationTools;
  statutes: PreparedStatute[];
  index: Bm25Index<ProvisionNode>;
  examples: ExampleMemory;
  language: MatchingLanguage;
  /** Provisions the matcher relies on per article, for the ranking of articles that depend on others (sanctions, scope, safeguards). */
  chosen: Map<string, CandidateEvaluation[]>;
  statuteOf: Map<ProvisionNode, PreparedStatute>;
  /** Per article, the provisions whose own words carry an anchor element (and that qualify for it). */
  anchorNodes: Map<string, ProvisionNode[]>;
  /** Per provision, the articles anchored in it or below it, by group (offences, powers, co-operation). */
  anchoredBelow: Map<ProvisionNode, Set<string>>;
  groupOf: Map<string, string>;
  /** Articles whose heading cues match a heading (memo by heading text and group). */
  headedFor: Map<string, Set<string>>;
  profiles: Map<string, ArticleProfile>;
  /** Retrieval scores per article, best first (one BM25 search per article). */
  retrieval: Map<string, { item: ProvisionNode; score: number }[]>;
  relativeRetrieval: Map<string, Map<ProvisionNode, number>>;
  /** Provisions reported as beyond the Convention. */
  beyond: Set<ProvisionNode>;
  policy: ScoringPolicy;
  explain: boolean;
}

export function match(input: MatchInput): MatchResult {
  const profiles = instrumentProfiles(input.lexicon, input.instrument);
  const assessed = input.instrument.articles.filter((a) => profiles.has(a.number));
  const engine = engineFor(input.lexicon);
  const statutes: PreparedStatute[] = [];
  const unmatched: string[] = [];
  for (const s of input.statutes) {
    const lang = s.parsed.language;
    if (isMatchingLanguage(lang)) statutes.push(prepareStatute(s.title, s.parsed, lang));
    else unmatched.push(`${s.title} (language "${lang}" has no lexicon)`);
  }
  const result: MatchResult = { instrument: input.instrument.id, engine: { ...ENGINE, policy: `${(input.policy ?? DEFAULT_POLICY).name}@${(input.policy ?? DEFAULT_POLICY).version}` }, articles: [], beyondConvention: [], unmatched };
  if (!statutes.length) {
    result.notAssessed = `No statute in a matched language (en, fr, es) to assess: ${unmatched.join('; ') || 'no statute given'}.`;
    result.articles = assessed.map((a) => ({ article: a.number, title: a.title, suggestions: [], lookedFor: profiles.get(a.number)?.anchors ?? [] }));
    return result;
  }
  const language = dominantLanguage(statutes);
  const statuteOf = new Map<ProvisionNode, PreparedStatute>();
  for (const s of statutes) for (const n of s.nodes) statuteOf.set(n, s);
  const context = engine.newContext();
  const statuteSourceCache = new Map<string, EvidenceSource[]>();
  const allSourceCache = new Map<PreparedStatute, EvidenceSource[]>();
  const tools: EvaluationTools = {
    detector: engine.detector,
    context,
    allSources: (statute) => {
      let list = allSourceCache.get(statute);
      if (!list) {
        list = statute.nodes
          .filter((n) => n.ownText.trim() && n.citation.trim() && !INERT_ROLES.has(n.provision.role))
          .map((n) => ({ kind: 'statute' as const, label: cite(n), text: ownText(n, statute.language), node: n }));
        allSourceCache.set(statute, list);
      }
      return list;
    },
    statuteSources: (statute, profile) => {
      const key = `${statute.title}\u0000${profile.implementedBy}`;
      let list = statuteSourceCache.get(key);
      if (!list) {
        list = statute.nodes
          // a penalty provision belongs with the offences it sanctions, whatever other wording its Part carries
          .filter((n) => n.ownText.trim() && (engine.isDefinitions(n) || engine.qualifies(profile.implementedBy, n, statute) || (profile.implementedBy === 'offence' && n.provision.role === 'penalty')))
          .map((n) => ({ kind: 'statute' as const, label: cite(n), text: ownText(n, statute.language), node: n }));
        statuteSourceCache.set(key, list);
      }
      return list;
    },
  };
  const index = buildProvisionIndex(statutes);
  const examples = new ExampleMemory(input.examples ?? [], index);
  for (const s of statutes) examples.attach(s.nodes, s.language);
  const run: Run = { engine, tools, statutes, index, examples, language, chosen: new Map(), statuteOf, anchorNodes: new Map(), anchoredBelow: new Map(), groupOf: new Map(), headedFor: new Map(), profiles, retrieval: new Map(), relativeRetrieval: new Map(), beyond: new Set(), policy: input.policy ?? DEFAULT_POLICY, explain: !!input.explain };

  mapAnchors(assessed, profiles, run);
  // speech offences are reported apart and never proposed as implementing an article; a provision
  // that states one of the instrument's offences is not one of them
  const implementsOffence = (node: ProvisionNode) => [...(run.anchoredBelow.get(node) ?? [])].some((a) => run.groupOf.get(a) === 'offence');
  const beyond = findBeyondConvention(statutes, engine, input.lexicon, implementsOffence);
  for (const b of beyond) run.beyond.add(b.node);
  // Articles that read others' results come after them (sanctions after the offences, safeguards after the powers).
  const order = [...assessed].sort((a, b) => phase(a) - phase(b));
  const byArticle = new Map<string, ArticleSuggestions>();
  order.forEach((article, i) => {
    byArticle.set(article.number, suggestArticle(article, profiles.get(article.number)!, run));
    input.onProgress?.(i + 1, order.length, article.number);
  });
  result.articles = assessed.map((a) => byArticle.get(a.number)!);
  markBreadth(result.articles, run);
  result.beyondConvention = beyond.map((b) => b.finding);
  return result;
}

function dominantLanguage(statutes: PreparedStatute[]): MatchingLanguage {
  const count = new Map<MatchingLanguage, number>();
  for (const s of statutes) count.set(s.language, (count.get(s.language) ?? 0) + s.nodes.length);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

/** An article that depends on others (its dependsOn in the instrument model) is matched after them. */
function phase(article: Article): number {
  return article.dependsOn ? 2 : 1;
}

// ------------------------------------------------------------------------------------------------
// Candidates and ranking

/** Why a provision cannot implement the article (a reason code), or undefined when it can. */
function inadmissibility(node: ProvisionNode, profile: ArticleProfile | undefined, run: Run): ExclusionCode | undefined {
  const statute = run.statuteOf.get(node)!;
  // a provision must be citable: unnumbered text (a preamble, an amending act's quoted matter) is read as context only
  if (!node.citation.trim()) return 'NOT_CITABLE';
  if (INERT_ROLES.has(node.provision.role)) return 'INERT';
  for (const b of run.beyond) if (isInside(node, b)) return 'BEYOND_INSTRUMENT';
  if (['part', 'chapter', 'title', 'division'].includes(node.provision.kind) && node.children.length) return 'GROUPING';
  if (!run.engine.qualifies(profile?.implementedBy ?? 'any', node, statute)) return 'WRONG_CLASS';
  if (profile?.requires?.length) {
    const has = (n: ProvisionNode) => !!n.ownText.trim() && !!run.engine.detector.occurs(`requires:${profile.article}`, profile.requires!, ownText(n, statute.language));
    const below = (n: ProvisionNode): boolean => has(n) || n.children.some(below);
    let ok = below(node);
    for (let a = node.parent; a && !ok; a = a.parent) ok = has(a);
    // a statute that is wholly about the matter (a Mutual Legal Assistance Act) says it in its title
    if (!ok && statute.title.trim()) ok = !!run.engine.detector.occurs(`requires:${profile.article}`, profile.requires, run.engine.headingText(statute.title, statute.language));
    if (!ok) return 'REQUIRED_WORDING_ABSENT';
  }
  return undefined;
}

/** Whether a provision can implement the article: its class, and the wording the article requires. */
function admissible(node: ProvisionNode, profile: ArticleProfile | undefined, run: Run): boolean {
  return inadmissibility(node, profile, run) === undefined;
}

/** Provisions whose own words carry an anchor of the article, for every article, and what each provision holds below it. */
function mapAnchors(articles: Article[], profiles: Map<string, ArticleProfile>, run: Run): void {
  for (const article of articles) {
    const profile = profiles.get(article.number);
    const patterns = (profile?.anchors ?? []).flatMap((id) => profile!.elements[id]?.any ?? []);
    const unless = (profile?.anchors ?? []).flatMap((id) => profile!.elements[id]?.unless ?? []);
    const found: ProvisionNode[] = [];
    if (patterns.length && profile?.special !== 'definitions') {
      for (const statute of run.statutes) {
        for (const node of statute.nodes) {
          // definitions, repealed text and formal parts (preamble, signatures) implement nothing by themselves
          if (!node.ownText.trim() || INERT_ROLES.has(node.provision.role) || run.engine.isDefinitions(node)) continue;
          // the provision's class first (memoised, shared by all articles), then the article's anchors
          if (profile && !run.engine.qualifies(profile.implementedBy, node, statute)) continue;
          if (!run.engine.detector.occurs(`anchor:${article.number}`, patterns, ownText(node, statute.language), unless)) {
            // an item carries the anchor with the lead-in it completes
            const sentence = node.children.length ? undefined : sentenceText(node, statute.language);
            if (!sentence || !run.engine.detector.occurs(`anchor:${article.number}`, patterns, sentence, unless)) {
              // a defined term in its own words carries its definition ("causes damage", damage being
              // defined as impairing the integrity of data): the anchor may sit in that definition
              if (profile?.implementedBy !== 'offence' || !anchoredInDefinition(node, statute, article.number, patterns, unless, run)) continue;
            }
          }
          found.push(node);
        }
      }
    }
    run.anchorNodes.set(article.number, found);
    // breadth is counted among articles of one group, for articles assessed provision by provision
    if (!profile || profile.special || !['offence', 'power', 'co-operation'].includes(profile.implementedBy)) continue;
    run.groupOf.set(article.number, profile.implementedBy);
    for (const node of found) {
      if (!admissible(node, profile, run)) continue;
      for (let n: ProvisionNode | undefined = node; n; n = n.parent) {
        let set = run.anchoredBelow.get(n);
        if (!set) run.anchoredBelow.set(n, (set = new Set()));
        set.add(article.number);
      }
    }
  }
}

/** An anchor in the definition of a term the provision's own words use (not its lead-in's). */
function anchoredInDefinition(node: ProvisionNode, statute: PreparedStatute, article: string, patterns: string[], unless: string[], run: Run): boolean {
  const own = ownText(node, statute.language);
  if (!own.tokens.length) return false;
  return run.tools.context.sources(node, statute).some((s) => {
    if (s.kind !== 'definition' || !s.term) return false;
    const term = compilePattern(s.term.text.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').trim().split(/\s+/).join(' ~0 '), statute.language);
    return findSpans(term, own, run.engine.resolve).length > 0 && run.engine.detector.occurs(`anchor:${article}:def`, patterns, s.text, unless);
  });
}

/** How many other articles of the same group the provision also implements (a broad provision). */
function breadthOf(node: ProvisionNode, article: string, run: Run): number {
  const group = run.groupOf.get(article);
  if (!group) return 0;
  let n = 0;
  for (const other of run.anchoredBelow.get(node) ?? []) if (other !== article && run.groupOf.get(other) === group) n++;
  return n;
}

/** The heading that names a provision's subject: its own, else its nearest ancestor's. */
function headingOf(node: ProvisionNode): string | undefined {
  for (let n: ProvisionNode | undefined = node; n; n = n.parent) if (n.provision.heading?.trim()) return n.provision.heading;
  return undefined;
}

/**
 * The articles whose heading cues match the provision's heading: those of the article's own group
 * (offences, powers, co-operation) and those any provision may implement, such as trans-border
 * access (memoised per heading and group).
 */
function headedArticles(node: ProvisionNode, article: string, run: Run): Set<string> | undefined {
  const heading = headingOf(node);
  const group = run.groupOf.get(article);
  if (!group || !heading) return undefined;
  const key = `${group}\u0000${heading}`;
  let set = run.headedFor.get(key);
  if (!set) {
    set = new Set();
    const text = run.engine.headingText(heading, run.statuteOf.get(node)!.language);
    for (const [num, profile] of run.profiles) {
      const cues = profile.headingCues ?? [];
      const sameGroup = run.groupOf.get(num) === group || (profile.implementedBy === 'any' && !profile.special);
      if (sameGroup && cues.length && run.engine.detector.occurs(`heading:${num}`, cues, text)) set.add(num);
    }
    // the group's general article gives way to a specific one the same heading names
    // ("Mutual assistance regarding access to stored data" is Art. 31's, not Art. 25's)
    if (set.size > 1) for (const num of [...set]) if (run.profiles.get(num)?.groupHeadingCues?.length) set.delete(num);
    run.headedFor.set(key, set);
  }
  return set;
}

/**
 * A provision headed for another article ("System interference" when assessing data interference,
 * "Trans-border access" when assessing search): its words may serve this article too, but as the
 * other's means or parts.
 */
function headedElsewhere(node: ProvisionNode, article: string, run: Run): boolean {
  const set = headedArticles(node, article, run);
  if (!set || set.size === 0 || set.has(article)) return false;
  // A heading describes its section. A subsection or paragraph under it whose own words state this
  // article's conduct and none of the heading's articles is a limb of a mixed section ("Unauthorised
  // access" holding a data-interference subsection), not the other article's provision.
  // (offences only: the subsections of a power or co-operation section are parts of one scheme)
  if (!node.provision.heading?.trim() && run.groupOf.get(article) === 'offence') {
    const below = run.anchoredBelow.get(node);
    if (below?.has(article) && ![...set].some((a) => below.has(a))) return false;
  }
  return true;
}

/**
 * The provision's heading names this article's subject (its heading cues) and no other article's
 * ("Mutual assistance regarding interception" is Art. 34's more than Art. 25's).
 */
function headedHere(node: ProvisionNode, profile: ArticleProfile | undefined, run: Run): boolean {
  const set = profile ? headedArticles(node, profile.article, run) : undefined;
  if (set?.size) return set.has(profile!.article) && set.size === 1;
  if (set && profile?.groupHeadingCues?.length) {
    const heading = headingOf(node);
    return !!heading && !!run.engine.detector.occurs(`group-heading:${profile.article}`, profile.groupHeadingCues, run.engine.headingText(heading, run.statuteOf.get(node)!.language));
  }
  if (set) return false;
  const heading = headingOf(node);
  if (!heading || !profile?.headingCues?.length) return false;
  return !!run.engine.detector.occurs(`heading:${profile.article}`, profile.headingCues, run.engine.headingText(heading, run.statuteOf.get(node)!.language));
}

function retrieve(article: Article, profile: ArticleProfile | undefined, run: Run): { item: ProvisionNode; score: number }[] {
  let list = run.retrieval.get(article.number);
  if (!list) {
    const query = buildArticleQuery(article, profile, run.engine.lexicon, run.language, run.examples.all);
    run.retrieval.set(article.number, (list = run.index.search(query, 400)));
  }
  return list;
}

function candidateNodes(article: Article, profile: ArticleProfile | undefined, run: Run): ProvisionNode[] {
  const set = new Set<ProvisionNode>();
  for (const node of run.anchorNodes.get(article.number) ?? []) for (let n: ProvisionNode | undefined = node; n; n = n.parent) set.add(n);
  for (const r of retrieve(article, profile, run).slice(0, 12)) set.add(r.item);
  for (const n of run.examples.nearest(article.number, 5)) set.add(n);
  return [...set].filter((node) => admissible(node, profile, run));
}

/**
 * A candidate's score, in [0, 1], is what the ranking sorts by:
 * - a provision whose own words carry the article's anchor scores 0.55-1.0 (0.4-0.7 when its
 *   heading names another article of the group: it serves this one only as that one's means or part);
 *   within that, 60% is the weighted share of required elements met (coverage), 25% how strongly
 *   the provision is signalled for the article (fully by a heading naming it or a reviewer-confirmed
 *   example worded like it, half as much by the retrieval score relative to the best), and 15% its
 *   focus (a provision that states only this article of its group beats one that states several,
 *   and one that states it in its own words beats a clause that only cites it);
 * - a provision without the anchor is context, at most 0.35.
 */
export function candidateScore(
  c: Pick<CandidateEvaluation, 'anchorFound' | 'ownAnchor' | 'coverage' | 'retrieval' | 'exampleSimilarity' | 'breadth' | 'elsewhere' | 'headed'>,
  policy: ScoringPolicy = DEFAULT_POLICY,
): number {
  const w = policy.candidate;
  const relevance = Math.max(c.retrieval, c.exampleSimilarity);
  if (!c.anchorFound) return w.contextMax * (w.contextCoverage * c.coverage + (1 - w.contextCoverage) * relevance);
  const signal = c.headed || c.exampleSimilarity >= w.confirmedSimilarity ? 1 : w.retrievalSignal * relevance;
  // a clause that takes its conduct from the subsection it cites (a penalty clause) is not about the article itself
  const focus = c.ownAnchor === false ? 0 : 1 / (1 + c.breadth);
  const q = w.coverage * c.coverage + w.signal * signal + w.focus * focus;
  const band = c.elsewhere ? w.elsewhere : w.anchored;
  return band.base + band.span * q;
}

/** Retrieval scores of the article's search by provision, relative to the best (built once per article). */
function relativeRetrieval(article: Article, profile: ArticleProfile | undefined, run: Run): Map<ProvisionNode, number> {
  let map = run.relativeRetrieval.get(article.number);
  if (!map) {
    const list = retrieve(article, profile, run);
    const best = Math.max(1e-9, ...list.map((r) => r.score));
    run.relativeRetrieval.set(article.number, (map = new Map(list.map((r) => [r.item, r.score / best]))));
  }
  return map;
}

function scoreCandidates(article: Article, profile: ArticleProfile | undefined, nodes: ProvisionNode[], run: Run): CandidateEvaluation[] {
  const retrieved = relativeRetrieval(article, profile, run);
  return nodes.map((node) => {
    const statute = run.statuteOf.get(node)!;
    const base = evaluateCandidate(node, statute, article, profile, run.tools);
    const c = {
      ...base,
      retrieval: retrieved.get(node) ?? 0,
      exampleSimilarity: run.examples.similarity(article.number, node),
      score: 0,
      breadth: breadthOf(node, article.number, run),
      elsewhere: headedElsewhere(node, article.number, run),
      headed: headedHere(node, profile, run),
    };
    c.score = candidateScore(c, run.policy);
    return c;
  });
}

const bucket = (x: number) => Math.round(x * 20) / 20;

/** Rank follows the score; equal scores keep document order. */
function compareCandidates(a: CandidateEvaluation, b: CandidateEvaluation): number {
  return Number(isScheduleForm(a.node)) - Number(isScheduleForm(b.node)) || b.score - a.score || a.node.index - b.node.index;
}

/** Listed after the provisions that state the law: a schedule form; for an offence, a clause that only sets its punishment. */
function subordinate(node: ProvisionNode, profile: ArticleProfile | undefined): number {
  if (isScheduleForm(node)) return 2;
  // (the sanctions article is the exception: penalty clauses are its subject)
  return profile?.implementedBy === 'offence' && profile.special !== 'sanctions' && isPenaltyClause(node) ? 1 : 0;
}

/** "The punishment for an offense under subsection (a) is— ...": the clause or a lead-in above it sets a penalty for offences defined elsewhere. */
const PENALTY_LEAD = /^\s*(?:\([a-z0-9]+\)\s*)?(?:the\s+)?(?:punishment|penalty|penalties)\s+for\s+(?:an?\s+)?(?:offen[cs]es?|violations?)\s+(?:under|against|of)\b/i;

function isPenaltyClause(node: ProvisionNode): boolean {
  for (let n: ProvisionNode | undefined = node; n; n = n.parent) if (PENALTY_LEAD.test(n.provision.text)) return true;
  return false;
}

/** A form printed in a schedule ("FORM 5.001") carries out a section; the section is the provision to cite first. */
function isScheduleForm(node: ProvisionNode): boolean {
  return node.section.provision.kind === 'schedule' && /^(form|formule|formulario)\b/i.test(node.section.citation);
}

/**
 * Best first. Of nested provisions keep one: the finer replaces the coarser when the coarser only
 * adds other articles' provisions (it is broader), or when the finer is as complete. When a coarser
 * provision gives way to a finer one, the finer one's siblings that also state the article stay
 * (devices in paragraph (a), passwords in paragraph (b)): the article's status reads them together.
 */
export function rankCandidates(evals: CandidateEvaluation[]): CandidateEvaluation[] {
  const sorted = [...evals].sort(compareCandidates);
  const kept: CandidateEvaluation[] = [];
  const replaced: CandidateEvaluation[] = [];
  const skipped: CandidateEvaluation[] = [];
  for (const c of sorted) {
    const nestedAt = kept.findIndex((k) => isInside(c.node, k.node) || isInside(k.node, c.node));
    if (nestedAt < 0) {
      kept.push(c);
      continue;
    }
    const k = kept[nestedAt];
    if (!isInside(c.node, k.node) || c.anchorFound !== k.anchorFound) {
      skipped.push(c);
      continue;
    }
    const narrower = c.breadth < k.breadth;
    const asGood = c.breadth === k.breadth && !!c.elsewhere === !!k.elsewhere && bucket(c.coverage) >= bucket(k.coverage);
    if (narrower || asGood) {
      kept[nestedAt] = c;
      replaced.push(k);
    } else skipped.push(c);
  }
  // siblings inside a provision that gave way, passed over while it was still kept
  for (const c of skipped) {
    if (!c.anchorFound || !replaced.some((r) => isInside(c.node, r.node) && r.node !== c.node)) continue;
    if (kept.some((k) => isInside(c.node, k.node) || isInside(k.node, c.node))) continue;
    kept.push(c);
  }
  return kept.sort(compareCandidates);
}

// ------------------------------------------------------------------------------------------------
// Suggestions per article

function suggestArticle(article: Article, profile: ArticleProfile, run: Run): ArticleSuggestions {
  switch (profile.special) {
    case 'definitions':
      return suggestDefinitions(article, profile, run);
    case 'participation':
      return suggestStatuteWide(article, profile, run);
    case 'sanctions':
      return suggestSanctions(article, profile, run);
    case 'procedural-scope':
      return suggestProceduralScope(article, profile, run);
    case 'safeguards':
      return suggestSafeguards(article, profile, run);
    default:
      return suggestGeneric(article, profile, run);
  }
}

function suggestGeneric(article: Article, profile: ArticleProfile | undefined, run: Run): ArticleSuggestions {
  const scored = scoreCandidates(article, profile, candidateNodes(article, profile, run), run);
  const ranked = rankCandidates(scored);
  // provisions about this article alone speak for it; broader ones only when nothing narrower does
  const anchored = ranked.filter((c) => c.anchorFound);
  const focused = anchored.filter((c) => !c.elsewhere);
  const implementing = (focused.length ? focused : anchored).slice(0, 5);
  const completing = completeFromSections(article, profile, implementing, ranked, run);
  // the articles that read others' results (sanctions, scope, safeguards) read the implementing
  // provisions themselves, not the parts that complete them
  run.chosen.set(article.number, implementing);
  return suggestionsOf(run, article, profile, [...ranked, ...completing.filter((c) => !ranked.includes(c))], implementing, completing);
}

/**
 * The other parts of the sections that hold the implementing provisions, when they meet in their own
 * words a required element those provisions leave unmet: a confidentiality duty in subsection (2)
 * completes the power of subsection (1) without naming it again.
 */
function completeFromSections(article: Article, profile: ArticleProfile | undefined, implementing: CandidateEvaluation[], ranked: CandidateEvaluation[], run: Run): CandidateEvaluation[] {
  if (!implementing.length || !profile || profile.special) return [];
  const metBy = (c: CandidateEvaluation, id: string) => c.findings.some((f) => f.elementId === id && f.met && f.found);
  const unmet = new Set(requiredElements(article).map((e) => e.id).filter((id) => !implementing.some((c) => metBy(c, id))));
  if (!unmet.size) return [];
  const sections = new Set(implementing.map((c) => c.node.section));
  const nodes: ProvisionNode[] = [];
  for (const section of sections) {
    for (const n of descendants(section)) {
      if (!n.ownText.trim() || !n.citation.trim() || INERT_ROLES.has(n.provision.role)) continue;
      if (implementing.some((c) => isInside(n, c.node) || isInside(c.node, n))) continue;
      // a part that states another offence (in a section of offences) is that offence's; the parts of a
      // power or co-operation section are one scheme (they may name the central authority, say)
      if (run.groupOf.get(article.number) === 'offence' && breadthOf(n, article.number, run) > 0) continue;
      nodes.push(n);
    }
  }
  const known = new Map(ranked.map((c) => [c.node, c]));
  const added: CandidateEvaluation[] = [];
  const language = (n: ProvisionNode) => run.statuteOf.get(n)!.language;
  for (const node of nodes) {
    // a quick look at its words first: only a part that words an unmet element is worth evaluating
    const words = subtreeText(node, language(node));
    const promising = [...unmet].some((id) => {
      const element = article.elements.find((e) => e.id === id)!;
      const rule = ruleOf(element, profile, language(node));
      return !!run.engine.detector.occurs(`complete:${id}`, [...(rule.any ?? []), ...(rule.statuteWide ?? [])], words);
    });
    if (!promising && !known.has(node)) continue;
    const c = known.get(node) ?? scoreCandidates(article, profile, [node], run)[0];
    const fills = [...unmet].filter((id) => c.findings.some((f) => f.elementId === id && f.met && f.found && f.hit?.source.kind === 'provision'));
    if (!fills.length || added.some((a) => isInside(node, a.node) || isInside(a.node, node))) continue;
    // it completes a provision relied on for the article, and ranks as a provision without the anchor
    added.push({ ...c, anchorFound: false, score: candidateScore({ ...c, anchorFound: false }, run.policy) });
    for (const id of fills) unmet.delete(id);
    if (!unmet.size) break;
  }
  return added;
}

/**
 * The suggestions listed for an article: the provisions relied on first (primary, then completing),
 * then other candidates worth a look, best first. No status: the assessment reads these.
 */
function suggestionsOf(
  run: Run,
  article: Article,
  profile: ArticleProfile | undefined,
  ranked: CandidateEvaluation[],
  primary: CandidateEvaluation[],
  completing: CandidateEvaluation[] = [],
): ArticleSuggestions {
  const relied = [...primary, ...completing];
  const listed = [...relied, ...ranked.filter((c) => !relied.includes(c) && c.score >= run.policy.listedMin)]
    .slice(0, MAX_PROVISIONS)
    .sort((a, b) => subordinate(a.node, profile) - subordinate(b.node, profile) || b.score - a.score);
  const roleOf = (c: CandidateEvaluation): SuggestionRole => (primary.includes(c) ? 'primary' : completing.includes(c) ? 'completing' : 'candidate');
  return {
    article: article.number,
    title: article.title,
    lookedFor: profile?.anchors ?? [],
    suggestions: listed.map((c, i) => toSuggestion(c, i + 1, roleOf(c))),
    ...(run.explain ? { explain: explainArticle(run, article, profile, listed, ranked, roleOf) } : {}),
  };
}

/** How many provisions that name the article's concepts but were not listed an explanation covers. */
const EXPLAINED_EXCLUSIONS = 10;

/**
 * Why each listed provision ranked where it did (its score's parts, with reason codes), and why
 * provisions that name the article's concepts (retrieved for it, or carrying its anchor) were not
 * listed.
 */
function explainArticle(run: Run, article: Article, profile: ArticleProfile | undefined, listed: CandidateEvaluation[], ranked: CandidateEvaluation[], roleOf: (c: CandidateEvaluation) => SuggestionRole): ArticleExplanation {
  const codes = (c: CandidateEvaluation): RankingCode[] => {
    const out: RankingCode[] = [];
    if (roleOf(c) === 'primary') out.push('RELIED_ON');
    if (roleOf(c) === 'completing') out.push('COMPLETES_SECTION');
    out.push(c.anchorFound ? (c.ownAnchor === false ? 'ANCHOR_BY_REFERENCE' : 'ANCHOR_IN_OWN_WORDS') : 'CONTEXT_ONLY');
    if (c.headed) out.push('HEADED_FOR_ARTICLE');
    if (c.elsewhere) out.push('HEADED_FOR_OTHER_ARTICLE');
    if (c.breadth > 0) out.push('BROAD_PROVISION');
    if (c.exampleSimilarity >= run.policy.candidate.confirmedSimilarity) out.push('LIKE_CONFIRMED_EXAMPLE');
    if (subordinate(c.node, profile) === 1) out.push('PENALTY_CLAUSE_AFTER_OFFENCE');
    if (subordinate(c.node, profile) === 2) out.push('SCHEDULE_FORM');
    return out;
  };
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const explained: ArticleExplanation = {
    policy: `${run.policy.name}@${run.policy.version}`,
    ranked: listed.map((c, i) => ({
      rank: i + 1,
      citation: c.node.citation,
      statute: c.node.statute,
      score: r3(c.score),
      parts: { coverage: r3(c.coverage), retrieval: r3(c.retrieval), exampleSimilarity: r3(c.exampleSimilarity), breadth: c.breadth },
      codes: codes(c),
    })),
    notListed: [],
  };
  const shown = new Set(listed.map((c) => c.node));
  const evaluated = new Map(ranked.map((c) => [c.node, c]));
  const named = [...(run.anchorNodes.get(article.number) ?? []), ...retrieve(article, profile, run).slice(0, 12).map((r) => r.item)];
  for (const node of new Set(named)) {
    if (explained.notListed.length >= EXPLAINED_EXCLUSIONS) break;
    if (shown.has(node) || [...shown].some((s) => isInside(s, node))) continue;
    const c = evaluated.get(node);
    const inside = [...shown].find((s) => isInside(node, s));
    const code: ExclusionCode = inadmissibility(node, profile, run) ?? (inside ? 'NESTED_IN_LISTED' : !c ? 'NOT_EVALUATED' : c.score < run.policy.listedMin ? 'BELOW_LISTING_SCORE' : 'OUTRANKED');
    explained.notListed.push({ citation: node.citation, statute: node.statute, code, ...(c ? { score: r3(c.score) } : {}), ...(inside ? { within: inside.citation } : {}) });
  }
  return explained;
}

function toSuggestion(c: CandidateEvaluation, rank: number, role: SuggestionRole): Suggestion {
  return {
    citation: c.node.citation,
    statute: c.node.statute,
    score: Math.round(c.score * 1000) / 1000,
    rank,
    relationship: relationshipOf(c),
    role,
    elements: c.findings.map((f) => toFinding(f)),
  };
}

function toFinding(f: ElementEvidence): SuggestedElement {
  return {
    element: f.elementId,
    met: f.met,
    found: f.found,
    narrowed: !!f.narrowing,
    missingGroups: f.missingGroups,
    evidence: f.narrowing?.hit.quote ?? f.hit?.quote,
    why: f.why,
    ...(f.hit && f.hit.source.kind !== 'provision' ? { source: f.hit.source.label } : {}),
  };
}

function relationshipOf(c: CandidateEvaluation): Relationship {
  const required = requiredElements(c.article);
  const allMet = required.every((e) => c.findings.find((f) => f.elementId === e.id)?.met);
  const broader = (c as CandidateEvaluation & { broader?: boolean }).broader ?? false;
  if (allMet) return broader ? 'superset' : 'equal';
  return broader ? 'intersects' : 'subset';
}

/** A provision that implements more than one article is broader than each of them. */
function markBreadth(articles: ArticleSuggestions[], run: Run): void {
  const count = new Map<string, number>();
  for (const list of run.chosen.values()) for (const c of list) count.set(`${c.node.statute}\u0000${c.node.citation}`, (count.get(`${c.node.statute}\u0000${c.node.citation}`) ?? 0) + 1);
  for (const a of articles) {
    for (const p of a.suggestions) {
      if ((count.get(`${p.statute}\u0000${p.citation}`) ?? 0) < 2) continue;
      if (p.relationship === 'equal') p.relationship = 'superset';
      else if (p.relationship === 'subset') p.relationship = 'intersects';
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Special articles

/** Art. 1: which of the four terms the law defines. Evidence is the definition itself. */
function suggestDefinitions(article: Article, profile: ArticleProfile, run: Run): ArticleSuggestions {
  const evals: CandidateEvaluation[] = [];
  const byElement = new Map<string, CandidateEvaluation>();
  for (const element of requiredElements(article)) {
    const rule = ruleOf(element, profile, run.language);
    for (const statute of run.statutes) {
      // the most specific definition: "computer system" before "computer"
      const def = statute.definitions
        .filter((d) => d.node.citation.trim())
        .map((d) => ({ d, size: termMatch(d.term, rule.any ?? [], statute, run) }))
        .filter((x) => x.size > 0)
        .sort((a, b) => b.size - a.size || a.d.node.index - b.d.node.index)[0]?.d;
      if (!def) continue;
      const source: EvidenceSource = { kind: 'provision', label: cite(def.node), text: ownText(def.node, statute.language), node: def.node };
      const defText = run.engine.detector.occurs(`def:${element.id}`, rule.any ?? [], ownText(def.node, statute.language));
      const quote = def.text.length > 240 ? `${def.text.slice(0, 239)}…` : def.text;
      const finding: ElementEvidence = {
        elementId: element.id,
        met: true,
        found: true,
        presumed: false,
        hit: { source, span: defText?.span ?? { start: 0, end: 0 }, quote, pattern: '' },
        missingGroups: [],
        why: `${rule.why} The term "${def.term}" is defined in ${cite(def.node)}.`,
      };
      let ev = evals.find((e) => e.node === def.node);
      if (!ev) {
        ev = { node: def.node, statute, article, findings: [], anchorFound: true, coverage: 0, retrieval: 0, exampleSimilarity: 0, score: 0, breadth: 0 };
        evals.push(ev);
      }
      ev.findings.push(finding);
      byElement.set(element.id, ev);
      break;
    }
  }
  const required = requiredElements(article);
  for (const ev of evals) {
    for (const e of required) if (!ev.findings.some((f) => f.elementId === e.id)) ev.findings.push({ elementId: e.id, met: false, found: false, presumed: false, missingGroups: [], why: 'This provision does not define the term.' });
    ev.findings.sort((a, b) => required.findIndex((e) => e.id === a.elementId) - required.findIndex((e) => e.id === b.elementId));
    ev.coverage = ev.findings.filter((f) => f.met).length / required.length;
    ev.score = run.policy.definitions.base + run.policy.definitions.coverage * ev.coverage;
  }
  // order: the provision defining the first term first
  const ordered = required.map((e) => byElement.get(e.id)).filter((x): x is CandidateEvaluation => !!x);
  const unique = [...new Set(ordered)];
  run.chosen.set(article.number, unique);
  return suggestionsOf(run, article, profile, unique, unique);
}

/**
 * How many words of the defined term one of the patterns covers wholly, 0 when none does
 * ("traffic data" is not a definition of "data"). A term may name alternatives: "traffic data or
 * non-content data".
 */
function termMatch(term: string, patterns: string[], statute: PreparedStatute, run: Run): number {
  let best = 0;
  const parts = term.split(/\s+(?:or|ou|o|and|et|y)\s+|\s*[/;,]\s*/i);
  // a term wholly the concept outranks one where the concept is only one of the alternatives named
  for (const part of parts.length > 1 ? [term, ...parts] : parts) {
    const text = new IndexedText(part, statute.language);
    if (!text.tokens.length) continue;
    const whole = patterns.some((p) =>
      findSpans(compilePattern(p, statute.language), text, run.engine.resolve).some((s) => s.start === 0 && s.end === text.tokens.length),
    );
    if (whole) best = Math.max(best, part === term ? text.tokens.length + 10 : text.tokens.length);
  }
  return best;
}

/**
 * Participation (and any article whose elements are rules of the general part): each element is
 * looked for across the statute's offences; candidates are the provisions that state them.
 */
function suggestStatuteWide(article: Article, profile: ArticleProfile, run: Run): ArticleSuggestions {
  const evals = rankCandidates(scoreCandidates(article, profile, candidateNodes(article, profile, run), run)).filter((c) => c.anchorFound);
  // a general rule: a provision headed for it scores higher, then the share of the elements its own
  // words state, then coverage (presumed findings included)
  const required = requiredElements(article).length || 1;
  const w = run.policy.statuteWide;
  for (const c of evals) c.score = w.base + w.headed * Number(headedHere(c.node, profile, run)) + w.ownWords * (foundCount(c) / required) + w.coverage * c.coverage;
  evals.sort(compareCandidates);
  const implementing = evals.slice(0, 5);
  run.chosen.set(article.number, implementing);
  return suggestionsOf(run, article, profile, evals, implementing);
}

function foundCount(c: CandidateEvaluation): number {
  return c.findings.filter((f) => f.found && f.hit?.source.kind === 'provision').length;
}

/** Sanctions: imprisonment for the offences it depends on, and sanctions for legal persons. */
function suggestSanctions(article: Article, profile: ArticleProfile, run: Run): ArticleSuggestions {
  const offenceSections = new Set<ProvisionNode>();
  for (const c of dependedOn(article, run)) offenceSections.add(c.node.section);
  const candidates = candidateNodes(article, profile, run);
  const evals = scoreCandidates(article, profile, candidates, run).filter((c) => c.anchorFound);
  const natural = article.elements.find((e) => e.id.endsWith('natural-person-sanctions'));
  const legal = article.elements.find((e) => e.id.endsWith('legal-person-sanctions'));
  const own = (c: CandidateEvaluation, id?: string) => !!id && c.findings.some((f) => f.elementId === id && f.found && f.hit?.source.kind === 'provision');
  // the penalty that sits with a Convention offence scores highest; then sanctions its own words
  // state for legal persons and for natural persons
  const w = run.policy.sanctions;
  for (const c of evals) c.score = w.base + w.withOffence * Number(offenceSections.has(c.node.section)) + w.legalPersons * Number(own(c, legal?.id)) + w.naturalPersons * Number(own(c, natural?.id)) + w.coverage * c.coverage;
  const ranked = rankCandidates(evals);
  const implementing = ranked.slice(0, 5);
  run.chosen.set(article.number, implementing);
  return suggestionsOf(run, article, profile, ranked, implementing);
}

/** The provisions the matcher relies on for the articles this one depends on (its dependsOn), each once. */
function dependedOn(article: Article, run: Run, only?: string[]): CandidateEvaluation[] {
  const list: CandidateEvaluation[] = [];
  for (const num of only ?? article.dependsOn?.articles ?? []) for (const c of run.chosen.get(num) ?? []) if (!list.some((x) => x.node === c.node)) list.push(c);
  return list;
}

/** The Part, Chapter or Title a provision sits in (the statute's top when it has none). */
function groupingOf(node: ProvisionNode): ProvisionNode | undefined {
  let found: ProvisionNode | undefined;
  for (let n = node.parent; n; n = n.parent) if (['part', 'chapter', 'title', 'division'].includes(n.provision.kind)) found = n;
  return found;
}

/**
 * Art. 14: there are powers (Arts. 16-21), and they apply to this law's offences, to other crimes
 * done with a computer and to electronic evidence of any crime. Scope clauses sit with the powers: the
 * evidence is looked for in the Parts that hold the powers, not in the offences.
 */
function suggestProceduralScope(article: Article, profile: ArticleProfile, run: Run): ArticleSuggestions {
  const powers = dependedOn(article, run);
  if (!powers.length) return suggestionsOf(run, article, profile, [], []);
  const groups = new Set(powers.map((p) => groupingOf(p.node)));
  // read on the provision's own words: a Part that mixes offences and powers marks each as both
  const offenceByItsWords = (n: ProvisionNode) => {
    const t = ownText(n, run.statuteOf.get(n)!.language);
    return run.engine.marked('offence', t) && !run.engine.marked('power', t);
  };
  // an offence says nothing of the powers' reach ("uses a computer" is its conduct); in a law without
  // Parts, the one group being the whole statute, only the powers and the clauses headed as their scope speak
  const inGroups = (n: ProvisionNode) =>
    groups.has(groupingOf(n)) &&
    !run.engine.isDefinitions(n) &&
    !run.engine.isNonOperative(n, run.statuteOf.get(n)!) &&
    !offenceByItsWords(n) &&
    (groupingOf(n) !== undefined || run.engine.isPower(n, run.statuteOf.get(n)!) || headedHere(n, profile, run));
  const statute = powers[0].statute;
  const groupSources: EvidenceSource[] = [];
  for (const s of run.statutes) for (const n of s.nodes) if (n.ownText.trim() && inGroups(n)) groupSources.push({ kind: 'statute', label: cite(n), text: ownText(n, s.language), node: n });
  const tools: EvaluationTools = { ...run.tools, statuteSources: () => groupSources };
  const patterns = Object.values(profile.elements).flatMap((r) => r.any ?? []);
  const nodes = new Set<ProvisionNode>(powers.map((p) => p.node));
  for (const src of groupSources) {
    if (!src.node?.citation.trim()) continue;
    if (run.engine.detector.occurs(`scope:${article.number}`, patterns, src.text) || headedHere(src.node, profile, run)) nodes.add(src.node);
  }
  const evals = [...nodes].map((node) => {
    const e = evaluateCandidate(node, run.statuteOf.get(node) ?? statute, article, profile, tools);
    return { ...e, anchorFound: true, retrieval: 0, exampleSimilarity: run.examples.similarity(article.number, node), score: 0, breadth: 0, headed: headedHere(node, profile, run) };
  });
  const isPowerNode = (c: CandidateEvaluation) => powers.some((p) => isInside(c.node, p.node) || isInside(p.node, c.node));
  // a clause headed as the scope of the powers scores highest, then the powers themselves, then the
  // share of the scope elements its own words state (and the similarity to confirmed examples)
  const required = requiredElements(article).length || 1;
  for (const c of evals) {
    const w = run.policy.scope;
    c.score = w.base + w.headed * Number(!!c.headed) + w.power * Number(isPowerNode(c)) + w.ownWords * (foundCount(c) / required) + w.example * c.exampleSimilarity;
  }
  const sorted = evals.sort((a, b) => b.score - a.score || b.node.depth - a.node.depth || a.node.index - b.node.index);
  const ranked: CandidateEvaluation[] = [];
  for (const c of sorted) {
    const at = ranked.findIndex((k) => isInside(c.node, k.node) || isInside(k.node, c.node));
    if (at < 0) ranked.push(c);
    // of nested provisions, the finer one when it states as much
    else if (isInside(c.node, ranked[at].node) && foundCount(c) >= foundCount(ranked[at])) ranked[at] = c;
  }
  const implementing = ranked.slice(0, 6);
  run.chosen.set(article.number, implementing);
  return suggestionsOf(run, article, profile, ranked, implementing);
}

/**
 * Safeguards: each power the article depends on, and each provision that hands a set of them to
 * another authority, read for its conditions and safeguards. Whether every power is supervised is
 * the assessment's rule (dependsOn.eachMust), read on the effective mappings.
 */
function suggestSafeguards(article: Article, profile: ArticleProfile, run: Run): ArticleSuggestions {
  const chosen = dependedOn(article, run);
  if (!chosen.length) return suggestionsOf(run, article, profile, [], []);
  // provisions that hand the same powers to other authorities by reference ("may carry out the
  // operations of articles X to Y") without granting a power of their own
  const powers: { node: ProvisionNode; statute: PreparedStatute }[] = chosen.map((c) => ({ node: c.node, statute: c.statute }));
  const ownPower = new Set((article.dependsOn?.articles ?? []).flatMap((n) => run.anchorNodes.get(n) ?? []));
  for (const statute of run.statutes) {
    for (const node of statute.nodes) {
      if (powers.some((p) => isInside(node, p.node) || isInside(p.node, node)) || ownPower.has(node)) continue;
      if (!node.ownText.trim() || !node.citation.trim() || !run.engine.isPower(node, statute) || run.engine.isDefinitions(node)) continue;
      const cited = new Set(referencesOf(node, statute).map((r) => r.section));
      const handed = chosen.filter((c) => cited.has(c.node.section)).map((c) => c.node.section);
      // a set of powers: two or more of them, or a range of articles that reaches one
      const range = /\b\d[\w.-]*\s+(?:to|à|a|al|through)\s+\d/i.test(node.provision.text);
      if (new Set(handed).size >= 2 || (handed.length && range)) powers.push({ node, statute });
    }
  }
  const evals = powers.map((p) => {
    const e = evaluateCandidate(p.node, p.statute, article, profile, run.tools);
    return { ...e, anchorFound: true, retrieval: 0, exampleSimilarity: 0, score: run.policy.safeguards.base + run.policy.safeguards.coverage * e.coverage, breadth: 0 };
  });
  const ranked = [...evals].sort((a, b) => b.coverage - a.coverage || a.node.index - b.node.index);
  run.chosen.set(article.number, ranked);
  // every power is listed: the assessment must see each one's safeguards
  return { ...suggestionsOf(run, article, profile, ranked, ranked), suggestions: ranked.map((c, i) => toSuggestion(c, i + 1, 'primary')) };
}
