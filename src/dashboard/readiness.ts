/**
 * Accession readiness as a few counts a reader can check against the report, not one opaque score:
 * blocking gaps in the national-measures chapter (Arts. 2–22 of ETS 185), channel gaps in the
 * co-operation chapter (Chapter III), gaps a reservation or declaration can cover (and those the
 * State's reservations on record already cover), and the share of articles an expert reviewed.
 * Which chapters count is data (data/treaty/rules.json).
 */
import { Article, Instrument } from '../instruments/instrument.model';
import { treatyRules } from '../jurisdictions/treaty-rules';
import { AnalysisReport } from '../analyses/analysis-report';

export interface Readiness {
  analysisId: number;
  analysedAt: string;
  instrument: string;
  /** Articles of the national-measures chapter whose gap blocks accession. */
  blocking: string[];
  /** Co-operation articles (Chapter III) not fully in place and not coverable (a designation is a duty, not coverage). */
  channel: string[];
  /** Articles whose gap a reservation or declaration the Convention allows could cover, not yet made by the State. */
  coverable: string[];
  /** Articles whose gap is covered by a reservation or declaration the State has on record, with the model's ids. */
  coveredByReservation: { article: string; by: string[] }[];
  /** Assessed articles and how many of them rest on an expert's review (basis `expert` or `mixed`). */
  assessed: number;
  reviewed: number;
  reviewShare: number;
  /** The measure in words, one line per count. */
  explanation: string[];
}

/** What readiness reads of one article of a stored analysis (`basis` once reviews exist). */
export type ReadinessArticle = Pick<AnalysisReport['articles'][number], 'article' | 'status' | 'severity' | 'coveredBy' | 'coveredByReservation'> & { basis?: 'expert' | 'machine' | 'mixed' | 'none' };

export interface ReadinessInput {
  id: number;
  createdAt: string;
  instrument: string;
  articles: ReadinessArticle[];
}

const GAP = new Set(['partial', 'missing']);

/** How the State's treaty application (monist, dualist, unknown) bears on the channel gaps, in words. */
export function treatyApplicationNote(application: 'monist' | 'dualist' | 'unknown'): string {
  return treatyRules().readiness.treatyApplication[application];
}

export function readiness(analysis: ReadinessInput, instrument: Instrument): Readiness {
  const { nationalMeasuresChapter, cooperationChapter } = treatyRules().readiness;
  const model = new Map<string, Article>(instrument.articles.map((a) => [a.number, a]));
  const chapter = (a: ReadinessArticle) => model.get(a.article)?.chapter.number;
  const blocking: string[] = [];
  const channel: string[] = [];
  const coverable: string[] = [];
  const coveredByReservation: Readiness['coveredByReservation'] = [];
  for (const a of analysis.articles) {
    if (!GAP.has(a.status)) continue;
    // the assessment already weighed the State's reservations on record (severity "reserved")
    if (a.severity === 'reserved') {
      coveredByReservation.push({ article: a.article, by: a.coveredByReservation?.length ? a.coveredByReservation : a.coveredBy });
      continue;
    }
    if (a.severity === 'coverable') {
      coverable.push(a.article);
      continue;
    }
    if (chapter(a) === nationalMeasuresChapter && a.severity === 'blocking') blocking.push(a.article);
    else if (chapter(a) === cooperationChapter) channel.push(a.article);
  }
  const assessedArticles = analysis.articles.filter((a) => a.status !== 'not-assessed');
  const reviewed = assessedArticles.filter((a) => a.basis === 'expert' || a.basis === 'mixed').length;
  const reviewShare = assessedArticles.length ? Math.round((reviewed / assessedArticles.length) * 1000) / 1000 : 0;
  const list = (xs: string[]) => (xs.length ? `: Art. ${xs.join(', ')}` : '');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    analysisId: analysis.id,
    analysedAt: analysis.createdAt,
    instrument: analysis.instrument,
    blocking,
    channel,
    coverable,
    coveredByReservation,
    assessed: assessedArticles.length,
    reviewed,
    reviewShare,
    explanation: [
      `${plural(blocking.length, 'blocking gap')} in Chapter ${nationalMeasuresChapter}${list(blocking)}`,
      `${plural(channel.length, 'co-operation channel gap')} in Chapter ${cooperationChapter}${list(channel)}`,
      `${plural(coverable.length, 'gap')} a reservation or declaration could cover${list(coverable)}`,
      `${plural(coveredByReservation.length, 'gap')} covered by a reservation or declaration on record${coveredByReservation.length ? `: ${coveredByReservation.map((c) => `Art. ${c.article} (${c.by.join(', ')})`).join(', ')}` : ''}`,
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
