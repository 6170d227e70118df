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
        text: "Le fait, en vue de sa diffusion, de fixer ou d'enregistrer l'image d'un mineur présentant un caractère pornographique, de l'offrir, de la rendre disponible, de la diffuser, de l'acquérir ou de la détenir, est puni de cinq ans d'emprisonnement. Ces dispositions s'appliquent aux images d'une personne dont l'aspect physique est celui d'un mineur.",
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
        text: 'El que, con ánimo de lucro y valiéndose de alguna manipulación informática, consiga la transferencia no consentida de cualquier activo en perjuicio de un tercero, incurrirá en pena de prisión de cuatro a ocho años.',
      },
    ]);
    const art8 = articleOf(analyseDraft(ley), '8');
    expect(art8.status).toBe('covered');
    expect(art8.provisions[0].citation).toBe('5');
  });
});
