import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a preservation power in a section and the form that carries it out, printed in a schedule.
 * The form repeats the order's words (preserve, computer data, days) but the section is the law: the form
 * is never cited before it.
 */
describe('forms in a schedule', () => {
  const law = draftStatute('Fictional Code', 'en', [
    {
      citation: '70',
      heading: 'Preservation order',
      text: 'Where specified computer data needed for a criminal investigation may be lost, a police officer may by notice in Form 3 require the person in control of it to preserve that data for up to ninety days.',
    },
    {
      citation: 'FORM 3',
      kind: 'schedule',
      heading: 'Preservation order',
      text: 'To the person in control of the data: where specified computer data needed for a criminal investigation may be lost, you are required to preserve that computer data, including traffic data, expeditiously for up to ninety days, renewable once, and to keep this notice confidential.',
    },
  ]);

  it('cites the section first for Art. 16', () => {
    const art16 = articleOf(analyseDraft(law), '16');
    expect(art16.provisions[0].citation).toBe('70');
  });
});
