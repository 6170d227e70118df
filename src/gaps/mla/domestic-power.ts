import { articleLabel, articleOf, assessmentCitations, provisionList } from './cite';
import { best } from './outcome';
import { CountryFacts, FormDefinition, Reason } from './model';

/**
 * B answers a request with its own measures (Arts. 23, 29(1), 31(1), 33(1), 34): without the domestic
 * power behind the form (Art. 16 for Art. 29, 17 for 30, 18 or 19 for 31, 20 for 33, 21 for 34) it
 * cannot. Any one of the listed powers will do.
 */
export function domesticPower(form: FormDefinition, b: CountryFacts): Reason | undefined {
  if (!form.domesticPower.anyOf.length) return undefined;
  const options = form.domesticPower.anyOf.map((article) => {
    const a = articleOf(b, article);
    const citations = assessmentCitations(b.jurisdiction, a, article);
    const power = `${a?.title ?? 'the power'} (${articleLabel(article)})`;
    if (a?.status === 'covered') {
      return { effect: 'works' as const, text: `${b.jurisdiction} has ${power} in its law: ${provisionList(a)}`, citations };
    }
    if (a?.status === 'partial') {
      return {
        effect: 'uncertain' as const,
        text: `${b.jurisdiction}'s ${power} is only partial (${provisionList(a)}; not met: ${(a.unmet ?? []).join(', ') || 'some elements'}): it may not reach what an ${articleLabel(form.article)} request asks`,
        citations,
      };
    }
    if (a?.status === 'missing') {
      return { effect: 'blocked' as const, text: `${b.jurisdiction} has no ${power} in its law: it cannot answer an ${articleLabel(form.article)} request`, citations };
    }
    return { effect: 'uncertain' as const, text: `${power} was not assessed in ${b.jurisdiction}'s analysis`, citations };
  });
  const outcome = best(options.map((o) => o.effect));
  const chosen = options.filter((o) => o.effect === outcome);
  return {
    kind: 'domestic-power',
    effect: outcome,
    text: chosen.map((o) => o.text).join('; '),
    citations: (outcome === 'blocked' ? options : chosen).flatMap((o) => o.citations),
  };
}

/**
 * B's own provision for answering this form (e.g. a section on foreign preservation requests). Present:
 * evidence that B can act. Absent: a dualist State may need one; a monist State may apply the Convention.
 */
export function implementingProvision(form: FormDefinition, b: CountryFacts): Reason {
  const a = articleOf(b, form.ownArticle);
  const citations = assessmentCitations(b.jurisdiction, a, form.ownArticle);
  if (a?.status === 'covered' || a?.status === 'partial') {
    return { kind: 'implementing-provision', effect: 'works', text: `${b.jurisdiction}'s law provides for this form of co-operation (${articleLabel(form.ownArticle)}): ${provisionList(a)}`, citations };
  }
  return {
    kind: 'implementing-provision',
    effect: 'uncertain',
    text: `${b.jurisdiction}'s law has no provision found for ${form.title.toLowerCase()} at another Party's request (${articleLabel(form.ownArticle)} ${a?.status ?? 'not assessed'}); it works only if the Convention applies directly there`,
    citations,
  };
}
