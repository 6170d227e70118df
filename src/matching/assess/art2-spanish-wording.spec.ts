import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/** Scenario: a Spanish-language law punishes whoever enters a computer system without authorisation. */
describe('Art. 2 in Spanish wording', () => {
  const law = draftStatute('Ley ficticia de delitos informáticos', 'es', [
    {
      citation: '2',
      kind: 'article',
      heading: 'Acceso indebido',
      text: 'El que, sin autorización o excediendo la que tenga, acceda en todo o en parte a un sistema informático, será sancionado con prisión de uno a tres años.',
    },
    {
      citation: '3',
      kind: 'article',
      heading: 'Daño informático',
      text: 'El que sin autorización borre, altere, dañe, deteriore o suprima datos informáticos será sancionado con prisión de dos a cuatro años.',
    },
  ]);
  const result = analyseDraft(law);

  it('maps article 2 to Art. 2, covered, with the Spanish lack-of-right wording quoted', () => {
    const art2 = articleOf(result, '2');
    expect(art2.provisions[0]?.citation).toBe('2');
    expect(art2.status).toBe('covered');
    expect(art2.provisions[0].elements.find((e) => e.element === '2.without-right')?.evidence).toMatch(/sin autorización/);
  });

  it('maps the data damage article to Art. 4 with every act listed', () => {
    const art4 = articleOf(result, '4');
    expect(art4.provisions[0]?.citation).toBe('3');
    expect(art4.status).toBe('covered');
  });
});
