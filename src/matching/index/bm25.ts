/**
 * BM25 over provisions: the first, cheap pass that proposes candidate provisions for an article.
 * Documents are bags of stems; a query is a weighted bag of stems. Postings lists keep a search
 * proportional to the documents that share a term with the query.
 */
export interface Bm25Options {
  k1: number;
  b: number;
}

export class Bm25Index<T> {
  private readonly items: T[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private totalLength = 0;

  constructor(private readonly options: Bm25Options = { k1: 1.2, b: 0.75 }) {}

  add(item: T, terms: string[]): void {
    const doc = this.items.length;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, f] of tf) {
      const list = this.postings.get(t);
      if (list) list.push({ doc, tf: f });
      else this.postings.set(t, [{ doc, tf: f }]);
    }
    this.items.push(item);
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
  }

  get size(): number {
    return this.items.length;
  }

  idf(term: string): number {
    const n = this.items.length;
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Scores every document that shares a term with the query; best first. */
  search(query: Map<string, number>, limit = 20): { item: T; score: number }[] {
    const { k1, b } = this.options;
    const average = this.items.length ? this.totalLength / this.items.length : 1;
    const scores = new Float64Array(this.items.length);
    const touched: number[] = [];
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += weight * idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * this.lengths[doc]) / average)));
      }
    }
    return touched
      .map((doc) => ({ item: this.items[doc], score: scores[doc] }))
      .sort((x, y) => y.score - x.score)
      .slice(0, limit);
  }
}
