import { normaliseCitation } from './citation';

describe('normaliseCitation', () => {
  it('drops the keyword, spaces and degree signs', () => {
    expect(normaliseCitation('Artículo 1°')).toBe('1');
    expect(normaliseCitation('Section 163A(1)(a)')).toBe('163a(1)(a)');
    expect(normaliseCitation('3(1°)')).toBe('3(1)');
    expect(normaliseCitation('197 bis')).toBe(normaliseCitation('197bis'));
  });
  it('reads a disposition the same in every word order', () => {
    const parsed = normaliseCitation('complementaria final primera');
    expect(normaliseCitation('Disposición complementaria final primera')).toBe(parsed);
    expect(normaliseCitation('Primera Disposición Complementaria Final')).toBe(parsed);
    expect(normaliseCitation('Disposición transitoria única')).toBe(normaliseCitation('transitoria única'));
    expect(normaliseCitation('final segunda')).not.toBe(parsed);
  });
});
