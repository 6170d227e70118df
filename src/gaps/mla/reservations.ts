import { articleLabel, treatyCitation } from './cite';
import { CountryFacts, FormDefinition, InstrumentForms, Reason } from './model';

/**
 * Reservations and declarations on B's record that bear on the form: those the form names (e.g.
 * Art. 29(4), dual criminality for preservation) with their effect, and any other one made to the
 * form's article. Each leaves the request open to refusal, so uncertain, never silently works.
 */
export function reservationsOnRecord(forms: InstrumentForms, form: FormDefinition, b: CountryFacts): Reason[] {
  const out: Reason[] = [];
  for (const r of b.treaty.reservations) {
    if (r.article !== form.article) continue;
    const named = form.reservations.find((x) => x.article === r.article && (x.paragraph ?? '') === (r.paragraph ?? ''));
    const where = articleLabel(r.article, r.paragraph);
    out.push({
      kind: 'reservation',
      effect: 'uncertain',
      text: `${b.jurisdiction} made a ${r.kind} under ${where} (${r.summary})${named ? `: ${named.effect}` : ''}`,
      citations: [treatyCitation(b.jurisdiction, forms.instrument, `${r.kind} under ${where}: ${r.summary}`, r.article, r.paragraph)],
    });
  }
  return out;
}
