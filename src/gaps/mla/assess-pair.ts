import { channel } from './channels';
import { domesticPower, implementingProvision } from './domestic-power';
import { dualCriminality } from './dual-criminality';
import { findForm } from './forms';
import { combine } from './outcome';
import { CountryFacts, FormDefinition, FormResult, InstrumentForms, OffenceResult, Outcome, PairResult, Reason } from './model';
import { reservationsOnRecord } from './reservations';
import { treatyRelationship } from './treaty-relationship';
import { articleOf, isCriminalised } from './cite';

/** One form of co-operation, A asking B: every condition as a reason, the outcome the weakest of them. */
export function assessForm(forms: InstrumentForms, form: FormDefinition, a: CountryFacts, b: CountryFacts): FormResult {
  const reasons: Reason[] = [treatyRelationship(forms.instrument, a, b)];
  const power = domesticPower(form, b);
  if (power) reasons.push(power);
  const via = channel(forms, form, b);
  if (via) reasons.push(via);
  reasons.push(implementingProvision(form, b));
  reasons.push(...reservationsOnRecord(forms, form, b));
  let offences: OffenceResult[] | undefined;
  if (form.dualCriminality !== 'not-required') {
    const minimumPenaltyMonths = form.dualCriminality === 'required' ? form.minimumPenaltyMonths : undefined;
    offences = forms.offenceArticles.map((n) => dualCriminality(forms, n, a, b, { minimumPenaltyMonths }));
    reasons.push(offenceSummary(form, a, b, offences));
  }
  return { form: form.form, article: form.article, title: form.title, outcome: combine(reasons), reasons, ...(offences ? { offences } : {}) };
}

/**
 * The dual-criminality reason of a form: it works for the offences that are criminal in both (and,
 * for extradition, punishable enough), and fails for the others only. Offences A does not have are
 * left out: A has nothing to investigate under them.
 */
function offenceSummary(form: FormDefinition, a: CountryFacts, b: CountryFacts, offences: OffenceResult[]): Reason {
  const relevant = offences.filter((o) => isCriminalised(articleOf(a, o.article)));
  const by = (o: Outcome) => relevant.filter((x) => x.outcome === o).map((x) => x.article);
  const works = by('works');
  const blocked = by('blocked');
  const uncertain = by('uncertain');
  const list = (xs: string[]) => xs.map((x) => `Art. ${x}`).join(', ');
  const condition =
    form.dualCriminality === 'required'
      ? `dual criminality, with a penalty of at least ${form.minimumPenaltyMonths} months in both (Art. ${form.article}(1))`
      : `dual criminality, where ${b.jurisdiction} makes assistance conditional on it (Art. 25(4)-(5))`;
  const parts = [
    works.length && `met for ${list(works)}`,
    blocked.length && `not met for ${list(blocked)}`,
    uncertain.length && `uncertain for ${list(uncertain)}`,
  ].filter(Boolean);
  const effect: Outcome = !relevant.length ? 'uncertain' : works.length ? 'works' : blocked.length === relevant.length ? 'blocked' : 'uncertain';
  const text = relevant.length
    ? `${condition}: ${parts.join('; ')}`
    : `${a.jurisdiction}'s analysis finds none of the offences of Arts. ${offences[0]?.article}-${offences[offences.length - 1]?.article}: there is no offence to ask about`;
  const citations = relevant.filter((o) => o.outcome !== 'works').flatMap((o) => o.reasons.filter((r) => r.effect !== 'works').flatMap((r) => r.citations));
  return { kind: 'dual-criminality', effect, text, citations };
}

/** Every form, A asking B. */
export function assessPair(forms: InstrumentForms, a: CountryFacts, b: CountryFacts): PairResult {
  return { requesting: a.jurisdiction, requested: b.jurisdiction, instrument: forms.instrument, forms: forms.forms.map((f) => assessForm(forms, f, a, b)) };
}

export interface MatrixCell {
  requesting: string;
  requested: string;
  outcome: Outcome;
  reasons: Reason[];
}

export interface MatrixResult {
  instrument: string;
  form: string;
  article: string;
  title: string;
  jurisdictions: string[];
  cells: MatrixCell[];
}

/** One form across many jurisdictions: who can do it for whom, each ordered pair once. */
export function assessMatrix(forms: InstrumentForms, formKey: string, countries: CountryFacts[]): MatrixResult {
  const form = findForm(forms, formKey);
  const cells: MatrixCell[] = [];
  for (const a of countries) {
    for (const b of countries) {
      if (a.jurisdiction === b.jurisdiction) continue;
      const r = assessForm(forms, form, a, b);
      cells.push({ requesting: a.jurisdiction, requested: b.jurisdiction, outcome: r.outcome, reasons: r.reasons });
    }
  }
  return { instrument: forms.instrument, form: form.form, article: form.article, title: form.title, jurisdictions: countries.map((c) => c.jurisdiction), cells };
}
