import { articleLabel, articleOf, assessmentCitations, provisionList, treatyCitation } from './cite';
import { best } from './outcome';
import { CountryFacts, FormDefinition, InstrumentForms, Reason } from './model';

/**
 * How the request reaches B: a designation on record (central authority, Art. 27(2); 24/7 point of
 * contact, Art. 35; extradition authority, Art. 24(7)) or a provision of B's law that sets one up.
 * Any one of the form's channels will do.
 */
export function channel(forms: InstrumentForms, form: FormDefinition, b: CountryFacts): Reason | undefined {
  if (!form.channels.anyOf.length) return undefined;
  const options = form.channels.anyOf.map((name) => {
    const def = forms.channels[name];
    const where = articleLabel(def.article, def.paragraph);
    const designation = b.treaty.designations.find((d) => d.article === def.article && (!def.paragraph || !d.paragraph || d.paragraph === def.paragraph));
    if (designation) {
      return {
        effect: 'works' as const,
        text: `${b.jurisdiction} designated ${designation.authority} as its ${def.label} (${where})`,
        citations: [treatyCitation(b.jurisdiction, forms.instrument, `designation under ${where}: ${designation.authority}`, def.article, def.paragraph)],
      };
    }
    const inLaw = def.lawArticles.map((n) => ({ n, a: articleOf(b, n) })).find((x) => x.a?.status === 'covered' || x.a?.status === 'partial');
    if (inLaw) {
      return { effect: 'works' as const, text: `${b.jurisdiction}'s law sets up a ${def.label} (${articleLabel(inLaw.n)}): ${provisionList(inLaw.a)}`, citations: assessmentCitations(b.jurisdiction, inLaw.a, inLaw.n) };
    }
    const lawCites = def.lawArticles.flatMap((n) => assessmentCitations(b.jurisdiction, articleOf(b, n), n));
    if (b.treaty.party === undefined) {
      return {
        effect: 'uncertain' as const,
        text: `no ${def.label} in ${b.jurisdiction}'s law, and treaty status not recorded: a designation under ${where} may exist`,
        citations: [...lawCites, treatyCitation(b.jurisdiction, forms.instrument, `no designation under ${where} recorded`, def.article, def.paragraph)],
      };
    }
    return {
      effect: 'blocked' as const,
      text: `${b.jurisdiction} has no ${def.label}: none designated under ${where} and none in its law`,
      citations: [...lawCites, treatyCitation(b.jurisdiction, forms.instrument, `no designation under ${where}`, def.article, def.paragraph)],
    };
  });
  const outcome = best(options.map((o) => o.effect));
  const chosen = outcome === 'blocked' ? options : options.filter((o) => o.effect === outcome);
  return { kind: 'channel', effect: outcome, text: chosen.map((o) => o.text).join('; '), citations: chosen.flatMap((o) => o.citations) };
}
