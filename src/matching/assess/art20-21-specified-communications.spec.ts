import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: powers that never say "real time" but order the collection or recording of the traffic
 * data, or the content, of specified communications over a period to come. They are the powers of
 * Arts. 20 and 21. A general offence of disclosing the details of an investigation keeps them confidential.
 */
describe('Arts. 20 and 21 without the words "real time"', () => {
  const law = draftStatute('Fictional Cyber Offences Act', 'en', [
    {
      citation: '12',
      heading: 'Revealing an investigation',
      text: 'A person who knowingly and unlawfully reveals details of a criminal investigation that is to be kept confidential commits an offence and is liable on conviction to imprisonment for up to three years.',
    },
    {
      citation: '40',
      heading: 'Collection of traffic data',
      text: 'Where there are reasonable grounds to believe that computer data is required for a criminal investigation, a senior police officer may issue an order to any person in control of the data for—',
      children: [
        { citation: '40(a)', text: 'the collection or recording of the traffic data associated with specified communications during a specified period; or' },
        { citation: '40(b)', text: 'permitting and assisting the police to collect or record that data.' },
      ],
    },
    {
      citation: '41',
      heading: 'Collection of content data',
      text: 'Where there are reasonable grounds to believe that the content of electronic communications is required for a criminal investigation, a senior police officer may issue an order—',
      children: [
        { citation: '41(a)', text: 'to collect, record, permit or assist the police to collect or record content data associated with specified communications sent through a computer system; or' },
        { citation: '41(b)', text: 'to collect or record that content data through technical means.' },
      ],
    },
  ]);
  const result = analyseDraft(law);

  it('recognises the traffic data collection power (Art. 20)', () => {
    const art20 = articleOf(result, '20');
    expect(art20.status).toBe('covered');
    expect(art20.provisions[0].citation).toMatch(/^40/);
  });

  it('recognises the content collection power (Art. 21)', () => {
    const art21 = articleOf(result, '21');
    expect(art21.status).toBe('covered');
    expect(art21.provisions[0].citation).toMatch(/^41/);
  });

  it('leaves them missing when the power only orders disclosure of stored data', () => {
    const disclosure = draftStatute('Fictional Act', 'en', [
      {
        citation: '40',
        heading: 'Disclosure of data',
        text: 'Where computer data is required for a criminal investigation, a police officer may order whoever holds the data to disclose the stored traffic data relating to an account.',
      },
    ]);
    const r = analyseDraft(disclosure);
    expect(articleOf(r, '20').status).toBe('missing');
    expect(articleOf(r, '21').status).toBe('missing');
  });
});
