import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: the law's offences carry imprisonment, and a separate penalty article fines a business
 * entity convicted of any of them a share of its yearly profits. Legal persons then face monetary
 * sanctions: Art. 13 is covered.
 */
describe('Art. 13 when a business entity is fined for the offences', () => {
  const law = draftStatute('Fictional Cyber Offences Law', 'en', [
    { citation: '10', heading: 'Illegal access', text: 'Any person who intentionally accesses a computer system without authority commits an offence and, on conviction, is liable to imprisonment for up to two years.' },
    { citation: '30', heading: 'Penalties for business entities', role: 'penalty', text: 'A business entity convicted of an offence under this Law is liable to a fine of between a fifth and a half of its profits for the year of the offence.' },
  ]);
  const art13 = articleOf(analyseDraft(law), '13');

  it('meets the sanctions for legal persons', () => {
    expect(art13.unmet).not.toContain('13.legal-person-sanctions');
    expect(art13.status).toBe('covered');
  });
});
