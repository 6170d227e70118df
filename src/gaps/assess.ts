/**
 * assess: article statuses and gap severities from the effective mappings (expert decisions first,
 * machine suggestions where nobody decided). A pure function of its inputs: a reviewer's decision
 * changes a status without re-running the matcher, and the articles that depend on others
 * (sanctions, scope, safeguards, co-operation forms: `dependsOn` in the instrument model) read the
 * effective mappings of the articles they depend on.
 */
import { Article, Instrument, requiredElements } from '../instruments/instrument.model';
import { ArticleAssessment, ArticleStatus, AssessmentBasis, ProvisionMatch, SuggestedElement } from '../matching/match.model';
import { EffectiveMapping } from '../review/effective';
import { classifyGap } from './classify-gap';

export interface AssessInput {
  instrument: Instrument;
  /** The articles the matcher assessed, with the elements whose evidence shows an article is addressed. */
  assessed: { article: string; lookedFor: string[] }[];
  mappings: Map<string, EffectiveMapping[]>;
  /** Set when nothing could be matched (no statute in a language with a lexicon): every article is not assessed, with this reason. */
  notAssessed?: string;
  /** Articles a damaged source or an unplaced provision leaves unjudgeable, with why. */
  unjudgeable?: Map<string, string>;
  /**
   * Signs that the law as read is incomplete. What was found still counts, but a gap is not
   * established where the damage reaches: an article listing a provision that was cut (or ends
   * inside a quotation) is not assessed; with words lost anywhere in the source (NUL bytes, a cut
   * character), an article found nowhere is not assessed either. A number missing from the series
   * reaches no article one can name: the missing articles say so.
   */
  damaged?: { statute: string; reach: 'provision' | 'source' | 'gap'; citation?: string; reason: string }[];
  /** Ids of the reservations and declarations the State has made (its treaty status). */
  reservationsMade?: ReadonlySet<string>;
}

/** How many provisions an article lists (the relied-on ones and the next best candidates). */
const LISTED = 8;

export function assess(input: AssessInput): ArticleAssessment[] {
  const assessed = new Map(input.assessed.map((a) => [a.article, a]));
  return input.instrument.articles.map((article) => {
    const a = assessed.get(article.number);
    if (!a) return notAssessed(article, 'Not assessed against national law (general principle or final clause).');
    if (input.notAssessed) return notAssessed(article, input.notAssessed);
    const unjudgeable = input.unjudgeable?.get(article.number);
    if (unjudgeable) return notAssessed(article, unjudgeable);
    const result = assessArticle(article, a.lookedFor, input);
    const reached = result.status === 'missing' || result.status === 'partial' ? damageReaching(result, input.mappings.get(article.number) ?? [], input.damaged ?? []) : [];
    if (reached.length) return gapNotEstablished(result, reached);
    const gaps = result.status === 'missing' ? (input.damaged ?? []).filter((d) => d.reach === 'gap') : [];
    return gaps.length ? { ...result, reasons: [...result.reasons, ...gaps.map((d) => `Read with care: ${d.statute}: ${d.reason}.`)] } : result;
  });
}

/** The damage that reaches an article's gap: a cut provision it lists, or (for an article found nowhere) words lost from the source. */
function damageReaching(a: ArticleAssessment, own: EffectiveMapping[], damaged: NonNullable<AssessInput['damaged']>): string[] {
  const nested = (c: string, d: string) => c === d || c.startsWith(`${d}(`) || d.startsWith(`${c}(`);
  const tied = damaged.filter((d) => d.reach === 'provision' && own.some((m) => m.statute === d.statute && nested(m.citation, d.citation!)));
  const whole = a.status === 'missing' ? damaged.filter((d) => d.reach === 'source') : [];
  return [...tied, ...whole].map((d) => `${d.statute}: ${d.reason}`);
}

/** A gap read from a damaged source is not established: the article is not assessed, keeping what was found. */
function gapNotEstablished(a: ArticleAssessment, damaged: string[]): ArticleAssessment {
  return {
    ...a,
    status: 'not-assessed',
    severity: 'none',
    coveredBy: [],
    reasons: [`Not assessed: the source looks damaged (${damaged.join('; ')}), so a ${a.status === 'missing' ? 'missing article' : 'partial implementation'} cannot be established from it.`, ...a.reasons.map((r) => `As read: ${r}`)],
  };
}

function notAssessed(article: Article, reason: string): ArticleAssessment {
  return { article: article.number, title: article.title, status: 'not-assessed', severity: 'none', reasons: [reason], unmet: [], coveredBy: [], provisions: [], basis: 'none' };
}


function assessArticle(article: Article, lookedFor: string[], input: AssessInput): ArticleAssessment {
  const own = input.mappings.get(article.number) ?? [];
  const relied = own.filter((m) => m.reliedOn);
  const required = requiredElements(article);
  const reasons: string[] = [];
  const overrides = new Map<string, string>();
  let implementing = relied;
  const dep = article.dependsOn;
  const depended = dep ? dep.articles.flatMap((n) => (input.mappings.get(n) ?? []).filter((m) => m.primary)) : [];
  if (dep && !depended.length && dep.ifNone === 'missing') {
    // nothing to attach to: the article cannot be implemented whatever its own provisions say
    implementing = [];
    reasons.push(dep.reason);
  } else if (dep?.eachMust) {
    const unsupervised = withoutSafeguard(article, dep.eachMust, relied, input);
    if (unsupervised.length) overrides.set(dep.eachMust.element, `no judicial or other independent authorisation found for ${unsupervised.join(', ')}.`);
  }
  let status: ArticleStatus;
  const unmet: string[] = [];
  if (!implementing.length) {
    status = 'missing';
    unmet.push(...required.map((e) => e.id));
    const anchors = lookedFor.map((id) => article.elements.find((e) => e.id === id)?.label ?? id);
    reasons.push(`No provision addresses it: nothing found for ${anchors.join(' / ') || 'its elements'}.`);
  } else {
    for (const e of required) {
      const findings = implementing.map((m) => m.elements.find((f) => f.element === e.id)).filter((f): f is SuggestedElement => !!f);
      const met = findings.find((f) => f.met && f.found) ?? findings.find((f) => f.met) ?? jointlyMet(findings);
      if (met && !overrides.has(e.id)) continue;
      unmet.push(e.id);
      if (overrides.has(e.id)) {
        reasons.push(`${e.label} — not met: ${overrides.get(e.id)}`);
        continue;
      }
      const why = findings.find((f) => f.narrowed)?.why ?? findings.find((f) => f.found)?.why ?? findings[0]?.why ?? 'not found';
      reasons.push(`${e.label} — not met: ${why}`);
    }
    status = unmet.length ? 'partial' : 'covered';
    const cites = implementing.map((m) => cite(m)).join(', ');
    reasons.unshift(status === 'covered' ? `Every required element is found in ${cites}.` : `Addressed by ${cites}, but ${unmet.length} required element(s) are not met.`);
  }
  if (dep && depended.length && dep.ifNone === 'missing') reasons.splice(1, 0, `Reads the provisions implementing Arts. ${dep.articles.join(', ')}: ${[...new Set(depended.map(cite))].join(', ')}.`);
  if (dep && !depended.length && dep.ifNone === 'note' && status !== 'covered') reasons.push(dep.reason);
  const gap = classifyGap(article, status, unmet, input.reservationsMade);
  if (status !== 'covered') reasons.push(gap.reason);
  const stale = implementing.filter((m) => m.stale);
  if (stale.length) reasons.push(`Rests on ${stale.length} decision(s) whose provision text changed since review: ${stale.map(cite).join(', ')}.`);
  // in the matcher's order (an expert's own mapping first), the provisions relied on and the candidates worth a look
  const listed = own.filter((m) => implementing.includes(m) || m.status !== 'suggested' || (m.score ?? 0) >= 0.15);
  return {
    article: article.number,
    title: article.title,
    status,
    severity: gap.severity,
    reasons,
    unmet,
    coveredBy: gap.coveredBy,
    ...(gap.coveredByReservation.length ? { coveredByReservation: gap.coveredByReservation } : {}),
    provisions: listed.slice(0, LISTED).map((m) => ({ ...toProvisionMatch(m), reliedOn: implementing.includes(m) })),
    basis: basisOf(own, implementing),
  };
}

function cite(m: Pick<EffectiveMapping, 'citation'>): string {
  return m.citation;
}

/**
 * The provisions of the depended-on articles (and the article's own) that lack the safeguard every
 * power needs. A provision implementing only the exempt articles (preservation, which freezes data
 * and discloses nothing) may rest on a prosecutor's or police order. A power whose safeguards no
 * mapping of this article evaluated counts as lacking them: a reviewer must record them.
 */
function withoutSafeguard(article: Article, rule: { element: string; except?: string[] }, relied: EffectiveMapping[], input: AssessInput): string[] {
  const dep = article.dependsOn!;
  const except = new Set(rule.except ?? []);
  const key = (m: Pick<EffectiveMapping, 'statute' | 'citation'>) => `${m.statute}\u0000${m.citation}`;
  const exempt = new Set<string>();
  const intrusive = new Set<string>();
  const powers = new Map<string, string>();
  for (const n of dep.articles) {
    for (const m of (input.mappings.get(n) ?? []).filter((x) => x.primary)) {
      (except.has(n) ? exempt : intrusive).add(key(m));
      powers.set(key(m), m.citation);
    }
  }
  const own = new Map(relied.map((m) => [key(m), m]));
  for (const m of relied) powers.set(key(m), m.citation);
  const lacking: string[] = [];
  for (const [k, citation] of powers) {
    const mustBeSupervised = intrusive.has(k) || !exempt.has(k);
    if (!mustBeSupervised) continue;
    const finding = own.get(k)?.elements.find((f) => f.element === rule.element);
    if (!finding?.met) lacking.push(own.has(k) ? citation : `${citation} (its safeguards are not evaluated)`);
  }
  return lacking;
}

/**
 * An element that lists several acts (damaging, deleting, altering ...) is met by provisions that
 * together name every act: each states the element, and no act is missing from all of them.
 */
function jointlyMet(findings: SuggestedElement[]): SuggestedElement | undefined {
  const stated = findings.filter((f) => f.found && !f.narrowed && f.missingGroups.length);
  if (stated.length < 2) return undefined;
  const missingFromAll = stated[0].missingGroups.filter((g) => stated.every((f) => f.missingGroups.includes(g)));
  return missingFromAll.length ? undefined : stated[0];
}

function toProvisionMatch(m: EffectiveMapping): ProvisionMatch {
  return {
    citation: m.citation,
    statute: m.statute,
    score: m.score ?? m.confidence ?? 1,
    relationship: m.relationship,
    elements: m.elements.map((f) => ({
      element: f.element,
      met: f.met,
      ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
      ...(f.why !== undefined ? { why: f.source ? `${f.why} (found in ${f.source})` : f.why } : {}),
    })),
    origin: m.origin === 'expert' || m.status !== 'suggested' ? 'expert' : 'machine',
    mappingStatus: m.status,
    ...(m.id !== undefined ? { mappingId: m.id } : {}),
  };
}

/** Expert when every provision relied on was decided by an expert (or an expert rejected every suggestion). */
function basisOf(own: EffectiveMapping[], implementing: EffectiveMapping[]): AssessmentBasis {
  const decided = (m: EffectiveMapping) => m.status !== 'suggested';
  if (!implementing.length) return own.length === 0 ? 'none' : own.every(decided) ? 'expert' : 'machine';
  const experts = implementing.filter(decided).length;
  if (experts === implementing.length) return 'expert';
  return experts ? 'mixed' : 'machine';
}
