import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: the law punishes dealing in hacking tools but says nothing of passwords or access
 * codes. Art. 6(1)(a)(ii) is then missing, a partial implementation.
 */
describe('Art. 6 when devices are covered but passwords and access codes are not', () => {
  const law = draftStatute('Fictional Cyber Offences Act', 'en', [
    {
      citation: '7',
      heading: 'Illegal devices',
      text: 'Any person who knowingly manufactures, sells, procures for use, imports, distributes or otherwise makes available any device, including a computer program, designed or adapted primarily for committing an offence under sections 3 to 6, or who possesses such a device with intent that it be used to commit such an offence, is guilty of an offence punishable by imprisonment of up to three years.',
    },
  ]);
  const art6 = articleOf(analyseDraft(law), '6');

  it('addresses Art. 6 through the devices offence', () => {
    expect(art6.provisions[0]?.citation).toBe('7');
    expect(art6.status).toBe('partial');
  });

  it('meets the devices and possession elements with quoted evidence', () => {
    const findings = art6.provisions[0].elements;
    const devices = findings.find((e) => e.element === '6.devices');
    expect(devices?.met).toBe(true);
    expect(devices?.evidence).toMatch(/designed or adapted/);
    expect(findings.find((e) => e.element === '6.possession')?.met).toBe(true);
  });

  it('reports the passwords element as not met', () => {
    expect(art6.provisions[0].elements.find((e) => e.element === '6.passwords')?.met).toBe(false);
    expect(art6.reasons.join(' ')).toMatch(/password/i);
  });

  it('is covered when passwords and access codes are added to the same offence', () => {
    const fuller = draftStatute('Fictional Cyber Offences Act', 'en', [
      { ...law.provisions[0], text: law.provisions[0].text.replace('any device,', 'any device, or any password, access code or similar data, and any device,') },
    ]);
    expect(articleOf(analyseDraft(fuller), '6').status).toBe('covered');
  });
});
