import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: the conduct an offence article asks for (possessing, hindering a system) appears only in
 * definitions of objects the law names (a system that stores data, vital infrastructure whose
 * disruption would be grave). A definition explains a term; it is not conduct, so the element is not
 * met. A definition of the conduct word itself ("modification" includes erasing) still counts.
 */
describe('conduct elements are met by the offence-creating clause, not by definitions of objects', () => {
  const law = draftStatute('Fictional Electronic Offences Act', 'en', [
    {
      citation: '2',
      heading: 'Interpretation',
      role: 'definitions',
      text: 'In this Act, "computing system" means any device or group of devices for creating, storing, displaying or sending data; "modification" means altering, erasing or adding to data held in a computing system.',
    },
    {
      citation: '9',
      heading: 'Malicious code',
      text: 'Any person who knowingly and without authority manufactures, sells, imports or distributes any program designed primarily for committing an offence under this Act on a computing system commits an offence.',
    },
    {
      citation: '10',
      heading: 'Altering data',
      text: 'Any person who intentionally and without authority causes a modification of data held in a computing system commits an offence.',
    },
  ]);
  const result = analyseDraft(law);

  it('does not take possession from the definition of the system that stores data', () => {
    const art6 = articleOf(result, '6');
    const own = art6.provisions.find((p) => p.citation === '9');
    expect(own?.elements.find((e) => e.element === '6.possession')?.met).toBe(false);
    expect(art6.status).not.toBe('covered');
  });

  it('still reads the definition of the conduct word itself (modification includes erasing)', () => {
    const art4 = articleOf(result, '4');
    const own = art4.provisions.find((p) => p.citation === '10');
    const damage = own?.elements.find((e) => e.element === '4.data-damage');
    // the provision says only "modification"; erasing (deleting, suppressing) comes from its definition
    expect(damage?.met).toBe(true);
  });

  it('ignores a definition the offence section itself inserts when its term is an object', () => {
    const long = draftStatute('Fictional Amendment Act', 'en', [
      {
        citation: '5',
        heading: 'Offences against vital systems',
        text: 'In this section "vital infrastructure" means computer systems so important that interference with their functioning would gravely harm the country; Any person who intentionally and without authority sends data to vital infrastructure commits an offence.',
      },
    ]);
    const art5 = articleOf(analyseDraft(long), '5');
    const own = art5.provisions.find((p) => p.citation === '5');
    expect(own?.elements.find((e) => e.element === '5.serious-hindering')?.met ?? false).toBe(false);
  });
});
