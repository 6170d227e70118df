/**
 * Learning from review: provisions experts confirmed for an article (in any country) are kept as
 * TF-IDF vectors. A provision similar to a confirmed example of an article is proposed for it and
 * ranks higher; the element detectors still decide whether the article is met.
 */
import { isMatchingLanguage } from '../../common/language';
import { Bm25Index } from '../index/bm25';
import { ConfirmedExample } from '../match.model';
import { nodeTerms } from '../retrieval/article-query';
import { ProvisionNode } from '../statute/prepared-statute';
import { analyzerFor } from '../text/text-analysis';

type Vector = Map<string, number>;

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y) dot += x * y;
  }
  const n = norm(a) * norm(b);
  return n ? dot / n : 0;
}

export class ExampleMemory {
  private readonly byArticle = new Map<string, Vector[]>();
  private readonly nodeVectors = new Map<ProvisionNode, Vector>();
  private readonly nearestCache = new Map<string, ProvisionNode[]>();

  constructor(
    readonly all: ConfirmedExample[],
    private readonly index: Bm25Index<ProvisionNode>,
  ) {
    for (const ex of all) {
      if (!isMatchingLanguage(ex.language)) continue;
      const terms = analyzerFor(ex.language).terms(`${ex.heading ?? ''} ${ex.heading ?? ''} ${ex.text}`);
      const list = this.byArticle.get(ex.article) ?? [];
      list.push(this.vector(terms));
      this.byArticle.set(ex.article, list);
    }
  }

  private vector(terms: string[]): Vector {
    const v: Vector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, f] of v) v.set(t, (1 + Math.log(f)) * this.index.idf(t));
    return v;
  }

  private nodeVector(node: ProvisionNode, language: Parameters<typeof analyzerFor>[0]): Vector {
    let v = this.nodeVectors.get(node);
    if (!v) this.nodeVectors.set(node, (v = this.vector(nodeTerms(node, language))));
    return v;
  }

  has(article: string): boolean {
    return (this.byArticle.get(article)?.length ?? 0) > 0;
  }

  /** Highest cosine similarity between the provision and the article's confirmed examples. */
  similarity(article: string, node: ProvisionNode, language = this.languageOf(node)): number {
    const examples = this.byArticle.get(article);
    if (!examples?.length) return 0;
    const v = this.nodeVector(node, language);
    let best = 0;
    for (const e of examples) best = Math.max(best, cosine(v, e));
    return best;
  }

  /** The provisions most similar to the article's examples (similarity above 0.3). */
  nearest(article: string, limit: number): ProvisionNode[] {
    if (!this.has(article)) return [];
    let list = this.nearestCache.get(article);
    if (!list) {
      const scored: { node: ProvisionNode; s: number }[] = [];
      for (const node of this.nodes()) {
        const s = this.similarity(article, node);
        if (s > 0.3) scored.push({ node, s });
      }
      list = scored.sort((a, b) => b.s - a.s).slice(0, limit).map((x) => x.node);
      this.nearestCache.set(article, list);
    }
    return list;
  }

  private allNodes?: ProvisionNode[];
  private languages = new Map<ProvisionNode, Parameters<typeof analyzerFor>[0]>();

  /** Registers the provisions (and their statute's language) the memory compares against. */
  attach(nodes: ProvisionNode[], language: Parameters<typeof analyzerFor>[0]): void {
    this.allNodes = [...(this.allNodes ?? []), ...nodes];
    for (const n of nodes) this.languages.set(n, language);
  }

  private nodes(): ProvisionNode[] {
    return this.allNodes ?? [];
  }

  private languageOf(node: ProvisionNode): Parameters<typeof analyzerFor>[0] {
    return this.languages.get(node) ?? 'en';
  }
}
