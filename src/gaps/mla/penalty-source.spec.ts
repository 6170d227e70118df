import { Provision } from '../../statutes/provision.model';
import { locatePenalty, offencePenalties } from './penalty-source';

const node = (citation: string, text: string, children: Provision[] = [], kind: Provision['kind'] = 'subsection'): Provision => ({
  citation,
  label: citation,
  kind,
  depth: 0,
  text,
  role: 'normative',
  line: 1,
  children,
});

// an invented Act: s. 4 puts its penalty in a sibling subsection, s. 5 in its own words
const statute = {
  title: 'Invented Act',
  language: 'en',
  provisions: [
    node('4', 'Tampering with records', [node('4(1)', 'A person who alters a stored record without permission commits an offence.'), node('4(2)', 'The penalty for an offence under this section is imprisonment for up to eight months.')], 'section'),
    node('5', 'A person who floods a network commits an offence and is liable to imprisonment for a term not exceeding three years.', [], 'section'),
    node('6', 'A person who sells access codes commits an offence.', [], 'section'),
  ],
};

describe('where an offence provision states its penalty', () => {
  it('reads a sibling penalty subsection of the same section', () => {
    expect(locatePenalty(statute, '4(1)')).toEqual(expect.objectContaining({ maxMonths: 8, foundIn: '4(2)' }));
  });

  it('reads the provision itself first', () => {
    expect(locatePenalty(statute, 's. 5')).toEqual(expect.objectContaining({ maxMonths: 36, foundIn: '5' }));
  });

  it('says unknown when nothing in the section states a penalty, or the citation is not there', () => {
    expect(locatePenalty(statute, '6')).toEqual(expect.objectContaining({ maxMonths: undefined, reason: 'no penalty is stated in 6 or elsewhere in its section (a separate penalty provision may set it)' }));
    expect(locatePenalty(statute, '9').reason).toMatch(/not found/);
  });

  it('reads the penalties of the provisions the analysis gives for offence articles only', () => {
    const articles = [
      { article: '4', title: 'Data interference', status: 'covered' as const, provisions: [{ statute: 'Invented Act', citation: '4(1)' }] },
      { article: '16', title: 'Preservation', status: 'covered' as const, provisions: [{ statute: 'Invented Act', citation: '5' }] },
    ];
    const out = offencePenalties(articles, ['4'], [statute]);
    expect(out).toEqual([expect.objectContaining({ statute: 'Invented Act', citation: '4(1)', maxMonths: 8 })]);
  });
});

describe('a section with several penalties', () => {
  const section = {
    title: 'Invented Code',
    language: 'en',
    provisions: [
      node('12', 'Misuse of networks', [
        node('12(a)', 'A person who reads stored mail without permission commits an offence.'),
        node('12(b)', 'A person who destroys stored mail commits an offence.'),
        node('12(c)', 'The punishment is imprisonment for not more than six months for an offence under paragraph (a), and imprisonment for not more than five years for an offence under paragraph (b).'),
        node('12(d)', 'A repeat offender is liable to imprisonment for not more than ten years.'),
      ], 'section'),
    ],
  };

  it('gives the range and says which term applies is not determined', () => {
    const r = locatePenalty(section, '12(a)');
    expect(r.range).toEqual({ fromMonths: 60, toMonths: 120 });
    expect(r.reason).toMatch(/not determined/);
  });
});

describe('modes of trial', () => {
  it('takes the heavier of summary and indictment terms as the maximum, not a range', () => {
    const act = {
      title: 'Invented Act',
      language: 'en',
      provisions: [
        node('7', 'Supplying hacking tools', [
          node('7(1)', 'A person who supplies a tool made for committing an offence under section 3 commits an offence.'),
          node('7(2)', 'A person guilty of an offence under this section is liable—', [
            node('7(2)(a)', 'when convicted summarily, to a fine, or to imprisonment for a term not exceeding six months;'),
            node('7(2)(b)', 'when convicted on indictment, to a fine, or to imprisonment for a term not exceeding two years.'),
          ]),
        ], 'section'),
      ],
    };
    const r = locatePenalty(act, '7(1)');
    expect(r).toEqual(expect.objectContaining({ maxMonths: 24, foundIn: '7(2)(b)' }));
    expect(r.range).toBeUndefined();
  });
});
