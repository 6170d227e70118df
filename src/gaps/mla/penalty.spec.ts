import { formatTerm, readMaxPenalty } from './penalty';

// Wording invented for these specs in the drafting styles of each language.
describe('readMaxPenalty: English wording', () => {
  it.each([
    ['is liable to a fine, or to imprisonment for a term not exceeding two years', 24],
    ['commits an offence punishable by imprisonment for up to six months', 6],
    ['a fine of up to 200 penalty units, imprisonment for up to five years, or both', 60],
    ['shall be fined or imprisoned not more than 10 years, or both', 120],
    ['shall be liable to imprisonment for not less than six months and not more than two years', 24],
    ['is guilty of an offence and liable to 3 years imprisonment', 36],
    ['liable to seven years\' imprisonment', 84],
    ['is liable to imprisonment for a term which may extend to twenty-four months', 24],
    ['to imprisonment for a term not exceeding 12 months', 12],
    ['shall be punished with imprisonment of either description for\na term which may extend to three years', 36],
  ])('%s → %d months', (text, months) => {
    expect(readMaxPenalty(text, 'en').maxMonths).toBe(months);
  });

  it('takes the heavier of two stated maxima', () => {
    const r = readMaxPenalty('on summary conviction, to imprisonment for a term not exceeding six months; on indictment, to imprisonment for a term not exceeding ten years', 'en');
    expect(r.maxMonths).toBe(120);
    expect(r.evidence).toContain('ten years');
  });

  it('does not take a fine, a time limit for prosecution or a period after the penalty for a term', () => {
    expect(readMaxPenalty('is liable to a fine of 100 penalty units for each day the failure continues', 'en')).toEqual(expect.objectContaining({ maxMonths: 0 }));
    expect(readMaxPenalty('Proceedings may be brought within six months of the discovery of the offence.', 'en')).toEqual(
      expect.objectContaining({ maxMonths: undefined, reason: 'no penalty is stated in this text' }),
    );
  });

  it('says when only a minimum is stated, or life, rather than guessing', () => {
    const min = readMaxPenalty('faces a minimum punishment of imprisonment for a term of six months', 'en');
    expect(min.maxMonths).toBeUndefined();
    expect(min.minimumMonths).toBe(6);
    expect(min.reason).toMatch(/minimum/);
    const life = readMaxPenalty('is liable to imprisonment for life', 'en');
    expect(life).toEqual(expect.objectContaining({ maxMonths: undefined, life: true }));
    expect(formatTerm(life)).toBe('imprisonment for life');
  });

  it('is unknown, with the reason, when imprisonment has no term', () => {
    const r = readMaxPenalty('is liable to imprisonment as the court thinks fit', 'en');
    expect(r.maxMonths).toBeUndefined();
    expect(r.reason).toBe('imprisonment is provided but no term is stated');
  });
});

describe('readMaxPenalty: French wording', () => {
  it.each([
    ["encourt un emprisonnement de six mois à deux ans et une amende de 500 000 francs", 24],
    ["est puni de trois ans d'emprisonnement et de 60 000 euros d'amende", 36],
    ["est puni d'un emprisonnement d'un an à cinq ans", 60],
    ["est passible d'une peine d'emprisonnement de 6 mois", 6],
    ["est puni d'un emprisonnement de quarante-huit mois au plus", 48],
  ])('%s → %d months', (text, months) => {
    expect(readMaxPenalty(text, 'fr').maxMonths).toBe(months);
  });

  it('does not read the amount of the fine as a term', () => {
    expect(readMaxPenalty("est puni d'une amende de deux cent mille francs", 'fr').maxMonths).toBe(0);
  });
});

describe('readMaxPenalty: Spanish wording', () => {
  it.each([
    ['será sancionado con prisión de seis meses a dos años', 24],
    ['será castigado con treinta y seis (36) a setenta y dos (72) meses de prisión, además de la multa', 72],
    ['será castigado con prisión de 1 a 3 años y multa', 36],
    ['será sancionado con pena de prisión de hasta dieciocho meses', 18],
  ])('%s → %d months', (text, months) => {
    expect(readMaxPenalty(text, 'es').maxMonths).toBe(months);
  });

  it('leaves a graded scale unknown and says so', () => {
    const r = readMaxPenalty('será castigado con reclusión menor en su grado mínimo', 'es');
    expect(r.maxMonths).toBeUndefined();
    expect(r.reason).toMatch(/graded scale/);
  });
});

describe('readMaxPenalty: other languages', () => {
  it('is unknown with the reason for a language it cannot read', () => {
    const r = readMaxPenalty('Freiheitsstrafe bis zu zwei Jahren', 'de');
    expect(r.maxMonths).toBeUndefined();
    expect(r.reason).toMatch(/en, fr, es only/);
  });
});
