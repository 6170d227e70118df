/**
 * The many-country view as plain data: one row per jurisdiction (names, treaty stage, invitation,
 * readiness), sorted and filtered as the query asks; and the article × jurisdiction matrix.
 */
import { Instrument } from '../instruments/instrument.model';
import { JurisdictionView } from '../jurisdictions/jurisdictions.service';
import { InvitationState, invitationState, TreatyStatusRecord } from '../jurisdictions/treaty-status.model';
import { AnalysisReport } from '../analyses/analysis-report';
import { compareReadiness, Readiness, treatyApplicationNote } from './readiness';

/** Where a State stands with the instrument, as far as the record shows; `unknown` when nothing is recorded. */
export type TreatyStage = 'in-force' | 'ratified' | 'signed' | 'invited' | 'unknown';

export interface DashboardRow {
  code: string;
  name: string | null;
  names: JurisdictionView['names'];
  region: string | null;
  treatyApplication: JurisdictionView['treatyApplication'];
  /** What the treaty application means for the channel gaps. */
  treatyApplicationNote: string;
  treaty: {
    instrument: string;
    stage: TreatyStage;
    signature: string | null;
    ratification: string | null;
    entryIntoForce: string | null;
    source: string | null;
    asOf: string | null;
  };
  invitation: InvitationState;
  readiness: Readiness | null;
  blockingGaps: number | null;
  lastAnalysis: { id: number; at: string } | null;
  reviewShare: number | null;
}

export const SORT_KEYS = ['code', 'name', 'region', 'stage', 'invitation', 'readiness', 'blocking', 'analysed', 'review'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const STAGES: TreatyStage[] = ['in-force', 'ratified', 'signed', 'invited', 'unknown'];

export interface DashboardQuery {
  instrument: string;
  sort: SortKey;
  order: 'asc' | 'desc';
  region?: string;
  stage?: TreatyStage;
  q?: string;
  analysed?: 'yes' | 'no';
}

export function treatyStage(s: TreatyStatusRecord | undefined, today: string): TreatyStage {
  if (!s) return 'unknown';
  if (s.entryIntoForce && s.entryIntoForce <= today) return 'in-force';
  if (s.ratification) return 'ratified';
  if (s.signature) return 'signed';
  if (s.invitation.date || s.invitation.source) return 'invited';
  return 'unknown';
}

export function dashboardRows(
  jurisdictions: JurisdictionView[],
  statuses: TreatyStatusRecord[],
  readinessByCode: Map<string, Readiness>,
  query: DashboardQuery,
  today: string,
): DashboardRow[] {
  const byCode = new Map(statuses.filter((s) => s.instrument === query.instrument).map((s) => [s.jurisdiction, s]));
  const rows = jurisdictions.map((j): DashboardRow => {
    const s = byCode.get(j.code);
    const r = readinessByCode.get(j.code) ?? null;
    return {
      code: j.code,
      name: j.name,
      names: j.names,
      region: j.region,
      treatyApplication: j.treatyApplication,
      treatyApplicationNote: treatyApplicationNote(j.treatyApplication),
      treaty: {
        instrument: query.instrument,
        stage: treatyStage(s, today),
        signature: s?.signature ?? null,
        ratification: s?.ratification ?? null,
        entryIntoForce: s?.entryIntoForce ?? null,
        source: s?.source ?? null,
        asOf: s?.asOf ?? null,
      },
      invitation: invitationState(s?.invitation ?? { date: null, status: null, source: null, notes: null, asOf: null }, today, s?.ratification ?? null),
      readiness: r,
      blockingGaps: r ? r.blocking.length : null,
      lastAnalysis: r ? { id: r.analysisId, at: r.analysedAt } : null,
      reviewShare: r ? r.reviewShare : null,
    };
  });
  const q = query.q?.trim().toLowerCase();
  const kept = rows.filter(
    (r) =>
      (!query.region || (r.region ?? '').toLowerCase() === query.region.toLowerCase()) &&
      (!query.stage || r.treaty.stage === query.stage) &&
      (!query.analysed || (query.analysed === 'yes') === Boolean(r.lastAnalysis)) &&
      (!q || r.code.toLowerCase() === q || [r.name, r.names?.fr, r.names?.es].some((n) => n?.toLowerCase().includes(q))),
  );
  const cmp = COMPARE[query.sort];
  const dir = query.order === 'desc' ? -1 : 1;
  // rows without a value stay last whichever the direction; ties fall back to the code
  return kept.sort((a, b) => {
    const missing = Number(cmp.missing(a)) - Number(cmp.missing(b));
    return missing || dir * cmp.compare(a, b) || a.code.localeCompare(b.code);
  });
}

const text = (f: (r: DashboardRow) => string | null | undefined) => ({
  missing: (r: DashboardRow) => !f(r),
  compare: (a: DashboardRow, b: DashboardRow) => (f(a) ?? '').localeCompare(f(b) ?? ''),
});
const COMPARE: Record<SortKey, { missing: (r: DashboardRow) => boolean; compare: (a: DashboardRow, b: DashboardRow) => number }> = {
  code: text((r) => r.code),
  name: text((r) => r.name),
  region: text((r) => r.region),
  stage: { missing: () => false, compare: (a, b) => STAGES.indexOf(a.treaty.stage) - STAGES.indexOf(b.treaty.stage) },
  invitation: text((r) => r.invitation.expires),
  readiness: { missing: (r) => !r.readiness, compare: (a, b) => compareReadiness(a.readiness, b.readiness) },
  blocking: { missing: (r) => r.blockingGaps === null, compare: (a, b) => (a.blockingGaps ?? 0) - (b.blockingGaps ?? 0) },
  analysed: text((r) => r.lastAnalysis?.at),
  review: { missing: (r) => r.reviewShare === null, compare: (a, b) => (a.reviewShare ?? 0) - (b.reviewShare ?? 0) },
};

export interface MatrixCell {
  jurisdiction: string;
  status: string;
  severity: string;
  /** The article's evidence in that analysis. */
  href: string;
}

export interface Matrix {
  instrument: string;
  jurisdictions: { code: string; name: string | null; analysisId: number; analysedAt: string }[];
  articles: { number: string; title: string; cells: (MatrixCell | null)[] }[];
}

/** Articles down, jurisdictions across, from each jurisdiction's latest analysis of the instrument. */
export interface MatrixColumn {
  code: string;
  name: string | null;
  id: number;
  createdAt: string;
  instrument: string;
  articles: Pick<AnalysisReport['articles'][number], 'article' | 'status' | 'severity'>[];
}

export function buildMatrix(instrument: Instrument, analyses: MatrixColumn[]): Matrix {
  const columns = analyses.filter((a) => a.instrument === instrument.id).sort((a, b) => a.code.localeCompare(b.code));
  const byArticle = columns.map((c) => new Map(c.articles.map((a) => [a.article, a])));
  const articles = instrument.articles
    .map((art) => ({
      number: art.number,
      title: art.title,
      cells: columns.map((c, i): MatrixCell | null => {
        const a = byArticle[i].get(art.number);
        return a ? { jurisdiction: c.code, status: a.status, severity: a.severity, href: `/analyses/${c.id}/articles/${encodeURIComponent(art.number)}` } : null;
      }),
    }))
    // an article no analysis assessed (e.g. the final clauses) adds only noise
    .filter((row) => row.cells.some((c) => c && c.status !== 'not-assessed'));
  return { instrument: instrument.id, jurisdictions: columns.map((c) => ({ code: c.code, name: c.name, analysisId: c.id, analysedAt: c.createdAt })), articles };
}
