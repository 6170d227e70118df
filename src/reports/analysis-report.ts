import { countProvisions } from '../statutes/ingest';
import { ParsedStatute } from '../statutes/provision.model';
import type { NotInEffect } from '../statutes/law/in-force';
import { ArticleAssessment, BeyondConventionFinding, Relationship } from '../matching/match.model';

/**
 * The analysis as other tools read it (the `analyze --json` contract in ARCHITECTURE.md, and the
 * HTTP results): plain data, no entities.
 */
export interface AnalysisReport {
  instrument: string;
  jurisdiction: string;
  statutes: { title: string; language: string; provisions: number; statuteId?: number; version?: number; versionDate?: string | null; status?: string }[];
  /** The day whose law was analysed (statutes and provisions in force then). */
  asAt?: string;
  /** Statutes and provisions left out because they were not in effect, with why. */
  notInEffect?: NotInEffect[];
  articles: ArticleAssessment[];
  beyondConvention: BeyondConventionFinding[];
  summary: { covered: number; partial: number; missing: number; blocking: number; coverable: number; advisory: number };
}

export function buildAnalysisReport(
  jurisdiction: string,
  statutes: { title: string; parsed: ParsedStatute; statuteId?: number; version?: number; versionDate?: string | null; status?: string }[] & { asAt?: string; excluded?: NotInEffect[] },
  result: { instrument: string; articles: ArticleAssessment[]; beyondConvention: BeyondConventionFinding[] },
): AnalysisReport {
  const count = (f: (a: ArticleAssessment) => boolean) => result.articles.filter(f).length;
  return {
    instrument: result.instrument,
    jurisdiction,
    statutes: statutes.map((s) => ({
      title: s.title,
      language: s.parsed.language,
      provisions: countProvisions(s.parsed),
      ...(s.statuteId !== undefined ? { statuteId: s.statuteId, version: s.version, versionDate: s.versionDate ?? null, status: s.status } : {}),
    })),
    ...(statutes.asAt ? { asAt: statutes.asAt } : {}),
    ...(statutes.excluded ? { notInEffect: statutes.excluded } : {}),
    articles: result.articles,
    beyondConvention: result.beyondConvention,
    summary: {
      covered: count((a) => a.status === 'covered'),
      partial: count((a) => a.status === 'partial'),
      missing: count((a) => a.status === 'missing'),
      blocking: count((a) => a.severity === 'blocking'),
      coverable: count((a) => a.severity === 'coverable'),
      advisory: count((a) => a.severity === 'advisory'),
    },
  };
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
