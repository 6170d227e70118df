/**
 * What the gap report page says, worked out from the stored analysis and the instrument model:
 * plain data, no markup. The markup (gap-report.ts) only lays this out, so the legal reading lives
 * in one place and can be tested without parsing HTML.
 */
import { Article, Declaration, Element, Grouping, Instrument, Reservation } from '../../instruments/instrument.model';
import { ArticleAssessment, ArticleStatus, BeyondConventionFinding, GapSeverity, ProvisionMatch } from '../../matching/match.model';
import { AnalysisReport } from '../../analyses/analysis-report';
import { messages, Messages, PageLanguage } from '../messages/messages';
import type { NotInEffect } from '../../statutes/law/in-force';

/** Who made the call on a mapping: the lead's review step adds `origin` per provision and `basis` per article. */
export type Origin = 'machine' | 'expert' | 'mixed' | 'none';
export const provisionOrigin = (p: ProvisionMatch): 'machine' | 'expert' => ((p as ProvisionMatch & { origin?: string }).origin === 'expert' ? 'expert' : 'machine');
export function articleOrigin(a: ArticleAssessment): Origin {
  const basis = (a as ArticleAssessment & { basis?: string }).basis;
  if (basis === 'expert' || basis === 'machine' || basis === 'mixed' || basis === 'none') return basis;
  const origins = new Set(a.provisions.map(provisionOrigin));
  return origins.size > 1 ? 'mixed' : origins.has('expert') ? 'expert' : 'machine';
}

/** The stored text of a provision, looked up by statute title and citation. */
export type ProvisionText = (statute: string, citation: string) => { text: string; heading?: string } | undefined;

export interface GapReportInput {
  analysis: { id: number; jurisdiction: string; createdAt: string; jurisdictionName?: string | null };
  report: AnalysisReport;
  instrument: Instrument;
  /** Articles an expert has reviewed, once reviews exist; absent or empty means none has been. */
  review?: { reviewedArticles: string[] };
  /** Where the API is served (e.g. `https://concordance.example.org`), so that printed links are complete. */
  baseUrl?: string;
  /** Page language; English by default. */
  lang?: PageLanguage;
  /** Full texts of the provisions cited, for the side-by-side view; without it, only the quotes show. */
  provisionText?: ProvisionText;
  /** Open every article of the side-by-side view (for print and PDF). */
  openAll?: boolean;
}

/** What a drafter could write for one unmet element. */
export interface DraftingNote {
  element: Element;
  where: string;
  must: string;
  /** A concrete note for this element, from the catalogue, when one is written. */
  note?: string;
  /** The reservation or declaration that could be made instead, consistent with the severity. */
  instead?: string;
}

export interface SideProvision {
  citation: string;
  statute: string;
  language?: string;
  origin: 'machine' | 'expert';
  /** The provision's full text (heading first), when stored. */
  text?: string;
  met: { element: Element | { id: string; label: string }; evidence?: string; why?: string }[];
}

export interface SideBySide {
  article: string;
  title: string;
  status: ArticleStatus;
  severity: GapSeverity;
  origin: Origin;
  open: boolean;
  official: boolean;
  paragraphs: { number: string; text: string }[];
  elements: Element[];
  provisions: SideProvision[];
  unmet: UnmetElement[];
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
  notes: DraftingNote[];
  origin: Origin;
  reasons: string[];
}

export interface TableGroup {
  heading: string;
  rows: { article: string; title: string; status: ArticleStatus; severity: GapSeverity; citations: string[]; origin?: Origin }[];
}

export interface GapReportView {
  jurisdiction: string;
  jurisdictionName?: string;
  instrumentTitle: string;
  treatySeries: string;
  analysisId: number;
  date: string;
  statutes: AnalysisReport['statutes'];
  counts: { assessed: number; covered: number; partial: number; missing: number; blocking: number; coverable: number; advisory: number };
  blocking: GapView[];
  coverable: GapView[];
  advisory: GapView[];
  beyond: (BeyondConventionFinding & { language?: string })[];
  table: TableGroup[];
  /** Articles left out of the table because none of their chapter is assessed (final clauses). */
  notAssessed: string[];
  /** Articles the analysis could not assess (no lexicon for the language, a damaged source), with why: no readiness can be concluded over them. */
  unassessed: { article: string; reason: string }[];
  reviewedArticles: string[];
  sideBySide: SideBySide[];
  notInEffect: NotInEffect[];
  asAt?: string;
  lang: PageLanguage;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `14 May 2025, 09:30 UTC`: the same on every server, whatever its locale or time zone. */
export function formatDate(iso: string, months: string[] = MONTHS): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()] ?? MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** `2020-02-20` → `20 February 2020`. */
export function formatDay(day: string, months: string[] = MONTHS): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${Number(m[3])} ${months[Number(m[2]) - 1] ?? ''} ${m[1]}` : day;
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
  const lowerable = /^\p{Lu}[\p{Ll}-]*$/u.test(first) && !/^(Arts?|Party|Parties|Convention)$/.test(first);
  return lowerable ? text[0].toLowerCase() + text.slice(1) : text;
}

/** The mental element and "without right" read better after the conduct than as items of their own. */
const FAULT_SLUGS = ['intent', 'without-right'];

function describeElements(needed: Element[], m: Messages): string {
  const slug = (e: Element) => e.id.slice(e.id.indexOf('.') + 1);
  const conduct = needed.filter((e) => !FAULT_SLUGS.includes(slug(e)));
  const fault = needed.filter((e) => FAULT_SLUGS.includes(slug(e))).map((e) => m.t(`drafting.fault.${slug(e)}`));
  if (!conduct.length || !fault.length) return needed.map((e) => asClause(e.label)).join('; ');
  return m.t('drafting.committed', { conduct: conduct.map((e) => asClause(e.label)).join('; '), fault: fault.join(` ${m.t('drafting.and')} `) });
}

/** What a fix looks like, from the article's kind and the elements that need legislation (wording from the catalogue). */
export function describeFix(
  article: Article | undefined,
  status: ArticleStatus,
  law: LawNow | undefined,
  needed: Element[],
  instrument: Instrument,
  m: Messages = messages('en'),
): string {
  if (!needed.length) return m.t('drafting.none');
  const what = describeElements(needed, m);
  const amend = status === 'partial' && law ? m.t('drafting.amend', { citation: law.citation, statute: law.statute }) : '';
  const safeguards = instrument.articles.find((a) => a.kind === 'procedural' && /safeguard/i.test(a.title));
  switch (article?.kind) {
    case 'criminalisation':
      return `${amend || m.t('drafting.criminalisation')}${what}.`;
    case 'procedural': {
      const subject = safeguards && safeguards.number !== article.number ? m.t('drafting.procedural.subject', { article: safeguards.number }) : '';
      return amend ? `${amend}${what}.` : `${m.t('drafting.procedural', { subject })}${what}.`;
    }
    case 'jurisdiction': {
      // the labels all start "Jurisdiction over …"/"Jurisdiction where …": say it once
      const grounds = needed.map((e) => asClause(e.label).replace(/^jurisdiction\s+/i, '')).join('; ');
      return `${amend ? `${amend}${m.t('drafting.jurisdiction.amend')}` : m.t('drafting.jurisdiction')}${grounds}.`;
    }
    case 'definitions':
      return `${amend || m.t('drafting.definitions')}${what}.`;
    default:
      return `${amend || m.t('drafting.default')}${what}.`;
  }
}

/**
 * One note per unmet element: what to add, where it would sit, and (only where the severity allows
 * it) the reservation or declaration that could be made instead. A blocking gap never says an
 * allowance makes legislation unnecessary.
 */
export function draftingNotes(
  article: Article | undefined,
  a: Pick<ArticleAssessment, 'status' | 'severity'>,
  unmet: UnmetElement[],
  allowances: Allowance[],
  law: LawNow | undefined,
  mainStatute: string | undefined,
  m: Messages,
): DraftingNote[] {
  const kind = article?.kind ?? 'default';
  const where =
    a.status === 'partial' && law
      ? m.t('drafting.where.amend', { citation: law.citation, statute: law.statute })
      : mainStatute
        ? m.maybe(`drafting.where.new.${kind}`, { statute: mainStatute }) ?? m.t('drafting.where.new.default', { statute: mainStatute })
        : m.t('drafting.where.newLaw');
  return unmet.map((u) => {
    const allowance = allowances.find((x) => x.covers.some((e) => e.id === u.element.id));
    const vars = allowance ? { kind: m.t(`allowance.${allowance.kind}`).toLowerCase(), basis: allowance.basis, summary: allowance.summary.replace(/[.;]+$/, '') } : undefined;
    const instead = vars ? (a.severity === 'blocking' ? m.t('drafting.insteadBlocking', vars) : m.t('drafting.instead', vars)) : undefined;
    return {
      element: u.element,
      where,
      must: m.t('drafting.must', { element: u.element.label.replace(/[.;]+$/, '') }),
      note: m.maybe(`drafting.element.${u.element.id}`),
      instead,
    };
  });
}

function gapView(a: ArticleAssessment, article: Article | undefined, instrument: Instrument, languages: Map<string, string>, m: Messages, mainStatute?: string): GapView {
  const unmet = article ? unmetElements(article, a) : [];
  const allowances = article ? allowancesFor(article, unmet.map((u) => u.element)) : [];
  const coveredIds = new Set(allowances.flatMap((x) => x.covers.map((e) => e.id)));
  const uncovered = unmet.filter((u) => !coveredIds.has(u.element.id));
  // A blocking gap always needs legislation, even if our reading of the reasons finds an allowance for each element.
  const toLegislate = uncovered.length || a.severity !== 'blocking' ? uncovered : unmet;
  const law = lawNow(article, a, languages);
  return {
    article: a.article,
    title: article ? m.articleTitle(article.number, article.title) : a.title,
    status: a.status,
    severity: a.severity,
    unmet,
    toLegislate,
    allowances,
    law,
    // the legislative fix: for what no allowance covers, or for everything when an allowance could cover it all
    fix: describeFix(article, a.status, law, (toLegislate.length ? toLegislate : unmet).map((u) => u.element), instrument, m),
    notes: draftingNotes(article, a, unmet, allowances, law, mainStatute, m),
    origin: articleOrigin(a),
    reasons: a.reasons,
  };
}

function groupHeading(chapter: Grouping, section: Grouping | undefined, m: Messages): string {
  const c = m.t('ui.articles.chapter', { number: chapter.number, title: chapter.title });
  return section ? `${c} · ${m.t('ui.articles.section', { number: section.number, title: section.title })}` : c;
}

/** Provisions shown beside an article: the best, and the next ones that meet an element, up to three. */
const MAX_SIDE_PROVISIONS = 3;

function sideBySide(
  a: ArticleAssessment,
  article: Article,
  unmet: UnmetElement[],
  languages: Map<string, string>,
  provisionText: ProvisionText | undefined,
  openAll: boolean,
  m: Messages,
): SideBySide {
  const byId = new Map(article.elements.map((e) => [e.id, e]));
  const shown = a.status === 'missing' ? [] : a.provisions.filter((p, i) => i === 0 || p.elements.some((f) => f.met)).slice(0, MAX_SIDE_PROVISIONS);
  const official = article.paragraphs.some((p) => p.officialText);
  return {
    article: a.article,
    title: m.articleTitle(article.number, article.title),
    status: a.status,
    severity: a.severity,
    origin: articleOrigin(a),
    open: openAll || a.status === 'partial' || a.status === 'missing',
    official,
    paragraphs: article.paragraphs.map((p) => ({ number: p.number, text: (official ? p.officialText : p.obligation) ?? '' })).filter((p) => p.text),
    elements: article.elements,
    provisions: shown.map((p) => {
      const stored = provisionText?.(p.statute, p.citation);
      return {
        citation: p.citation,
        statute: p.statute,
        language: languages.get(p.statute),
        origin: provisionOrigin(p),
        text: stored ? [stored.heading, stored.text].filter(Boolean).join('\n') : undefined,
        met: p.elements.filter((f) => f.met).map((f) => ({ element: byId.get(f.element) ?? { id: f.element, label: f.element }, evidence: f.evidence, why: f.why })),
      };
    }),
    unmet,
  };
}

/** The model with its element labels in the page language (the catalogue's, where it has them). */
function localised(instrument: Instrument, m: Messages): Instrument {
  if (m.lang === 'en') return instrument;
  return {
    ...instrument,
    articles: instrument.articles.map((a) => ({
      ...a,
      chapter: { ...a.chapter, title: m.groupTitle(a.chapter.title) },
      ...(a.section ? { section: { ...a.section, title: m.groupTitle(a.section.title) } } : {}),
      elements: a.elements.map((e) => ({ ...e, label: m.elementLabel(e.id, e.label) })),
      reservations: a.reservations.map((r) => ({ ...r, summary: m.allowanceSummary(r.id, r.summary) })),
      declarations: a.declarations.map((d) => ({ ...d, summary: m.allowanceSummary(d.id, d.summary) })),
    })),
  };
}

export function buildGapReportView(input: GapReportInput): GapReportView {
  const { analysis, report } = input;
  const m = messages(input.lang ?? 'en');
  const instrument = localised(input.instrument, m);
  const byNumber = new Map(instrument.articles.map((a) => [a.number, a]));
  const languages = new Map(report.statutes.map((s) => [s.title, s.language]));
  // a new provision is best placed in the statute that already holds most of the matched law
  const mainStatute = [...report.articles.flatMap((a) => a.provisions.map((p) => p.statute)).reduce((c, t) => c.set(t, (c.get(t) ?? 0) + 1), new Map<string, number>())]
    .sort((x, y) => y[1] - x[1])[0]?.[0] ?? report.statutes[0]?.title;
  const gaps = report.articles.map((a) => gapView(a, byNumber.get(a.article), instrument, languages, m, mainStatute));
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
    const heading = groupHeading(article.chapter, article.section, m);
    let group = table.at(-1);
    if (group?.heading !== heading) table.push((group = { heading, rows: [] }));
    group.rows.push({
      article: article.number,
      title: m.articleTitle(article.number, article.title),
      status: a?.status ?? 'not-assessed',
      severity: a?.severity ?? 'none',
      citations: a && a.status !== 'missing' ? a.provisions.slice(0, 4).map((p) => p.citation) : [],
      origin: a && a.status !== 'not-assessed' ? articleOrigin(a) : undefined,
    });
  }
  // assessments of articles the model does not know (a model changed since the run) still show
  const unknown = report.articles.filter((a) => !byNumber.has(a.article));
  if (unknown.length) {
    table.push({
      heading: m.t('ui.articles.unknown'),
      rows: unknown.map((a) => ({ article: a.article, title: a.title, status: a.status, severity: a.severity, citations: a.provisions.slice(0, 4).map((p) => p.citation) })),
    });
  }

  const assessed = report.articles.filter((a) => a.status !== 'not-assessed');
  const gapByArticle = new Map(gaps.map((g) => [g.article, g]));
  return {
    jurisdiction: analysis.jurisdiction,
    jurisdictionName: analysis.jurisdictionName ?? undefined,
    instrumentTitle: m.instrumentTitle(instrument.id, instrument.title),
    treatySeries: instrument.treatySeries,
    analysisId: analysis.id,
    date: formatDate(analysis.createdAt, m.months),
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
    unassessed: report.articles.filter((a) => a.status === 'not-assessed' && !/general principle or final clause/.test(a.reasons[0] ?? '')).map((a) => ({ article: a.article, reason: a.reasons[0] ?? '' })),
    reviewedArticles: input.review?.reviewedArticles ?? [],
    sideBySide: assessed.flatMap((a) => {
      const article = byNumber.get(a.article);
      return article ? [sideBySide(a, article, gapByArticle.get(a.article)?.unmet ?? [], languages, input.provisionText, !!input.openAll, m)] : [];
    }),
    notInEffect: report.notInEffect ?? [],
    asAt: report.asAt,
    lang: m.lang,
  };
}
