import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a court may order the real-time collection or recording of "information" whose content is
 * needed for an investigation, without naming traffic data. That is interception of content (Art. 21);
 * for Art. 20 the power is there but traffic data is not named, so it is partial.
 */
describe('Arts. 20 and 21 from a real-time collection order worded as information', () => {
  const law = draftStatute('Fictional Electronic Evidence Act', 'en', [
    {
      citation: '30',
      heading: 'Real-time recording',
      text: 'Where a judge is satisfied that the content of any information passing through a service provider is needed for a specific criminal investigation, the judge may order an authorised agency to collect or record that information in real time for no more than ten days, and may order the service provider to keep the order confidential.',
    },
  ]);
  const result = analyseDraft(law);

  it('addresses Art. 21 through the order', () => {
    const art21 = articleOf(result, '21');
    expect(art21.status).not.toBe('missing');
    expect(art21.provisions[0]?.citation).toBe('30');
  });

  it('treats Art. 20 as partial: traffic data is not named', () => {
    const art20 = articleOf(result, '20');
    expect(art20.status).toBe('partial');
    expect(art20.unmet).toContain('20.collect-traffic');
  });
});
