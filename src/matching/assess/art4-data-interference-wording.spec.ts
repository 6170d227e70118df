import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: data interference worded as "an unauthorised change to what a computer holds", with the
 * change defined elsewhere ("for the purposes of this Act") as altering or wiping data, and a second
 * offence of blocking access to data. Read with the definition and together, the offences reach every
 * act Art. 4 lists. A clause that only raises the penalty where another offence causes damage is no
 * data interference offence.
 */
describe('Art. 4 read with a definition, across two offences', () => {
  const law = draftStatute('Fictional Misuse Act', 'en', [
    {
      citation: '2',
      heading: 'Interpretation',
      text: '',
      children: [
        { citation: '2(1)', text: 'In this Act, "computer" means an electronic device that processes data by running a program.' },
        {
          citation: '2(4)',
          text: 'For the purposes of this Act, an unauthorised change to the contents of a computer takes place if, by running any function of a computer—',
          children: [
            { citation: '2(4)(a)', text: 'a program or data held in it is altered or wiped out; or' },
            { citation: '2(4)(b)', text: 'a program or data is added to what it holds.' },
          ],
        },
      ],
    },
    {
      citation: '5',
      heading: 'Unauthorised change to computer material',
      text: 'Any person who does any act which he knows will cause an unauthorised change to the contents of a computer shall be guilty of an offence and liable on conviction to imprisonment for up to three years.',
    },
    {
      citation: '7',
      heading: 'Obstructing use of a computer',
      text: '',
      children: [
        {
          citation: '7(1)',
          text: 'Any person who, knowingly and without lawful excuse, blocks or prevents access to any program or data held in a computer shall be guilty of an offence and liable on conviction to imprisonment for up to three years.',
        },
      ],
    },
  ]);

  it('is covered: the definition supplies wiping out, the second offence suppression', () => {
    const art4 = articleOf(analyseDraft(law), '4');
    expect(art4.status).toBe('covered');
    expect(art4.unmet).toEqual([]);
    const cited = art4.provisions.map((p) => p.citation);
    expect(cited).toEqual(expect.arrayContaining(['5', '7(1)']));
  });

  it('lists the provisions best first, by score', () => {
    const scores = articleOf(analyseDraft(law), '4').provisions.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('Art. 4 and 5 when the only damage wording raises a penalty', () => {
  const law = draftStatute('Fictional Infrastructure Act', 'en', [
    {
      citation: '30',
      heading: 'Access to critical systems',
      text: '',
      children: [
        { citation: '30(1)', text: 'A person shall not without authorisation secure access to a computer system designated as critical information infrastructure.' },
        { citation: '30(2)', text: 'Anyone breaching subsection (1) is guilty of an offence, punishable on conviction by up to five years in prison.' },
        {
          citation: '30(3)',
          text: 'Where the offence under subsection (1) results in damage to the computer system or the data it holds, the person is liable on conviction to imprisonment for up to ten years.',
        },
      ],
    },
  ]);
  const result = analyseDraft(law);

  it('finds no data or system interference offence', () => {
    expect(articleOf(result, '4').status).toBe('missing');
    expect(articleOf(result, '5').status).toBe('missing');
  });

  it('reads an access offence confined to critical infrastructure as narrower than Art. 2', () => {
    expect(articleOf(result, '2').status).toBe('partial');
  });
});
