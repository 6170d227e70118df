import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: a section headed as a definition whose first subsection defines the material and whose later
 * subsections create the offences (the current "abuse and exploitation material" term). The offence
 * subsections are operative; a repeal stub beside a definition stays inert.
 */
describe('offences in a section headed as a definition', () => {
  const law = draftStatute('Fictional Code', 'en', [
    {
      citation: '50',
      heading: 'Definition of child sexual abuse and exploitation material',
      role: 'definitions',
      text: '',
      children: [
        {
          citation: '50(1)',
          role: 'definitions',
          text: 'In this section, child sexual abuse and exploitation material means any visual representation, whether or not made by a machine, showing someone depicted as being under the age of eighteen in explicit sexual activity.',
        },
        {
          citation: '50(2)',
          text: 'Anyone who makes, distributes or transmits child sexual abuse and exploitation material commits a serious offence and faces up to ten years in prison.',
        },
        { citation: '50(3)', text: 'Anyone who possesses such material is guilty of an offence punishable by up to five years in prison.' },
      ],
    },
    {
      citation: '2',
      heading: 'Definitions',
      role: 'definitions',
      text: '',
      children: [
        { citation: '2(1)', role: 'definitions', text: 'In this Act, agency means the national police.' },
        { citation: '2(2)', text: '[Repealed, 2001, c. 24, s. 7] around the clock' },
      ],
    },
  ]);
  const r = analyseDraft(law);

  it('reads the offence subsections for Art. 9', () => {
    const art9 = articleOf(r, '9');
    expect(art9.status).not.toBe('missing');
    expect(art9.provisions[0].citation).toMatch(/^50\(2\)/);
    // "depicted as being under the age" reaches apparent minors; a representation however made reaches realistic images
    expect(art9.unmet).not.toContain('9.appearing-minor');
    expect(art9.unmet).not.toContain('9.realistic-images');
  });

  it('does not read a repeal stub as operative text', () => {
    expect(articleOf(r, '35').provisions.map((p) => p.citation)).not.toContain('2(2)');
  });
});
