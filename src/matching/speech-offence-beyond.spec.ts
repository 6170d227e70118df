import { analyseDraft, articleOf, draftStatute } from './testing/statute-builder';

/**
 * Scenario: a cybercrime law also punishes publishing false news and insulting officials online.
 * Those offences restrict speech; they are reported apart, not mapped onto a Convention article.
 */
describe('Speech offences are beyond the Convention', () => {
  const law = draftStatute('Fictional Online Order Act', 'en', [
    {
      citation: '3',
      heading: 'Unauthorised access',
      text: 'A person who intentionally and without authority accesses a computer system is guilty of an offence punishable by imprisonment of up to two years.',
    },
    {
      citation: '11',
      heading: 'Publication of false news',
      text: 'A person who publishes false news through a computer system that is likely to cause fear among the public is guilty of an offence punishable by a fine or by imprisonment of up to three years.',
    },
    {
      citation: '12',
      heading: 'Insulting public officers',
      text: 'A person who uses a computer system to insult a public official is guilty of an offence punishable by imprisonment of up to one year.',
    },
  ]);
  const result = analyseDraft(law);

  it('reports both speech offences as beyond the Convention, with the quoted words', () => {
    const cited = result.beyondConvention.map((b) => b.citation);
    expect(cited).toEqual(expect.arrayContaining(['11', '12']));
    expect(result.beyondConvention.find((b) => b.citation === '11')?.evidence).toMatch(/false news/);
    expect(result.beyondConvention.find((b) => b.citation === '12')?.concern).toMatch(/insult|defamation/i);
  });

  it('does not flag the access offence, nor map the speech offences onto an article as implementing it', () => {
    expect(result.beyondConvention.map((b) => b.citation)).not.toContain('3');
    for (const a of result.articles) {
      if (a.status === 'missing' || a.status === 'not-assessed') continue;
      const implementing = a.provisions.filter((p) => p.score >= 0.4).map((p) => p.citation);
      expect(implementing).not.toContain('11');
      expect(implementing).not.toContain('12');
    }
    expect(articleOf(result, '2').provisions[0]?.citation).toBe('3');
  });
});
