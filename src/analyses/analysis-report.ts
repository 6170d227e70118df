import { countProvisions } from '../statutes/ingest';
import { ParsedStatute } from '../statutes/provision.model';
import type { NotInEffect } from '../statutes/law/in-force';
import { ArticleAssessment, BeyondConventionFinding, Relationship } from '../matching/match.model';

/** A statute of the law analysed; the version fields say which text was read (absent in analyses stored before they existed). */
type StatuteLine = { title: string; language: string; provisions: number; statuteId?: number; version?: number; versionDate?: string | null; status?: string };
type LawItem = { title: string; parsed: ParsedStatute; statuteId?: number; version?: number; versionDate?: string | null; status?: string };

/**
 * The analysis as other tools read it (the `analyze --json` contract in ARCHITECTURE.md, and the
 * HTTP results): plain data, no entities.
 */
export interface AnalysisReport {
  instrument: string;
  jurisdiction: string;
  statutes: StatuteLine[];
  /** The day whose law was analysed (statutes and provisions in force then). */
  asAt?: string;
  /** Statutes and provisions left out because they were not in effect, with why. */
  notInEffect?: NotInEffect[];
  articles: ArticleAssessment[];
  beyondConvention: BeyondConventionFinding[];
  summary: {
    covered: number;
    partial: number;
    missing: number;
    notAssessed: number;
    blocking: number;
    coverable: number;
    /** Gaps covered by a reservation or declaration the State made. */
    reserved: number;
    advisory: number;
    /** How much of the country is reviewed: assessed articles whose status rests (at least in part) on an expert's decision. */
    reviewed: number;
    assessed: number;
  };
}

/** The statutes an analysis read, as the report lists them (a statute read now, or a line stored with an earlier run). */
export function statuteLines(statutes: (LawItem | StatuteLine)[]): StatuteLine[] {
  return statutes.map((s) =>
    'parsed' in s
      ? {
          title: s.title,
          language: s.parsed.language,
          provisions: countProvisions(s.parsed),
          ...(s.statuteId !== undefined ? { statuteId: s.statuteId, version: s.version, versionDate: s.versionDate ?? null, status: s.status } : {}),
        }
      : s,
  );
}

export function buildAnalysisReport(
  jurisdiction: string,
  statutes: (LawItem[] | StatuteLine[]) & { asAt?: string; excluded?: NotInEffect[] },
  result: { instrument: string; articles: ArticleAssessment[]; beyondConvention: BeyondConventionFinding[] },
): AnalysisReport {
  const count = (f: (a: ArticleAssessment) => boolean) => result.articles.filter(f).length;
  return {
    instrument: result.instrument,
    jurisdiction,
    statutes: statuteLines(statutes),
    ...(statutes.asAt ? { asAt: statutes.asAt } : {}),
    ...(statutes.excluded ? { notInEffect: statutes.excluded } : {}),
    articles: result.articles,
    beyondConvention: result.beyondConvention,
    summary: {
      covered: count((a) => a.status === 'covered'),
      partial: count((a) => a.status === 'partial'),
      missing: count((a) => a.status === 'missing'),
      notAssessed: count((a) => a.status === 'not-assessed' && !isOutOfScope(a)),
      blocking: count((a) => a.severity === 'blocking'),
      coverable: count((a) => a.severity === 'coverable'),
      reserved: count((a) => a.severity === 'reserved'),
      advisory: count((a) => a.severity === 'advisory'),
      reviewed: count((a) => a.basis === 'expert' || a.basis === 'mixed'),
      assessed: count((a) => a.status !== 'not-assessed'),
    },
  };
}

/** General principles and final clauses are outside the assessment, not "not assessed" for want of a reading. */
function isOutOfScope(a: ArticleAssessment): boolean {
  return a.reasons[0]?.startsWith('Not assessed against national law') ?? false;
}

export interface ProvisionView {
  statute: string;
  citation: string;
  articles: { article: string; title: string; score: number; relationship: Relationship; rank: number }[];
}

/** The same suggestions seen from the statute's side: for each provision, the articles it may implement. */
export function suggestionsByProvision(report: AnalysisReport): ProvisionView[] {
  const views = new Map<string, ProvisionView>();
  for (const a of report.articles) {
    a.provisions.forEach((p, rank) => {
      const key = `${p.statute}\u0000${p.citation}`;
      const view = views.get(key) ?? { statute: p.statute, citation: p.citation, articles: [] };
      view.articles.push({ article: a.article, title: a.title, score: p.score, relationship: p.relationship, rank: rank + 1 });
      views.set(key, view);
    });
  }
  for (const v of views.values()) v.articles.sort((x, y) => y.score - x.score);
  return [...views.values()];
}
