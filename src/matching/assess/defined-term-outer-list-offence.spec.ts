import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: an offence item nested under a bare item of a "Whoever—" list, whose closing punishment words
 * sit on the outer list's last item, and whose conduct ("causes damage") is a defined term: damage is
 * defined as impairing the integrity or availability of data. The nested item is an offence for Art. 4.
 */
describe('a nested offence item reading a defined term', () => {
  const law = draftStatute('Fictional Code', 'en', [
    {
      citation: '90',
      heading: 'Misuse of computers',
      text: '',
      children: [
        {
          citation: '90(a)',
          text: 'Whoever',
          children: [
            { citation: '90(a)(1)', text: 'intentionally enters a protected computer without authorization and obtains information from it;' },
            {
              citation: '90(a)(2)',
              text: '',
              children: [
                { citation: '90(a)(2)(A)', text: 'knowingly transmits a command and as a result intentionally causes damage without authorization to a protected computer; or' },
                { citation: '90(a)(2)(B)', text: 'intentionally enters a protected computer without authorization and thereby recklessly causes damage;' },
              ],
            },
            { citation: '90(a)(3)', text: 'with intent to obtain money from any person sends a message threatening to reveal private facts, shall be punished under subsection (c).' },
          ],
        },
        {
          citation: '90(c)',
          text: 'The punishment for an offence under subsection (a) is a fine or imprisonment for up to ten years where the offence intentionally altered, deleted or impaired computer data of a protected computer without authorization.',
        },
        {
          citation: '90(e)',
          text: 'In this section, "damage" means harm to the integrity or availability of data, a program or a system.',
        },
      ],
    },
  ]);

  it('offers the nested item for Art. 4', () => {
    const cited = articleOf(analyseDraft(law), '4').provisions.map((p) => p.citation);
    expect(cited).toContain('90(a)(2)(A)');
  });

  it('never lists the punishment clause first', () => {
    expect(articleOf(analyseDraft(law), '4').provisions[0].citation).not.toBe('90(c)');
  });
});
