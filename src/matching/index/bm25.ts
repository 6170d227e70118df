/**
 * BM25 over provisions: the first, cheap pass that proposes candidate provisions for an article.
 * Documents are bags of stems; a query is a weighted bag of stems. Headings are repeated in the
 * document so that they weigh more (a heading names what the provision is about).
 */
export interface Bm25Options {
  k1: number;
  b: number;
}

export class Bm25Index<T> {
  private readonly docs: { item: T; tf: Map<string, number>; length: number }[] = [];
  private readonly df = new Map<string, number>();
  private averageLength = 0;

  constructor(private readonly options: Bm25Options = { k1: 1.2, b: 0.75 }) {}

  add(item: T, terms: string[]): void {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.docs.push({ item, tf, length: terms.length });
    this.averageLength += (terms.length - this.averageLength) / this.docs.length;
  }

  get size(): number {
    return this.docs.length;
  }

  idf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Scores every document that shares a term with the query; best first. */
  search(query: Map<string, number>, limit = 20): { item: T; score: number }[] {
    const { k1, b } = this.options;
    const idfs = [...query.entries()].map(([t, w]) => [t, w, this.idf(t)] as const).filter(([t]) => this.df.has(t));
    const results: { item: T; score: number }[] = [];
    for (const doc of this.docs) {
      let score = 0;
      for (const [t, w, idf] of idfs) {
        const f = doc.tf.get(t);
        if (!f) continue;
        score += w * idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * doc.length) / (this.averageLength || 1))));
      }
      if (score > 0) results.push({ item: doc.item, score });
    }
    results.sort((a, b) => b.score - a.score);
    return results.slice(0, limit);
  }
}
