import { analyzeLaw } from '../analyses/analyze-law';
import { draftStatute, model } from './testing/statute-builder';

/** Explain: why each candidate ranked where it did, and why a provision naming the article's concepts was not listed. */
describe('the explanation of an article', () => {
  const statute = draftStatute('Invented Computer Offences Act', 'en', [
    { citation: '1', heading: 'Interpretation', text: '"computer system" means a device that processes data automatically.' },
    { citation: '2', heading: 'Unauthorised access', text: 'A person who intentionally and without authority accesses a computer system commits an offence.' },
    { citation: '3', heading: 'Data interference', text: 'A person who intentionally and without authority deletes or alters computer data, having first accessed a computer system, commits an offence.' },
    { citation: '9', heading: 'Repealed', text: 'Access to a computer system without authority (repealed).', role: 'repealed' },
  ]);
  const { instrument, lexicon } = model();
  const result = analyzeLaw({ instrument, statutes: [{ title: statute.title, parsed: statute }], lexicon, explain: true });
  const art2 = result.articles.find((a) => a.article === '2')!;

  it('gives each listed provision its rank, score parts and reason codes, under the named policy', () => {
    expect(art2.explain!.policy).toBe('balanced@1');
    const [first, second] = art2.explain!.ranked;
    expect(first).toMatchObject({ rank: 1, citation: '2' });
    expect(first.codes).toEqual(expect.arrayContaining(['RELIED_ON', 'ANCHOR_IN_OWN_WORDS', 'HEADED_FOR_ARTICLE']));
    expect(second.citation).toBe('3');
    expect(second.codes).toContain('HEADED_FOR_OTHER_ARTICLE');
    expect(first.score).toBeGreaterThan(second.score);
  });

  it('says why a provision that names the article was not listed', () => {
    expect(art2.explain!.notListed).toEqual(expect.arrayContaining([expect.objectContaining({ citation: '9', code: 'INERT' })]));
  });

  it('adds nothing unless asked', () => {
    const plain = analyzeLaw({ instrument, statutes: [{ title: statute.title, parsed: statute }], lexicon });
    expect(plain.articles.every((a) => a.explain === undefined)).toBe(true);
  });
});
