/**
 * What a bill would change: the law in force analysed alone, beside the law in force with the bill,
 * article by article. A plain function of the two analyses.
 */
import { ArticleStatus } from '../../matching/match.model';
import { AnalysisReport } from '../../analyses/analysis-report';

export type BillChange = 'closes' | 'narrows' | 'opens' | 'widens' | 'leaves';

export interface ArticleChange {
  article: string;
  title: string;
  now: ArticleStatus;
  withBill: ArticleStatus;
  change: BillChange;
  /** Provisions of the bill the analysis with the bill relies on for this article. */
  billProvisions: string[];
}

const RANK: Record<ArticleStatus, number> = { missing: 0, partial: 1, covered: 2, 'not-assessed': -1 };

export function changeOf(now: ArticleStatus, withBill: ArticleStatus): BillChange {
  if (RANK[now] < 0 || RANK[withBill] < 0 || now === withBill) return 'leaves';
  if (withBill === 'covered') return 'closes';
  if (now === 'covered') return 'opens';
  return RANK[withBill] > RANK[now] ? 'narrows' : 'widens';
}

export function compareBill(lawAlone: AnalysisReport, withBill: AnalysisReport, billTitle: string): { articles: ArticleChange[]; counts: Record<BillChange, number> } {
  const alone = new Map(lawAlone.articles.map((a) => [a.article, a]));
  const articles = withBill.articles
    .filter((a) => a.status !== 'not-assessed')
    .map((b) => {
      const now = alone.get(b.article)?.status ?? 'missing';
      return {
        article: b.article,
        title: b.title,
        now,
        withBill: b.status,
        change: changeOf(now, b.status),
        billProvisions: b.status === 'missing' ? [] : b.provisions.filter((p) => p.statute === billTitle).map((p) => p.citation),
      };
    });
  const counts: Record<BillChange, number> = { closes: 0, narrows: 0, opens: 0, widens: 0, leaves: 0 };
  for (const a of articles) counts[a.change]++;
  return { articles, counts };
}
