import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: the only access offence demands intent to commit a further offence. Art. 2 asks for
 * plain intentional access without right, so the law implements it only in part.
 */
describe('Art. 2 when access is punishable only with intent to commit a further offence', () => {
  const law = draftStatute('Fictional Computer Crimes Act', 'en', [
    {
      citation: '4',
      heading: 'Unauthorised access',
      text:
        'A person who, without authority, gains access to a computer system with intent to commit or facilitate the commission of an offence under any written law is guilty of an offence punishable by imprisonment of up to a term not exceeding five years.',
    },
  ]);
  const art2 = articleOf(analyseDraft(law), '2');

  it('finds the provision but reports Art. 2 as partial', () => {
    expect(art2.provisions[0]?.citation).toBe('4');
    expect(art2.status).toBe('partial');
  });

  it('says the intent element is narrower, quoting the further-intent wording', () => {
    const intent = art2.provisions[0].elements.find((e) => e.element === '2.intent');
    expect(intent?.met).toBe(false);
    expect(intent?.evidence).toMatch(/intent to commit/);
    expect(intent?.why).toMatch(/further offence/);
  });

  it('is a blocking gap: no reservation allows it', () => {
    expect(art2.severity).toBe('blocking');
  });

  it('is covered once a plain access offence exists beside the aggravated one', () => {
    const wider = draftStatute('Fictional Computer Crimes Act', 'en', [
      {
        citation: '3',
        heading: 'Unauthorised access',
        text: 'A person who intentionally and without authority accesses the whole or any part of a computer system is guilty of an offence punishable by imprisonment of up to a term not exceeding two years.',
      },
      ...law.provisions.map((p) => ({ citation: '4', heading: 'Access with further intent', text: p.text })),
    ]);
    expect(articleOf(analyseDraft(wider), '2').status).toBe('covered');
  });
});
