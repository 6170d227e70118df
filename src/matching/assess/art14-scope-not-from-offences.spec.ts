import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: the powers reach only "an offence under this Act"; an offence elsewhere in the law
 * happens to be committed by using a computer system. The offence's conduct says nothing of the
 * powers' reach, so Art. 14's reach to other offences by computer is not met.
 */
describe("Art. 14's reach is read in the powers, not in the offences", () => {
  // one Part holds both, as when a law's Parts are not told apart
  const law = draftStatute('Fictional Online Safety Act', 'en', [
    { citation: 'Part II', kind: 'part', heading: 'Offences and investigation', text: '', children: [
    { citation: '8', heading: 'Online harassment', text: 'Any person who, intending to frighten another person, uses a computer system to send that person threatening messages commits an offence and is liable to imprisonment for one year.' },
    { citation: '20', heading: 'Search warrants', text: 'A judge may issue a warrant authorising a police officer to search a computer system and seize computer data where there are reasonable grounds to believe it is needed for the investigation of an offence under this Act.' },
    ] },
  ]);
  const art14 = articleOf(analyseDraft(law), '14');

  it('does not meet the reach to other offences committed by computer', () => {
    expect(art14.unmet).toContain('14.scope-computer-offences');
  });
});
