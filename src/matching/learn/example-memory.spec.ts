import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Learning from review: two search provisions are equally complete; a reviewer elsewhere confirmed
 * a provision worded like the second one for Art. 19. With that example the second ranks first.
 */
describe('confirmed examples steer the ranking', () => {
  const law = draftStatute('Fictional Criminal Procedure (Computers) Act', 'en', [
    {
      citation: '20',
      heading: 'Entry of premises',
      text: 'Where a judge is satisfied on sworn information that there are reasonable grounds to believe that evidence of an offence is on any premises, the judge may by warrant allow a police officer to go onto the premises, look through them and any computer system kept there, and take away any computer data storage medium.',
    },
    {
      citation: '21',
      heading: 'Examination of devices',
      text: 'A police officer acting under a warrant issued by a judge on reasonable grounds may search any computer system or storage medium found during an investigation and may seize, copy or render inaccessible the computer data it holds.',
    },
  ]);
  const example = {
    article: '19',
    language: 'en',
    heading: 'Examination of devices found',
    text: 'An officer holding a warrant may search any computer system or storage medium found during an investigation and may seize, copy or render inaccessible the computer data held in it.',
  };

  it('ranks by the law alone without examples', () => {
    const first = articleOf(analyseDraft(law), '19').provisions[0]?.citation;
    expect(['20', '21']).toContain(first);
  });

  it('puts the provision resembling the confirmed example first', () => {
    const ranked = articleOf(analyseDraft(law, [example]), '19').provisions.map((p) => p.citation);
    expect(ranked[0]).toBe('21');
  });

  it('does not let an example make an article addressed by itself', () => {
    const empty = draftStatute('Fictional Empty Act', 'en', [{ citation: '1', heading: 'Short title', text: 'This Act may be cited as the Fictional Empty Act.' }]);
    expect(articleOf(analyseDraft(empty, [example]), '19').status).toBe('missing');
  });
});
