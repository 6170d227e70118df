import { dualCriminality } from './dual-criminality';
import { loadForms } from './forms';
import { country, PARTY } from './testing/country';

const forms = loadForms('ets185');

describe('dual criminality per offence (Arts. 2-11), by effect not by label', () => {
  it('is met when the conduct is an offence in both, whatever the provisions are called or how fully', () => {
    const a = country('XA', { '2': 'covered' });
    const b = country('XB', { '2': 'partial' }, { unmet: { '2': ['2.without-right'] } });
    const r = dualCriminality(forms, '2', a, b);
    expect(r.outcome).toBe('works');
    expect(r.reasons.find((x) => x.text.includes('XB'))!.text).toContain('2.without-right');
  });

  it('is not met when the requested country has no such offence, and cites its assessment', () => {
    const r = dualCriminality(forms, '6', country('XA', { '6': 'covered' }), country('XB', { '6': 'missing' }));
    expect(r.outcome).toBe('blocked');
    const blocking = r.reasons.find((x) => x.effect === 'blocked')!;
    expect(blocking.text).toMatch(/not an offence in XB, the requested Party/);
    expect(blocking.citations[0]).toEqual(expect.objectContaining({ jurisdiction: 'XB', type: 'assessment', article: '6' }));
  });

  it('is not met either when the requesting country lacks the offence', () => {
    expect(dualCriminality(forms, '6', country('XA', { '6': 'missing' }), country('XB', { '6': 'covered' })).outcome).toBe('blocked');
  });

  it('is uncertain when an article was not assessed', () => {
    expect(dualCriminality(forms, '9', country('XA', { '9': 'covered' }), country('XB', {})).outcome).toBe('uncertain');
  });

  it('is uncertain when the requested country reserved a narrower offence (Art. 6(3))', () => {
    const b = country('XB', { '6': 'covered' }, { treaty: { ...PARTY, reservations: [{ article: '6', paragraph: '3', kind: 'reservation', summary: 'does not apply 6(1)' }] } });
    const r = dualCriminality(forms, '6', country('XA', { '6': 'covered' }), b);
    expect(r.outcome).toBe('uncertain');
    expect(r.reasons.find((x) => x.kind === 'reservation')!.citations[0]).toEqual(expect.objectContaining({ type: 'treaty-record', article: '6', paragraph: '3' }));
  });
});

describe('penalty threshold for extradition (Art. 24(1): at least one year in both)', () => {
  const year = { minimumPenaltyMonths: 12 };
  const a = country('XA', { '3': 'covered' }, { penalties: { '3': { text: 'is liable to imprisonment for a term not exceeding two years', language: 'en' } } });

  it('works when both read at least a year (English and Spanish wording)', () => {
    const b = country('XB', { '3': 'covered' }, { penalties: { '3': { text: 'será sancionado con prisión de seis meses a dos años', language: 'es' } } });
    const r = dualCriminality(forms, '3', a, b, year);
    expect(r.outcome).toBe('works');
    expect(r.reasons.filter((x) => x.kind === 'penalty').map((x) => x.effect)).toEqual(['works', 'works']);
  });

  it('blocks when the requested country punishes the conduct by less than a year (French wording)', () => {
    const b = country('XB', { '3': 'covered' }, { penalties: { '3': { text: "est puni d'un emprisonnement de six mois", language: 'fr' } } });
    const r = dualCriminality(forms, '3', a, b, year);
    expect(r.outcome).toBe('blocked');
    const p = r.reasons.find((x) => x.kind === 'penalty' && x.effect === 'blocked')!;
    expect(p.text).toContain('6 months');
    expect(p.citations[0]).toEqual(expect.objectContaining({ jurisdiction: 'XB', type: 'provision', citation: 's. 3' }));
  });

  it('blocks in the other direction too: the threshold holds for both Parties', () => {
    const b = country('XB', { '3': 'covered' }, { penalties: { '3': { text: 'commits an offence punishable by imprisonment for up to six months', language: 'en' } } });
    expect(dualCriminality(forms, '3', b, a, year).outcome).toBe('blocked');
  });

  it('is uncertain when a penalty cannot be read, with the reader\'s reason', () => {
    const b = country('XB', { '3': 'covered' }, { penalties: { '3': { text: 'será castigado con reclusión menor en su grado mínimo', language: 'es' } } });
    const r = dualCriminality(forms, '3', a, b, year);
    expect(r.outcome).toBe('uncertain');
    expect(r.reasons.find((x) => x.kind === 'penalty' && x.effect === 'uncertain')!.text).toMatch(/graded scale/);
  });

  it('counts a stated minimum of a year or more, and life, as meeting the threshold', () => {
    const min = country('XB', { '3': 'covered' }, { penalties: { '3': { text: 'shall be imprisoned for a term of not less than two years', language: 'en' } } });
    const life = country('XC', { '3': 'covered' }, { penalties: { '3': { text: 'is liable to imprisonment for life', language: 'en' } } });
    expect(dualCriminality(forms, '3', a, min, year).outcome).toBe('works');
    expect(dualCriminality(forms, '3', a, life, year).outcome).toBe('works');
  });

  it('is uncertain when the term was read from a section stating several, some under a year', () => {
    const b = country('XB', { '3': 'covered' });
    b.penalties = [{ statute: 'XB Act', citation: 's. 3', foundIn: 's. 3(9)', maxMonths: 60, range: { fromMonths: 6, toMonths: 60 }, reason: 'the section states terms from 6 to 60 months' }];
    const r = dualCriminality(forms, '3', a, b, year);
    expect(r.outcome).toBe('uncertain');
  });
});
