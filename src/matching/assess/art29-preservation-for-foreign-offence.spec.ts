import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a domestic preservation demand that an officer may also make when the offence was committed
 * under the law of a foreign state and that state is investigating it. The power serves the foreign
 * investigation, so it answers Art. 29 as well as Art. 16.
 */
describe('preservation for an offence under a foreign law', () => {
  const draft = (foreign: boolean) =>
    draftStatute('Fictional Code', 'en', [
      {
        citation: '60',
        heading: 'Preservation demand',
        text: 'A police officer may by demand require a person to keep the computer data in their control for up to 21 days if the officer suspects on reasonable grounds that',
        children: [
          { citation: '60(a)', text: 'an offence against this Act has been committed and the data will help its investigation; or' },
          ...(foreign ? [{ citation: '60(b)', text: 'an offence has been committed under the law of a foreign state that is investigating it.' }] : []),
        ],
      },
    ]);

  it('answers Art. 29 when the demand serves a foreign investigation', () => {
    expect(articleOf(analyseDraft(draft(true)), '29').status).not.toBe('missing');
  });

  it('leaves Art. 29 missing for a purely domestic demand', () => {
    expect(articleOf(analyseDraft(draft(false)), '29').status).toBe('missing');
  });
});
