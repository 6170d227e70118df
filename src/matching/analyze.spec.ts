import { analyseDraft, articleOf, draftStatute, model } from './testing/statute-builder';

/** The shape of an analysis: every article, assessed or not, with ranked, evidenced provisions. */
describe('analyzeLaw', () => {
  const law = draftStatute('Fictional Computer Crimes Act', 'en', [
    {
      citation: '2',
      heading: 'Interpretation',
      role: 'definitions',
      text: 'In this Act— "computer system" means any device or group of connected devices that processes data automatically; "computer data" means any representation of facts or instructions in a form a computer system can process; "traffic data" or "non-content data" means data about a communication showing its origin, destination, route, time, size or duration;',
    },
    {
      citation: '3',
      heading: 'Unauthorised access',
      text: 'A person who intentionally and without authority accesses a computer system is guilty of an offence punishable by imprisonment of up to two years.',
    },
    {
      citation: '4',
      heading: 'Unauthorised interference',
      text: 'A person who intentionally and without authority damages, deletes, deteriorates, alters or suppresses computer data, or seriously hinders the functioning of a computer system, is guilty of an offence punishable by imprisonment of up to five years.',
    },
  ]);
  const result = analyseDraft(law);

  it('lists every article of the instrument, and assesses 1-22 and 24-35 only', () => {
    const { instrument } = model();
    expect(result.instrument).toBe('ets185');
    expect(result.articles.map((a) => a.article)).toEqual(instrument.articles.map((a) => a.number));
    for (const a of result.articles) {
      const n = Number(a.article);
      const assessed = n <= 35 && n !== 23;
      expect(a.status === 'not-assessed').toBe(!assessed);
    }
  });

  it('ranks at most eight provisions per article, best first, with the statute title and a score in [0, 1]', () => {
    for (const a of result.articles) {
      expect(a.provisions.length).toBeLessThanOrEqual(8);
      const scores = a.provisions.map((p) => p.score);
      for (const p of a.provisions) {
        expect(p.statute).toBe('Fictional Computer Crimes Act');
        expect(p.score).toBeGreaterThanOrEqual(0);
        expect(p.score).toBeLessThanOrEqual(1);
        expect(['equal', 'subset', 'superset', 'intersects']).toContain(p.relationship);
      }
      if (a.status === 'covered') expect(scores[0]).toBeGreaterThanOrEqual(0.4);
    }
  });

  it('gives evidence a reviewer can check for every element found in the text', () => {
    for (const a of result.articles) {
      for (const p of a.provisions) {
        for (const e of p.elements) {
          expect(e.why).toBeTruthy();
          if (e.met && !/^Presumed/.test(e.why ?? '')) expect(e.evidence).toBeTruthy();
        }
      }
    }
  });

  it('reads the definitions for Art. 1, including a term given with an alternative name', () => {
    const art1 = articleOf(result, '1');
    expect(art1.status).toBe('partial');
    const found = art1.provisions.flatMap((p) => p.elements.filter((e) => e.met).map((e) => e.element));
    expect(found).toEqual(expect.arrayContaining(['1.computer-system', '1.computer-data', '1.traffic-data']));
    expect(art1.reasons.join(' ')).toMatch(/service provider/i);
  });

  it('calls a provision that implements two offences broader than each (superset)', () => {
    const p4 = articleOf(result, '4').provisions.find((p) => p.citation === '4');
    expect(p4?.relationship).toBe('superset');
    expect(articleOf(result, '5').provisions[0]?.citation).toBe('4');
  });

  it('marks missing articles with a severity from the gap rules', () => {
    const art9 = articleOf(result, '9');
    expect(art9.status).toBe('missing');
    expect(art9.severity).toBe('blocking');
    expect(articleOf(result, '35').severity).not.toBe('none');
  });
});
