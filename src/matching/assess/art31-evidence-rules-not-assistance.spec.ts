import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a mutual assistance law with a rule on the weight of records received from abroad and
 * admitted in evidence (how the stored data was kept may be proved by certificate). That governs records
 * the State receives for its own proceedings; it is no search or seizure of stored data for another State.
 */
describe('Art. 31 and rules of evidence for records received', () => {
  const law = draftStatute('Fictional Mutual Assistance Act', 'en', [
    { citation: '5', heading: 'Requests', text: 'The central authority receives requests for mutual assistance from foreign states.' },
    {
      citation: '36',
      heading: 'Weight of foreign records',
      text: 'To weigh a record admitted in evidence under this Act, the court may rely on a certificate from the foreign state describing how the computer data in the record was stored and seized.',
    },
  ]);

  it('does not read the evidence rule as assistance with stored data', () => {
    const art31 = articleOf(analyseDraft(law), '31');
    const meeting = art31.provisions.filter((p) => p.elements.some((e) => e.element === '31.stored-data-assistance' && e.met)).map((p) => p.citation);
    expect(meeting).not.toContain('36');
    expect(art31.status).not.toBe('covered');
  });
});
