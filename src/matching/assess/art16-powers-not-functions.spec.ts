import { analyseDraft, articleOf, draftStatute } from '../testing/statute-builder';

/**
 * Scenario: the only "preservation" words are in a power to make regulations, a list of an
 * inspector's functions and a general duty on providers to retain data for a year. None is an order
 * to preserve specified data expeditiously: Art. 16 is not covered, and the regulation and function
 * clauses are no powers at all.
 */
describe('Art. 16 from regulation-making, functions and retention clauses', () => {
  const law = draftStatute('Fictional Cyber Agency Act', 'en', [
    {
      citation: '9',
      heading: 'Functions of inspectors',
      text: 'An inspector shall ensure that every production order or warrant issued under this Act is used for its purpose and that data retained under this Act is kept secure.',
    },
    {
      citation: '50',
      heading: 'Retention of data',
      text: 'A service provider shall retain traffic data and subscriber information for twelve months.',
    },
    {
      citation: '80',
      heading: 'Regulations',
      text: 'The Minister may issue regulations prescribing the application forms and the arrangements for the preservation and retention of data.',
    },
  ]);
  const art16 = articleOf(analyseDraft(law), '16');

  it('is not covered', () => {
    expect(art16.status).not.toBe('covered');
    expect(art16.unmet).toContain('16.preservation-order');
  });

  it('never relies on the regulation-making or the functions clause', () => {
    const cited = art16.provisions.filter((p) => p.elements.some((e) => e.element === '16.preservation-order' && e.met)).map((p) => p.citation);
    expect(cited).not.toContain('80');
    expect(cited).not.toContain('9');
  });

  it('is covered by an order to preserve specified data', () => {
    const fuller = draftStatute('Fictional Cyber Agency Act', 'en', [
      ...law.provisions,
      {
        citation: '60',
        heading: 'Expedited preservation',
        text: 'Where specified computer data needed for a criminal investigation may be lost, a police officer may by notice require the person in control of it to preserve that data for up to ninety days, renewable once, and to keep the notice confidential.',
      },
    ]);
    expect(articleOf(analyseDraft(fuller), '16').status).toBe('covered');
  });
});
