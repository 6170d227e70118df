import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a French-language penal code words illegal access as fraudulently entering an
 * automated data processing system ("système de traitement automatisé de données"), without the
 * words "ordinateur" or "sans droit". The matcher must still see Art. 2.
 */
describe('Art. 2 in French wording', () => {
  const law = draftStatute('Loi fictive sur les atteintes informatiques', 'fr', [
    {
      citation: '12',
      kind: 'article',
      text: "Quiconque accède frauduleusement, en tout ou en partie, à un système de traitement automatisé de données encourt deux ans d'emprisonnement et une amende de 60 000 euros.",
    },
    {
      citation: '13',
      kind: 'article',
      text: "Quiconque empêche ou dérègle volontairement la marche d'un système de traitement automatisé de données en entravant son fonctionnement encourt cinq ans d'emprisonnement.",
    },
  ]);
  const result = analyseDraft(law);

  it('maps the access article to Art. 2 and finds it covered', () => {
    const art2 = articleOf(result, '2');
    expect(art2.provisions[0]?.citation).toBe('12');
    expect(art2.status).toBe('covered');
  });

  it('quotes the French words as evidence of access and of lack of right', () => {
    const findings = articleOf(result, '2').provisions[0].elements;
    expect(findings.find((e) => e.element === '2.access')?.evidence).toMatch(/accède/);
    expect(findings.find((e) => e.element === '2.without-right')?.evidence).toMatch(/frauduleusement/);
  });

  it('does not take the hindering article for illegal access', () => {
    expect(articleOf(result, '5').provisions[0]?.citation).toBe('13');
  });
});
