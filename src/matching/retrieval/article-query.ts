/**
 * Retrieval of candidate provisions per article: a BM25 index over every provision of every
 * level, and one weighted query per article built from the instrument model (title, obligations,
 * element labels and cues, the official text when imported), the lexicon's phrasings of the
 * article's elements, and the confirmed examples reviewers accepted for that article.
 */
import { MatchingLanguage } from '../../common/language';
import { Article } from '../../instruments/instrument.model';
import { ArticleProfile, Lexicon } from '../lexicon/lexicon.model';
import { ConfirmedExample } from '../match.model';
import { Bm25Index } from '../index/bm25';
import { PreparedStatute, ProvisionNode } from '../statute/prepared-statute';
import { analyzerFor } from '../text/text-analysis';

export type Query = Map<string, number>;

function addText(query: Query, text: string, language: MatchingLanguage, weight: number): void {
  for (const term of analyzerFor(language).terms(text)) query.set(term, Math.max(query.get(term) ?? 0, weight));
}

const wordsCache = new WeakMap<Lexicon, Map<string, string[]>>();

/** Literal words of a pattern, with `@concept` expanded to its phrasings (two levels deep); cached per lexicon. */
export function patternWords(pattern: string, lexicon: Lexicon, language: MatchingLanguage, depth = 2): string[] {
  let cache = wordsCache.get(lexicon);
  if (!cache) wordsCache.set(lexicon, (cache = new Map()));
  const key = `${language}\u0000${depth}\u0000${pattern}`;
  let words = cache.get(key);
  if (!words) cache.set(key, (words = expandPattern(pattern, lexicon, language, depth)));
  return words;
}

function expandPattern(pattern: string, lexicon: Lexicon, language: MatchingLanguage, depth: number): string[] {
  const words: string[] = [];
  for (const slot of pattern.split(/\s+/)) {
    if (slot === '...' || /^~\d+$/.test(slot)) continue;
    for (const alt of slot.split('|')) {
      if (alt.startsWith('@')) {
        if (depth <= 0) continue;
        const concept = lexicon.concepts.find((c) => c.id === alt.slice(1));
        for (const p of concept?.phrases[language] ?? []) words.push(...patternWords(p, lexicon, language, depth - 1));
      } else if (!alt.endsWith('*')) words.push(alt);
    }
  }
  return words;
}

const baseQueries = new WeakMap<Lexicon, WeakMap<Article, Map<string, Query>>>();

export function buildArticleQuery(
  article: Article,
  profile: ArticleProfile | undefined,
  lexicon: Lexicon,
  language: MatchingLanguage,
  examples: ConfirmedExample[],
): Query {
  // the model's and the lexicon's part of the query does not change between analyses
  let byArticle = baseQueries.get(lexicon);
  if (!byArticle) baseQueries.set(lexicon, (byArticle = new WeakMap()));
  let byLanguage = byArticle.get(article);
  if (!byLanguage) byArticle.set(article, (byLanguage = new Map()));
  let base = byLanguage.get(language);
  if (!base) byLanguage.set(language, (base = baseQuery(article, profile, lexicon, language)));
  const mine = examples.filter((ex) => ex.article === article.number && ex.language === language);
  if (!mine.length) return base;
  const query: Query = new Map(base);
  for (const ex of mine) addText(query, `${ex.heading ?? ''} ${ex.text}`, language, 0.75);
  return query;
}

function baseQuery(article: Article, profile: ArticleProfile | undefined, lexicon: Lexicon, language: MatchingLanguage): Query {
  const query: Query = new Map();
  addText(query, article.title, language, 2);
  for (const p of article.paragraphs) {
    addText(query, p.obligation, language, 0.5);
    if (p.officialText) addText(query, p.officialText, language, 0.5);
  }
  for (const e of article.elements) {
    if (e.kind === 'optional') continue;
    addText(query, (e.cues?.[language] ?? []).join(' '), language, 1);
  }
  if (profile) {
    for (const [id, rule] of Object.entries(profile.elements)) {
      const weight = profile.anchors.includes(id) ? 1.5 : 0.75;
      for (const p of rule.any ?? []) addText(query, patternWords(p, lexicon, language).join(' '), language, weight);
    }
    for (const p of profile.queryTerms ?? []) addText(query, patternWords(p, lexicon, language).join(' '), language, 1);
  }
  return query;
}

/** Heading words count three times: a heading says what the provision is about. */
export function nodeTerms(node: ProvisionNode, language: MatchingLanguage, subtree?: Map<ProvisionNode, string[]>): string[] {
  const heading = node.provision.heading ?? '';
  const analyzer = analyzerFor(language);
  const h = analyzer.terms(heading);
  return [...h, ...h, ...(subtree?.get(node) ?? analyzer.terms(node.subtreeText))];
}

/**
 * The terms of every provision's words and its descendants', each text tokenised once: a node's
 * list is its own words' terms followed by its children's lists (its subtree text is the same
 * texts joined by line breaks, which no word crosses).
 */
function subtreeTerms(statute: PreparedStatute): Map<ProvisionNode, string[]> {
  const analyzer = analyzerFor(statute.language);
  const out = new Map<ProvisionNode, string[]>();
  // children come after their parent in document order: fill from the last node back
  for (let i = statute.nodes.length - 1; i >= 0; i--) {
    const n = statute.nodes[i];
    const own = n.ownText ? analyzer.terms(n.ownText) : [];
    out.set(n, n.children.length ? own.concat(...n.children.map((c) => out.get(c) ?? [])) : own);
  }
  return out;
}

export function buildProvisionIndex(statutes: PreparedStatute[]): Bm25Index<ProvisionNode> {
  const index = new Bm25Index<ProvisionNode>();
  for (const s of statutes) {
    const subtree = subtreeTerms(s);
    for (const n of s.nodes) if (n.subtreeText.trim()) index.add(n, nodeTerms(n, s.language, subtree));
  }
  return index;
}
