/**
 * What the gap report page says, worked out from the stored analysis and the instrument model:
 * plain data, no markup. The markup (gap-report.ts) only lays this out, so the legal reading lives
 * in one place and can be tested without parsing HTML.
 */
import { Article, Declaration, Element, Grouping, Instrument, Reservation } from '../../instruments/instrument.model';
import { ArticleAssessment, ArticleStatus, BeyondConventionFinding, GapSeverity } from '../../matching/match.model';
import { AnalysisReport } from '../analysis-report';

export interface GapReportInput {
  analysis: { id: number; jurisdiction: string; createdAt: string; jurisdictionName?: string | null };
  report: AnalysisReport;
  instrument: Instrument;
  /** Articles an expert has reviewed, once reviews exist; absent or empty means none has been. */
  review?: { reviewedArticles: string[] };
  /** Where the API is served (e.g. `https://concordance.example.org`), so that printed links are complete. */
  baseUrl?: string;
}

/** A reservation or declaration the Convention allows, named for the reader. */
export interface Allowance {
  /** `designation` names an authority or contact (e.g. a 24/7 point of contact) rather than narrowing an obligation. */
  kind: 'reservation' | 'declaration' | 'designation';
  id: string;
  /** e.g. `Art. 11(3)` */
  basis: string;
  summary: string;
  /** Unmet elements of this gap that it covers. */
  covers: Element[];
}

export interface UnmetElement {
  element: Element;
  /** Where in the article it sits, e.g. `Art. 6(1)(a)`. */
  where: string;
  /** The matcher's finding, when it gave one. */
  finding?: string;
}

export interface LawNow {
  citation: string;
  statute: string;
  language?: string;
  /** A short span of the provision that the matcher quoted. */
  evidence?: string;
  /** Other provisions that were matched. */
  others: string[];
  /** True when the article is missing: the provision was only a candidate, judged not to implement it. */
  rejected: boolean;
}

export interface GapView {
  article: string;
  title: string;
  status: ArticleStatus;
  severity: GapSeverity;
  unmet: UnmetElement[];
  /** Unmet elements no reservation or declaration can cover: they need legislation. */
  toLegislate: UnmetElement[];
  allowances: Allowance[];
  law?: LawNow;
  fix: string;
  reasons: string[];
}

export interface TableGroup {
  heading: string;
  rows: { article: string; title: string; status: ArticleStatus; severity: GapSeverity; citations: string[] }[];
}

export interface GapReportView {
  jurisdiction: string;
  jurisdictionName?: string;
  instrumentTitle: string;
  treatySeries: string;
  analysisId: number;
  date: string;
  statutes: { title: string; language: string; provisions: number }[];
  counts: { assessed: number; covered: number; partial: number; missing: number; blocking: number; coverable: number; advisory: number };
  blocking: GapView[];
  coverable: GapView[];
  advisory: GapView[];
  beyond: (BeyondConventionFinding & { language?: string })[];
  table: TableGroup[];
  /** Articles left out of the table because none of their chapter is assessed (final clauses). */
  notAssessed: string[];
  reviewedArticles: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `14 May 2025, 09:30 UTC`: the same on every server, whatever its locale or time zone. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** `1.a` → `Art. 6(1)(a)`; `a` → `Art. 1(a)`; a basis such as `11(3)` or `27(9)(e)` stays as printed. */
export function articleRef(article: string, paragraph?: string): string {
  if (!paragraph) return `Art. ${article}`;
  const parts = paragraph.split('.').filter(Boolean);
  return `Art. ${article}${parts.map((p) => `(${p})`).join('')}`;
}

function basisRef(basis: string): string {
  return /^\d/.test(basis) ? `Art. ${basis}` : basis;
}

/** Longest evidence shown: a drafter needs the gist and the citation, not the whole section. */
const MAX_EVIDENCE_WORDS = 30;

export function shortenEvidence(text: string, maxWords = MAX_EVIDENCE_WORDS): string {
  const words = nestQuotes(text).replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= maxWords ? words.join(' ') : `${words.slice(0, maxWords).join(' ')} …`;
}

/**
 * The page prints evidence inside its own quotation marks (`<q>`), so the statute's double quotes
 * ("computer system" means …) become single ones, as a quotation inside a quotation is printed:
 * “‘computer system’ means …”, not “"computer system" means …”.
 */
export function nestQuotes(text: string): string {
  return text
    .replace(/"([^"\n]*)"/g, '\u2018$1\u2019')
    .replace(/\u201c([^\u201c\u201d\n]*)\u201d/g, '\u2018$1\u2019')
    .replace(/(^|[\s(\[])["\u201c]/g, '$1\u2018')
    .replace(/["\u201d]/g, '\u2019');
}

const requiredOf = (article: Article) => article.elements.filter((e) => e.kind !== 'optional');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The required elements the matcher found unmet: the assessment's `unmet` ids, with the matcher's
 * reason for each (`<label> — not met: <why>`). Analyses stored before the assessment carried
 * `unmet` are read back from their reasons: element labels and ids named there; a missing article
 * lacks every required element; when the reasons name none, the required elements that no listed
 * provision meets.
 */
export function unmetElements(article: Article, a: ArticleAssessment): UnmetElement[] {
  if (a.status !== 'partial' && a.status !== 'missing') return [];
  const required = requiredOf(article);
  const findingOf = (e: Element): string | undefined => {
    const prefix = `${e.label} — not met:`;
    return a.reasons.find((r) => r.startsWith(prefix))?.slice(prefix.length).trim() || undefined;
  };
  const listed = (a as Partial<ArticleAssessment>).unmet;
  if (Array.isArray(listed) && (listed.length || a.status === 'partial')) {
    const ids = new Set(listed);
    return required.filter((e) => ids.has(e.id)).map((element) => ({ element, where: articleRef(article.number, element.paragraph), finding: findingOf(element) }));
  }
  const named = (e: Element) =>
    findingOf(e) !== undefined || a.reasons.some((r) => new RegExp(`(?<![\\w.-])${escapeRegExp(e.id)}(?![\\w-])`).test(r));
  let unmet: Element[];
  if (a.status === 'missing') unmet = required;
  else {
    unmet = required.filter(named);
    if (!unmet.length) unmet = required.filter((e) => !a.provisions.some((p) => p.elements.some((f) => f.element === e.id && f.met)));
  }
  return unmet.map((element) => ({ element, where: articleRef(article.number, element.paragraph), finding: findingOf(element) }));
}

/** The reservations and declarations that can cover some of the unmet elements. */
function allowancesFor(article: Article, unmet: Element[]): Allowance[] {
  const ids = new Set(unmet.map((e) => e.id));
  const all: (Allowance & { coversIds: string[] })[] = [
    ...article.reservations.map((r: Reservation) => ({ kind: 'reservation' as const, id: r.id, basis: basisRef(r.basis), summary: r.summary, covers: [], coversIds: r.covers })),
    ...article.declarations.map((d: Declaration) => ({ kind: d.type === 'designation' ? ('designation' as const) : ('declaration' as const), id: d.id, basis: basisRef(d.basis), summary: d.summary, covers: [], coversIds: d.covers })),
  ];
  return all
    .map(({ coversIds, ...a }) => ({ ...a, covers: unmet.filter((e) => coversIds.includes(e.id) && ids.has(e.id)) }))
    .filter((a) => a.covers.length > 0);
}

/** Best provision and a short quoted span of what it says, preferring evidence of a required element. */
function lawNow(article: Article | undefined, a: ArticleAssessment, languages: Map<string, string>): LawNow | undefined {
  const best = a.provisions[0];
  if (!best) return undefined;
  const required = new Set(article ? requiredOf(article).map((e) => e.id) : []);
  const withEvidence = best.elements.filter((f) => f.met && f.evidence?.trim());
  const quote = withEvidence.find((f) => required.has(f.element)) ?? withEvidence[0];
  return {
    citation: best.citation,
    statute: best.statute,
    language: languages.get(best.statute),
    evidence: quote?.evidence ? shortenEvidence(quote.evidence) : undefined,
    others: a.provisions.slice(1, 4).map((p) => p.citation),
    rejected: a.status === 'missing',
  };
}

/** `Order persons …` → `order persons …`, keeping acronyms and names (`Arts.`, `MLA`) as written. */
function asClause(label: string): string {
  const text = label.trim().replace(/[.;]+$/, '');
  const first = text.split(/\s/)[0] ?? '';
  const lowerable = /^[A-Z][a-z-]*$/.test(first) && !/^(Arts?|Party|Parties|Convention)$/.test(first);
  return lowerable ? text[0].toLowerCase() + text.slice(1) : text;
}

/** The mental element and "without right" read better after the conduct than as items of their own. */
const FAULT_WORDS: Record<string, string> = { intent: 'intentionally', 'without-right': 'without right' };

function describeElements(needed: Element[]): string {
  const slug = (e: Element) => e.id.slice(e.id.indexOf('.') + 1);
  const conduct = needed.filter((e) => !(slug(e) in FAULT_WORDS));
  const fault = needed.filter((e) => slug(e) in FAULT_WORDS).map((e) => FAULT_WORDS[slug(e)]);
  if (!conduct.length || !fault.length) return needed.map((e) => asClause(e.label)).join('; ');
  return `${conduct.map((e) => asClause(e.label)).join('; ')}, when committed ${fault.join(' and ')}`;
}

/** What a fix looks like, from the article's kind and the elements that need legislation. */
export function describeFix(article: Article | undefined, status: ArticleStatus, law: LawNow | undefined, needed: Element[], instrument: Instrument): string {
  if (!needed.length) return 'The matcher named no unmet element; see its reasons above.';
  const what = describeElements(needed);
  const amend = status === 'partial' && law ? `Amend provision ${law.citation} of the ${law.statute}, or add a provision, so that the law also covers: ` : '';
  const safeguards = instrument.articles.find((a) => a.kind === 'procedural' && /safeguard/i.test(a.title));
  switch (article?.kind) {
    case 'criminalisation':
      return `${amend || 'Add an offence covering: '}${what}.`;
    case 'procedural': {
      const subject = safeguards && safeguards.number !== article.number ? ` (subject to the conditions and safeguards of Art. ${safeguards.number})` : '';
      return amend ? `${amend}${what}.` : `Give the competent authorities a power${subject} providing for: ${what}.`;
    }
    case 'jurisdiction': {
      // the labels all start "Jurisdiction over …"/"Jurisdiction where …": say it once
      const grounds = needed.map((e) => asClause(e.label).replace(/^jurisdiction\s+/i, '')).join('; ');
      return `${amend ? `${amend}jurisdiction ` : 'Give the courts jurisdiction '}${grounds}.`;
    }
    case 'definitions':
      return `${amend || 'Add definitions so that: '}${what}.`;
    default:
      return `${amend || 'Provide in law for: '}${what}.`;
  }
}

function gapView(a: ArticleAssessment, article: Article | undefined, instrument: Instrument, languages: Map<string, string>): GapView {
  const unmet = article ? unmetElements(article, a) : [];
  const allowances = article ? allowancesFor(article, unmet.map((u) => u.element)) : [];
  const coveredIds = new Set(allowances.flatMap((x) => x.covers.map((e) => e.id)));
  const uncovered = unmet.filter((u) => !coveredIds.has(u.element.id));
  // A blocking gap always needs legislation, even if our reading of the reasons finds an allowance for each element.
  const toLegislate = uncovered.length || a.severity !== 'blocking' ? uncovered : unmet;
  const law = lawNow(article, a, languages);
  return {
    article: a.article,
    title: article?.title ?? a.title,
    status: a.status,
    severity: a.severity,
    unmet,
    toLegislate,
    allowances,
    law,
    // the legislative fix: for what no allowance covers, or for everything when an allowance could cover it all
    fix: describeFix(article, a.status, law, (toLegislate.length ? toLegislate : unmet).map((u) => u.element), instrument),
    reasons: a.reasons,
  };
}

function groupHeading(chapter: Grouping, section?: Grouping): string {
  const c = `Chapter ${chapter.number} — ${chapter.title}`;
  return section ? `${c} · Section ${section.number} — ${section.title}` : c;
}

export function buildGapReportView(input: GapReportInput): GapReportView {
  const { analysis, report, instrument } = input;
  const byNumber = new Map(instrument.articles.map((a) => [a.number, a]));
  const languages = new Map(report.statutes.map((s) => [s.title, s.language]));
  const gaps = report.articles.map((a) => gapView(a, byNumber.get(a.article), instrument, languages));
  const ofSeverity = (s: GapSeverity) => gaps.filter((g) => g.severity === s && (g.status === 'partial' || g.status === 'missing'));

  const assessment = new Map(report.articles.map((a) => [a.article, a]));
  const chaptersAssessed = new Set(report.articles.filter((a) => a.status !== 'not-assessed').map((a) => byNumber.get(a.article)?.chapter.number));
  const table: TableGroup[] = [];
  const notAssessed: string[] = [];
  for (const article of instrument.articles) {
    const a = assessment.get(article.number);
    if (!chaptersAssessed.has(article.chapter.number)) {
      notAssessed.push(article.number);
      continue;
    }
    const heading = groupHeading(article.chapter, article.section);
    let group = table.at(-1);
    if (group?.heading !== heading) table.push((group = { heading, rows: [] }));
    group.rows.push({
      article: article.number,
      title: article.title,
      status: a?.status ?? 'not-assessed',
      severity: a?.severity ?? 'none',
      citations: a && a.status !== 'missing' ? a.provisions.slice(0, 4).map((p) => p.citation) : [],
    });
  }
  // assessments of articles the model does not know (a model changed since the run) still show
  const unknown = report.articles.filter((a) => !byNumber.has(a.article));
  if (unknown.length) {
    table.push({
      heading: 'Articles not in the current model',
      rows: unknown.map((a) => ({ article: a.article, title: a.title, status: a.status, severity: a.severity, citations: a.provisions.slice(0, 4).map((p) => p.citation) })),
    });
  }

  const assessed = report.articles.filter((a) => a.status !== 'not-assessed');
  return {
    jurisdiction: analysis.jurisdiction,
    jurisdictionName: analysis.jurisdictionName ?? undefined,
    instrumentTitle: instrument.title,
    treatySeries: instrument.treatySeries,
    analysisId: analysis.id,
    date: formatDate(analysis.createdAt),
    statutes: report.statutes,
    counts: {
      assessed: assessed.length,
      covered: assessed.filter((a) => a.status === 'covered').length,
      partial: assessed.filter((a) => a.status === 'partial').length,
      missing: assessed.filter((a) => a.status === 'missing').length,
      blocking: ofSeverity('blocking').length,
      coverable: ofSeverity('coverable').length,
      advisory: ofSeverity('advisory').length,
    },
    blocking: ofSeverity('blocking'),
    coverable: ofSeverity('coverable'),
    advisory: ofSeverity('advisory'),
    beyond: report.beyondConvention.map((b) => ({ ...b, language: languages.get(b.statute) })),
    table,
    notAssessed,
    reviewedArticles: input.review?.reviewedArticles ?? [],
  };
}
