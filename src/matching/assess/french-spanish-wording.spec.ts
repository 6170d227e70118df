import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: civil-law wording. A French code that punishes recording images of minors for
 * distribution (production), including persons with a minor's physical appearance, and legal persons
 * incurring fines; a Spanish law whose fraud offence works by "manipulación informática".
 */
describe('French and Spanish wording', () => {
  it('reads producing and apparent minors in French (Art. 9), and fines for legal persons (Art. 13)', () => {
    const code = draftStatute('Code fictif', 'fr', [
      {
        citation: '10-1',
        text: "Le fait, en vue de sa diffusion, de fixer ou d'enregistrer l'image d'un mineur présentant un caractère pornographique, de l'offrir, de la rendre disponible, de la diffuser, de l'acquérir ou de la détenir, est puni de cinq ans d'emprisonnement. Il en va de même pour les images d'une personne ayant l'apparence d'un mineur.",
      },
      {
        citation: '10-2',
        text: "Les personnes morales déclarées responsables pénalement des infractions du présent chapitre encourent une amende.",
      },
    ]);
    const r = analyseDraft(code);
    const art9 = articleOf(r, '9');
    expect(art9.unmet).not.toContain('9.producing');
    expect(art9.unmet).not.toContain('9.appearing-minor');
    expect(articleOf(r, '13').unmet).not.toContain('13.legal-person-sanctions');
  });

  it('reads "manipulación informática" as the means of computer-related fraud (Art. 8)', () => {
    const ley = draftStatute('Ley ficticia', 'es', [
      {
        citation: '5',
        heading: 'Transferencia no consentida de activos',
        text: 'Quien, buscando un beneficio económico y por medio de una manipulación informática, logre que se transfiera un activo sin consentimiento, causando perjuicio a otra persona, será castigado con prisión de cuatro a ocho años.',
      },
    ]);
    const art8 = articleOf(analyseDraft(ley), '8');
    expect(art8.status).toBe('covered');
    expect(art8.provisions[0].citation).toBe('5');
  });
});
