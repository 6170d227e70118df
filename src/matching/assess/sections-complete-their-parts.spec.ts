import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a device offence split over two paragraphs (tools in one, passwords in the next) under
 * one lead-in, and a real-time collection power whose confidentiality duty sits in the next
 * subsection. The article reads the parts together: both are covered, and the list is best first.
 */
describe('Parts of one section read together', () => {
  const law = draftStatute('Fictional Cybercrime Act', 'en', [
    {
      citation: '8',
      heading: 'Illegal tools',
      text: '',
      children: [
        {
          citation: '8(1)',
          text: 'A person shall not unlawfully deal in or possess—',
          children: [
            { citation: '8(1)(a)', text: 'a device, including a computer program, designed or adapted for the purpose of committing an offence under this Act; or' },
            { citation: '8(1)(b)', text: 'a computer password, access code or similar data by which a computer system can be entered, intending that it be used to commit an offence.' },
          ],
        },
        { citation: '8(2)', text: 'Anyone breaching subsection (1) is guilty of an offence, punishable on conviction by up to three years in prison.' },
      ],
    },
    {
      citation: '20',
      heading: 'Real-time collection of traffic data',
      text: '',
      children: [
        {
          citation: '20(1)',
          text: 'Where traffic data of specified communications is needed for a criminal investigation, a judge may order a service provider, within its existing technical capability, to collect or record that traffic data in real time or to assist the police to do so.',
        },
        { citation: '20(2)', text: 'A service provider given an order under subsection (1) shall keep confidential the fact that the order was made.' },
      ],
    },
  ]);
  const result = analyseDraft(law);

  it('reads tools and passwords from sibling paragraphs (Art. 6)', () => {
    const art6 = articleOf(result, '6');
    expect(art6.unmet).not.toContain('6.passwords');
    expect(art6.unmet).not.toContain('6.devices');
    expect(art6.provisions[0].citation).toMatch(/^8\(1\)/);
  });

  it('takes the confidentiality duty from the next subsection (Art. 20)', () => {
    const art20 = articleOf(result, '20');
    expect(art20.status).toBe('covered');
    // the section whole, or its power with the subsection that completes it
    const cited = art20.provisions.map((p) => p.citation);
    expect(cited[0] === '20' || (cited[0] === '20(1)' && cited.includes('20(2)'))).toBe(true);
  });

  it('ranks every list best first', () => {
    for (const a of result.articles) {
      const scores = a.provisions.map((p) => p.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    }
  });
});
