import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a law states its own reach in a scope clause (it applies to cyber offences committed in
 * the country or abroad with effect there) and, elsewhere, lets the government fix the local limits
 * of specialised tribunals. The scope clause is the jurisdiction provision; a tribunal's local
 * limits are venue, not the State's jurisdiction.
 */
describe('Art. 22 from application clauses, not from the local limits of tribunals', () => {
  const law = draftStatute('Fictional Online Crimes Law', 'en', [
    { citation: '2', heading: 'Scope', text: 'This Law applies to every cybercrime committed within the Republic or outside the Republic where it has an effect in the Republic.' },
    { citation: '7', heading: 'Computer crime tribunals', text: 'Where several tribunals are set up, the Minister shall specify the territorial limits of the jurisdiction of each tribunal.' },
    { citation: '9', heading: 'Illegal access', text: 'Any person who intentionally accesses a computer system without authority commits an offence and is liable to imprisonment for two years.' },
  ]);
  const art22 = articleOf(analyseDraft(law), '22');

  it('addresses Art. 22 through the scope clause', () => {
    expect(art22.status).not.toBe('missing');
    expect(art22.provisions[0]?.citation).toBe('2');
  });

  it('does not propose the tribunals provision', () => {
    expect(art22.provisions.map((p) => p.citation)).not.toContain('7');
  });
});
