import { articleLabel, articleOf, reliedOn, assessmentCitations, isCriminalised, provisionCitation, provisionList, treatyCitation } from './cite';
import { combine } from './outcome';
import { CountryFacts, InstrumentForms, OffenceResult, ProvisionPenalty, Reason } from './model';
import { formatTerm } from './penalty';

/**
 * Dual criminality for one offence article: is the conduct criminal in both A and B? By effect, not
 * by label (Art. 25(5)): it is, in each, if the analysis finds the article covered or partial there,
 * whatever the offence is called. For extradition, also punishable by at least `minimumPenaltyMonths`
 * in both (Art. 24(1)(a)).
 */
export function dualCriminality(
  forms: InstrumentForms,
  article: string,
  a: CountryFacts,
  b: CountryFacts,
  opts: { minimumPenaltyMonths?: number } = {},
): OffenceResult {
  const inA = articleOf(a, article);
  const inB = articleOf(b, article);
  const title = inA?.title ?? inB?.title ?? articleLabel(article);
  const reasons: Reason[] = [];
  for (const [side, c, assessed] of [['A', a, inA], ['B', b, inB]] as const) {
    const cites = assessmentCitations(c.jurisdiction, assessed, article);
    if (!assessed || assessed.status === 'not-assessed') {
      reasons.push({ kind: 'dual-criminality', effect: 'uncertain', text: `${articleLabel(article)} was not assessed in ${c.jurisdiction}'s analysis: whether the conduct is criminal there is unknown`, citations: cites });
    } else if (!isCriminalised(assessed)) {
      const role = side === 'A' ? 'the requesting' : 'the requested';
      reasons.push({ kind: 'dual-criminality', effect: 'blocked', text: `the conduct of ${articleLabel(article)} (${title}) is not an offence in ${c.jurisdiction}, ${role} Party: no provision of its law has that effect`, citations: cites });
    } else {
      const caveat = assessed.status === 'partial' ? ` (partly: ${(assessed.unmet ?? []).join(', ') || 'some elements'} not met)` : '';
      reasons.push({ kind: 'dual-criminality', effect: 'works', text: `the conduct of ${articleLabel(article)} is an offence in ${c.jurisdiction} by ${provisionList(assessed)}${caveat}`, citations: cites });
    }
    // a reservation can narrow the offence in the reserving Party (e.g. Art. 6(3), 11(3))
    for (const r of c.treaty.reservations) {
      if (r.article === article && (forms.offenceReservations[article] ?? []).includes(r.paragraph ?? '')) {
        reasons.push({
          kind: 'reservation',
          effect: 'uncertain',
          text: `${c.jurisdiction} made a ${r.kind} under ${articleLabel(r.article, r.paragraph)} (${r.summary}): the conduct may fall outside the offence there`,
          citations: [treatyCitation(c.jurisdiction, forms.instrument, `${r.kind} ${articleLabel(r.article, r.paragraph)}: ${r.summary}`, r.article, r.paragraph)],
        });
      }
    }
  }
  if (opts.minimumPenaltyMonths !== undefined && isCriminalised(inA) && isCriminalised(inB)) {
    for (const [c, assessed] of [[a, inA], [b, inB]] as const) {
      reasons.push(penaltyThreshold(c, article, reliedOn(assessed), opts.minimumPenaltyMonths));
    }
  }
  return { article, title, outcome: combine(reasons), reasons };
}

/**
 * Is the conduct punishable by at least the threshold in this country? Read from the heaviest penalty
 * among the provisions that implement the article; unknown penalties leave it uncertain.
 */
export function penaltyThreshold(c: CountryFacts, article: string, provisions: { citation: string; statute: string }[], minimumMonths: number): Reason {
  const threshold = formatTerm({ maxMonths: minimumMonths });
  const read = provisions
    .map((p) => c.penalties.find((x) => x.statute === p.statute && x.citation === p.citation))
    .filter((p): p is ProvisionPenalty => !!p);
  const cites = (ps: ProvisionPenalty[]) => ps.map((p) => provisionCitation(c.jurisdiction, p.statute, p.foundIn ?? p.citation));
  const meets = read.filter(
    (p) => p.life || (p.minimumMonths ?? -1) >= minimumMonths || ((p.maxMonths ?? -1) >= minimumMonths && (p.range?.fromMonths ?? minimumMonths) >= minimumMonths),
  );
  if (meets.length) {
    const p = meets[0];
    return {
      kind: 'penalty',
      effect: 'works',
      text: `in ${c.jurisdiction} the conduct is punishable by ${formatTerm(p)} (${p.foundIn ?? p.citation}), at least the ${threshold} extradition needs`,
      citations: cites([p]),
    };
  }
  const below = read.filter((p) => p.maxMonths !== undefined && p.maxMonths < minimumMonths);
  const unknown = read.filter((p) => !below.includes(p));
  if (below.length && !unknown.length) {
    const heaviest = below.reduce((x, y) => (y.maxMonths! > x.maxMonths! ? y : x));
    return {
      kind: 'penalty',
      effect: 'blocked',
      text: `in ${c.jurisdiction} the heaviest penalty for ${articleLabel(article)} is ${formatTerm(heaviest)} (${heaviest.foundIn ?? heaviest.citation}), under the ${threshold} extradition needs in both Parties`,
      citations: cites(below),
    };
  }
  const why = unknown.length ? unknown.map((p) => `${p.citation}: ${p.reason ?? 'unknown'}`).join('; ') : 'no penalty text was available';
  return {
    kind: 'penalty',
    effect: 'uncertain',
    text: `the maximum penalty for ${articleLabel(article)} in ${c.jurisdiction} could not be read (${why}); extradition needs at least ${threshold}`,
    citations: unknown.length ? cites(unknown) : assessmentCitations(c.jurisdiction, articleOf(c, article), article),
  };
}
