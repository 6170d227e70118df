/**
 * Accession readiness as a few counts a reader can check against the report, not one opaque score:
 * blocking gaps in the national-measures chapter (Arts. 2–22 of ETS 185), channel gaps in the
 * co-operation chapter (Chapter III), gaps a reservation or declaration can cover, and the share of
 * articles an expert reviewed. Which chapters count is data (data/treaty/rules.json).
 */
import { Instrument } from '../instruments/instrument.model';
import { treatyRules } from '../jurisdictions/treaty-rules';
import { AnalysisReport } from '../reports/analysis-report';

export interface Readiness {
  analysisId: number;
  analysedAt: string;
  instrument: string;
  /** Articles of the national-measures chapter whose gap blocks accession. */
  blocking: string[];
  /** Co-operation articles (Chapter III) not fully in place and not coverable. */
  channel: string[];
  /** Articles whose gap a reservation or declaration the Convention allows can cover. */
  coverable: string[];
  /** Assessed articles and how many of them rest on an expert's review (basis `expert` or `mixed`). */
  assessed: number;
  reviewed: number;
  reviewShare: number;
  /** The measure in words, one line per count. */
  explanation: string[];
}

type StoredArticle = AnalysisReport['articles'][number] & { basis?: 'expert' | 'machine' | 'mixed' | 'none' };

const GAP = new Set(['partial', 'missing']);

/** How the State's treaty application (monist, dualist, unknown) bears on the channel gaps, in words. */
export function treatyApplicationNote(application: 'monist' | 'dualist' | 'unknown'): string {
  return treatyRules().readiness.treatyApplication[application];
}

export function readiness(analysis: { id: number; createdAt: string; report: AnalysisReport }, instrument: Instrument): Readiness {
  const { nationalMeasuresChapter, cooperationChapter } = treatyRules().readiness;
  const chapterOf = new Map(instrument.articles.map((a) => [a.number, a.chapter.number]));
  const articles = analysis.report.articles as StoredArticle[];
  const inChapter = (a: StoredArticle, chapter: string) => chapterOf.get(a.article) === chapter;
  const blocking = articles.filter((a) => inChapter(a, nationalMeasuresChapter) && a.severity === 'blocking').map((a) => a.article);
  const channel = articles.filter((a) => inChapter(a, cooperationChapter) && GAP.has(a.status) && a.severity !== 'coverable').map((a) => a.article);
  const coverable = articles.filter((a) => a.severity === 'coverable').map((a) => a.article);
  const assessedArticles = articles.filter((a) => a.status !== 'not-assessed');
  const reviewed = assessedArticles.filter((a) => a.basis === 'expert' || a.basis === 'mixed').length;
  const reviewShare = assessedArticles.length ? Math.round((reviewed / assessedArticles.length) * 1000) / 1000 : 0;
  const list = (xs: string[]) => (xs.length ? `: Art. ${xs.join(', ')}` : '');
  return {
    analysisId: analysis.id,
    analysedAt: analysis.createdAt,
    instrument: analysis.report.instrument,
    blocking,
    channel,
    coverable,
    assessed: assessedArticles.length,
    reviewed,
    reviewShare,
    explanation: [
      `${blocking.length} blocking gap${blocking.length === 1 ? '' : 's'} in Chapter ${nationalMeasuresChapter}${list(blocking)}`,
      `${channel.length} co-operation channel gap${channel.length === 1 ? '' : 's'} in Chapter ${cooperationChapter}${list(channel)}`,
      `${coverable.length} gap${coverable.length === 1 ? '' : 's'} a reservation or declaration can cover${list(coverable)}`,
      `${reviewed} of ${assessedArticles.length} assessed articles reviewed by an expert`,
      `analysis ${analysis.id} of ${analysis.createdAt.slice(0, 10)}`,
    ],
  };
}

/** Readier first: fewer blocking gaps, then fewer channel gaps, then fewer coverable ones, then more review. */
export function compareReadiness(a: Readiness | null, b: Readiness | null): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return a.blocking.length - b.blocking.length || a.channel.length - b.channel.length || a.coverable.length - b.coverable.length || b.reviewShare - a.reviewShare;
}
