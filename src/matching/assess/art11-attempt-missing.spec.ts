import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: the law punishes aiding and abetting its offences but has no attempt rule. Art. 11 is
 * partial, and the gap can be covered by a reservation under Art. 11(3).
 */
describe('Art. 11 when attempt is missing', () => {
  const law = draftStatute('Fictional Computer Crimes Act', 'en', [
    {
      citation: '3',
      heading: 'Unauthorised access',
      text: 'A person who intentionally and without authority accesses a computer system is guilty of an offence punishable by imprisonment of up to two years.',
    },
    {
      citation: '9',
      heading: 'Aiding and abetting',
      text: 'A person who intentionally aids or abets another person in the commission of an offence under this Act commits that offence and is liable to the same punishment.',
    },
  ]);
  const art11 = articleOf(analyseDraft(law), '11');

  it('finds the aiding provision and reports Art. 11 as partial', () => {
    expect(art11.provisions[0]?.citation).toBe('9');
    expect(art11.status).toBe('partial');
    const findings = art11.provisions[0].elements;
    expect(findings.find((e) => e.element === '11.aiding')?.met).toBe(true);
    expect(findings.find((e) => e.element === '11.attempt')?.met).toBe(false);
  });

  it('calls the gap coverable by the Art. 11(3) reservation', () => {
    expect(art11.severity).toBe('coverable');
    expect(art11.reasons.join(' ')).toMatch(/res\.11\.3/);
  });

  it('is covered when an attempt rule is added', () => {
    const fuller = draftStatute('Fictional Computer Crimes Act', 'en', [
      ...law.provisions,
      { ...law.provisions[1], citation: '10', heading: 'Attempts', text: 'Whoever tries to commit any offence under this Act is punished as if the offence had been completed.' },
    ]);
    expect(articleOf(analyseDraft(fuller), '11').status).toBe('covered');
  });
});
