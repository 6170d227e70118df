import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a law whose only "requests" and "contact points" are domestic (service providers report
 * to and answer the local authorities; an incident desk takes reports from the public) and one with a
 * round-the-clock contact point for international co-operation. Chapter III needs the foreign
 * dimension: the first gives no Art. 27 or 31, and its incident desk is no Art. 35 network point.
 */
describe('Chapter III needs a foreign dimension', () => {
  const domestic = draftStatute('Fictional Online Services Act', 'en', [
    {
      citation: '15',
      heading: 'Duties of service providers',
      text: 'A service provider shall inform the competent authority of illegal activity on its service, give the competent authority at its request the information it holds on its users, and remove stored data that the authority identifies as unlawful.',
    },
    {
      citation: '16',
      heading: 'Incident point of contact',
      text: 'The Agency shall set up an incident point of contact to which members of the public and institutions may report security incidents.',
    },
  ]);
  const r = analyseDraft(domestic);

  it('gives no mutual assistance articles from domestic duties', () => {
    for (const n of ['25', '27', '29', '31']) expect(articleOf(r, n).status).toBe('missing');
  });

  it('does not take an incident reporting desk for the 24/7 network point', () => {
    expect(articleOf(r, '35').status).not.toBe('covered');
  });

  it('finds the 24/7 point of contact that assists other States', () => {
    const withNetwork = draftStatute('Fictional Online Services Act', 'en', [
      ...domestic.provisions,
      {
        citation: '40',
        heading: 'International co-operation',
        text: 'For international co-operation the Agency shall keep a contact point available twenty-four hours a day, seven days a week, which gives technical advice to other States, preserves data and helps to locate suspects.',
      },
    ]);
    const art35 = articleOf(analyseDraft(withNetwork), '35');
    expect(art35.status).toBe('covered');
    expect(art35.provisions[0].citation).toBe('40');
  });
});
