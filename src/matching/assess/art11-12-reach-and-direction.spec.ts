import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: attempt and aiding appear only inside particular offences (an attempt to enter a
 * critical system; helping a platform solicit children), and the corporate clause makes directors
 * liable once the company is convicted. Art. 11 needs participation in the law's offences generally,
 * and Art. 12 needs the company to answer for offences its leaders commit for its benefit: both partial.
 */
describe('Art. 11 when attempt and aiding reach only one act each', () => {
  const law = draftStatute('Fictional Security Act', 'en', [
    {
      citation: '20',
      heading: 'Access to critical systems',
      text: 'A person who without authorisation gains access, or attempts to gain access, to a computer system designated as critical infrastructure commits an offence and is liable on conviction to imprisonment for up to five years.',
    },
    {
      citation: '21',
      heading: 'Intercepting data',
      text: 'A person who intentionally and without right intercepts a non-public transmission of computer data commits an offence and is liable on conviction to imprisonment for up to five years.',
    },
    {
      citation: '22',
      heading: 'Platforms and children',
      text: 'An operator of an online service shall not help another person to lure a child for sexual purposes; an operator who does so commits an offence and is liable on conviction to a fine.',
    },
    {
      citation: '23',
      heading: 'Offence by body corporate',
      text: 'Where a body corporate is convicted of an offence under this Act, every director or officer of the body corporate is deemed to have committed that offence unless he proves that he exercised due diligence to prevent it.',
    },
  ]);
  const result = analyseDraft(law);

  it('reports Art. 11 partial: the attempt is part of one offence, not a rule for the offences', () => {
    const art11 = articleOf(result, '11');
    expect(art11.status).not.toBe('covered');
    expect(art11.unmet).toContain('11.attempt');
  });

  it('reports Art. 12 partial: directors answer for the company, not the company for its leaders', () => {
    const art12 = articleOf(result, '12');
    expect(art12.status).toBe('partial');
    expect(art12.unmet).toContain('12.leading-person');
  });

  it('is covered by general rules of attempt and aiding for the offences of the Act', () => {
    const fuller = draftStatute('Fictional Security Act', 'en', [
      ...law.provisions,
      {
        ...law.provisions[0],
        citation: '30',
        heading: 'Attempts and abetment',
        text: 'A person who attempts to commit, or who aids or abets the commission of, an offence under this Act commits that offence and is liable to the same punishment.',
      },
    ]);
    expect(articleOf(analyseDraft(fuller), '11').status).toBe('covered');
  });
});
