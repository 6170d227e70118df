/**
 * The correspondence table legal advisers work from: one row per article × element × provision,
 * with the call on the element, the quoted evidence, the justification, who made the call and how
 * sure the matcher was. An article nothing implements gets one row per required element and no
 * provision, so the table shows the gaps too. Plain data; the CSV, XLSX and DOCX writers lay it out.
 */
import { Instrument } from '../../instruments/instrument.model';
import { ArticleAssessment, ProvisionMatch } from '../../matching/match.model';
import { AnalysisReport } from '../../analyses/analysis-report';

export interface CorrespondenceRow {
  article: string;
  articleTitle: string;
  articleStatus: string;
  severity: string;
  element: string;
  elementKind: string;
  elementLabel: string;
  statute: string;
  citation: string;
  /** `met`, `not met`, or `no provision`. */
  status: string;
  evidence: string;
  justification: string;
  relationship: string;
  origin: string;
  reviewer: string;
  confidence: number | null;
}

export const CORRESPONDENCE_COLUMNS: { key: keyof CorrespondenceRow; header: string; width: number }[] = [
  { key: 'article', header: 'Article', width: 8 },
  { key: 'articleTitle', header: 'Article title', width: 28 },
  { key: 'articleStatus', header: 'Article status', width: 12 },
  { key: 'severity', header: 'Severity', width: 11 },
  { key: 'element', header: 'Element', width: 22 },
  { key: 'elementKind', header: 'Element kind', width: 11 },
  { key: 'elementLabel', header: 'Element', width: 40 },
  { key: 'statute', header: 'Statute', width: 30 },
  { key: 'citation', header: 'Provision', width: 12 },
  { key: 'status', header: 'Status', width: 11 },
  { key: 'evidence', header: 'Quoted evidence', width: 50 },
  { key: 'justification', header: 'Justification', width: 40 },
  { key: 'relationship', header: 'Relationship', width: 12 },
  { key: 'origin', header: 'Origin', width: 9 },
  { key: 'reviewer', header: 'Reviewer', width: 14 },
  { key: 'confidence', header: 'Confidence', width: 10 },
];

type Reviewed = ProvisionMatch & { origin?: string; decidedBy?: string | null; confidence?: number };

/** Mappings that count: provisions of an article found at least partly implemented (never a missing article's rejected candidates). */
export function effectiveProvisions(a: ArticleAssessment): ProvisionMatch[] {
  if (a.status !== 'covered' && a.status !== 'partial') return [];
  return a.provisions.filter((p) => (p as ProvisionMatch & { mappingStatus?: string }).mappingStatus !== 'rejected');
}

/** Who decided a mapping and how sure they were, by mapping id (from the review records). */
export type ReviewerOf = (mappingId: number | undefined) => { decidedBy: string | null; confidence: number | null } | undefined;

export function correspondenceRows(report: AnalysisReport, instrument: Instrument, reviewerOf: ReviewerOf = () => undefined): CorrespondenceRow[] {
  const byNumber = new Map(instrument.articles.map((a) => [a.number, a]));
  const rows: CorrespondenceRow[] = [];
  for (const a of report.articles) {
    if (a.status === 'not-assessed') continue;
    const article = byNumber.get(a.article);
    const elements = article?.elements ?? [];
    const base = { article: a.article, articleTitle: article?.title ?? a.title, articleStatus: a.status, severity: a.severity };
    const provisions = effectiveProvisions(a) as Reviewed[];
    if (!provisions.length) {
      for (const e of elements.filter((x) => x.kind !== 'optional')) {
        rows.push({
          ...base, element: e.id, elementKind: e.kind, elementLabel: e.label, statute: '', citation: '', status: 'no provision',
          evidence: '', justification: a.reasons.find((r) => r.startsWith(e.label)) ?? '', relationship: '', origin: 'machine', reviewer: '', confidence: null,
        });
      }
      continue;
    }
    for (const p of provisions) {
      const review = reviewerOf(p.mappingId);
      for (const e of elements) {
        const f = p.elements.find((x) => x.element === e.id);
        rows.push({
          ...base,
          element: e.id,
          elementKind: e.kind,
          elementLabel: e.label,
          statute: p.statute,
          citation: p.citation,
          status: f?.met ? 'met' : 'not met',
          evidence: f?.met ? (f.evidence ?? '') : '',
          justification: f?.why ?? (f ? '' : 'Not assessed for this provision.'),
          relationship: p.relationship,
          origin: p.origin === 'expert' ? 'expert' : 'machine',
          reviewer: review?.decidedBy ?? p.decidedBy ?? '',
          confidence: review?.confidence ?? (typeof p.confidence === 'number' ? p.confidence : Math.round(p.score * 1000) / 1000),
        });
      }
    }
  }
  return rows;
}

/** RFC 4180 CSV, with a byte-order mark so spreadsheet programs read it as UTF-8; cells that look like formulas are quoted with a leading apostrophe. */
export function toCsv(rows: CorrespondenceRow[]): string {
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v);
    // a cell starting = + - @ would run as a formula in a spreadsheet: statute text is not trusted
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [CORRESPONDENCE_COLUMNS.map((c) => cell(c.key)).join(',')];
  for (const r of rows) lines.push(CORRESPONDENCE_COLUMNS.map((c) => cell(r[c.key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
