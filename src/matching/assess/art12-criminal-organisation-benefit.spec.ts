import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: an interception power relaxed for offences committed for the benefit of a criminal
 * organisation. That names a gang the offence serves, not a legal person answerable for it: Art. 12
 * stays missing. A true corporate-liability clause still answers it.
 */
describe('Art. 12 and offences for a criminal organisation', () => {
  const gang = {
    citation: '30',
    heading: 'Interception in serious cases',
    text: 'A judge may authorise interception for up to one year where the offence under investigation was committed for the benefit of, or at the direction of, a criminal organization.',
  };

  const access = { citation: '10', heading: 'Unauthorised access', text: 'Anyone who intentionally enters a computer system without authorization commits an offence and faces up to two years in prison.' };

  it('is not corporate liability', () => {
    expect(articleOf(analyseDraft(draftStatute('Fictional Code', 'en', [access, gang])), '12').status).toBe('missing');
  });

  it('still reads a corporate-liability clause', () => {
    const law = draftStatute('Fictional Code', 'en', [
      access,
      gang,
      { citation: '31', heading: 'Liability of bodies corporate', text: 'A body corporate is liable for an offence under this Act committed for its benefit by a director or other person in a leading position within it.' },
    ]);
    expect(articleOf(analyseDraft(law), '12').status).not.toBe('missing');
  });
});
