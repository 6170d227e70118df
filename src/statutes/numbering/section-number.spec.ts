import { compareSectionNumbers, isNextSectionNumber, parseSectionNumber, SectionNumber } from './section-number';
import { followsInSeries, readLabelCore } from './labels';
import { matchContainer, matchSectionCandidate } from './line-shapes';
import { segmentLine } from './segments';
import { detectRole } from './roles';

function n(s: string): SectionNumber {
  const parsed = parseSectionNumber(s);
  if (!parsed) throw new Error(`cannot parse ${s}`);
  return parsed;
}

describe('section numbers', () => {
  it.each([
    ['14', '14'],
    ['3ZA', '3ZA'],
    ['1°', '1'],
    ['1º', '1'],
    ['1er', '1'],
    ['218 bis', '218 bis'],
    ['487.012', '487.012'],
    ['323-3-1', '323-3-1'],
  ])('cites %s as %s', (printed, citation) => {
    expect(n(printed).citation).toBe(citation);
  });

  it('orders Canadian decimals digit by digit: 487.011 < 487.012 < 487.0199 < 487.02 < 487.1', () => {
    const order = ['487', '487.01', '487.011', '487.012', '487.0199', '487.02', '487.1', '488'].map(n);
    for (let i = 1; i < order.length; i++) expect(compareSectionNumbers(order[i - 1], order[i])).toBeLessThan(0);
  });

  it('orders UK insertions: 3 < 3ZA < 3A < 4', () => {
    expect(compareSectionNumbers(n('3'), n('3ZA'))).toBeLessThan(0);
    expect(compareSectionNumbers(n('3ZA'), n('3A'))).toBeLessThan(0);
    expect(compareSectionNumbers(n('3A'), n('4'))).toBeLessThan(0);
  });

  it.each([
    ['13', '14', true],
    ['46', '46A', true],
    ['2D', '2E', true],
    ['46A', '47', true],
    ['9', '9.1', true],
    ['9.4', '10', true],
    ['323-3', '323-3-1', true],
    ['323-3-2', '323-4', true],
    ['218', '218 bis', true],
    ['14', '16', false],
    ['14', '14', false],
    ['15', '3', false],
  ])('%s → %s follows: %s', (a, b, expected) => {
    expect(isNextSectionNumber(n(a), n(b))).toBe(expected);
  });

  it('reads number words as openers: One, premier, primero', () => {
    expect(n('One').wordValue).toBe(1);
    expect(n('premier').wordValue).toBe(1);
    expect(n('primero').citation).toBe('primero');
  });
});

describe('labels', () => {
  it('reads (i) as the ninth letter or roman one, (ii) as roman two', () => {
    expect(readLabelCore('i').map((r) => `${r.type}:${r.value}`)).toEqual(['lower-alpha:9', 'lower-roman:1']);
    expect(readLabelCore('ii')[0]).toMatchObject({ type: 'lower-roman', value: 2 });
    expect(readLabelCore('aa')[0]).toMatchObject({ type: 'double-alpha', value: 1 });
    expect(readLabelCore('I').map((r) => r.type)).toEqual(['upper-alpha', 'upper-roman']);
  });

  it('knows inserted labels follow their base: (1) → (1A) → (1B) → (2); (iii.01) → (iii.1) → (iv)', () => {
    const r = (c: string) => readLabelCore(c)[0];
    expect(followsInSeries(r('1'), r('1A'))).toBe(true);
    expect(followsInSeries(r('1A'), r('1B'))).toBe(true);
    expect(followsInSeries(r('1B'), r('2'))).toBe(true);
    expect(followsInSeries(r('iii.01'), r('iii.1'))).toBe(true);
    expect(followsInSeries(r('iii.1'), r('iv'))).toBe(true);
    expect(followsInSeries(r('a'), r('c'))).toBe(false);
  });

  it('does not split labels inside cross-references, but splits after a clause end', () => {
    const labels = (line: string) => segmentLine(line).filter((s) => s.label).map((s) => s.label?.core);
    expect(labels('An offence under section 3(1) or subsection (2) of section 4.')).toEqual([]);
    expect(labels('as mentioned in paragraphs (a) to (c) above.')).toEqual([]);
    expect(labels('(1) A person who— (a) enters; or (b) stays, commits an offence.')).toEqual(['1', 'a', 'b']);
    expect(labels('Every one commits mischief who wilfully (a) breaks a thing; (b) hides a thing.')).toEqual(['a', 'b']);
    expect(labels('(5) referred to in subsection (1) (a) to the court.')).toEqual(['5']);
  });
});

describe('line shapes', () => {
  it('recognises section lines in their printed forms', () => {
    const shape = (l: string) => {
      const c = matchSectionCandidate(l);
      return c && `${c.family}:${c.number}`;
    };
    expect(shape('SEC. 4. Offences. – text')).toBe('keyword-section:4');
    expect(shape('§ 1030. Fraud')).toBe('keyword-section:1030');
    expect(shape('Artículo 269A: Heading. Text')).toBe('keyword-article:269A');
    expect(shape('Artículo 1°.- Heading. Text')).toBe('keyword-article:1°');
    expect(shape('Article 431-8')).toBe('keyword-article:431-8');
    expect(shape('Article One – Purpose')).toBe('keyword-article:One');
    expect(shape('12. Heading')).toBe('dotted:12');
    expect(shape('163.1 (1) In this section')).toBe('bare:163.1');
    expect(shape('3A')).toBe('bare:3A');
    expect(shape('(2E) Heading.__ (1) Text')).toBe('paren:2E');
  });

  it('does not take cross-references or dates at line start for section lines', () => {
    expect(matchSectionCandidate('Section 4 of the Act is amended')).toBeUndefined();
    expect(matchSectionCandidate('Article 355 of the Penal Code')).toBeUndefined();
    expect(matchSectionCandidate('2005, c. 32, s. 8(3)')).toBeUndefined();
    expect(matchSectionCandidate('1 January 2020')).toBeUndefined();
  });

  it('reads containers with their labels and headings', () => {
    expect(matchContainer('PART 1 - PRELIMINARY', false)).toMatchObject({ kind: 'part', label: 'PART 1', heading: 'PRELIMINARY' });
    expect(matchContainer('TÍTULO I DE LOS DELITOS', false)).toMatchObject({ kind: 'title', label: 'TÍTULO I' });
    expect(matchContainer('CHAPTER 47— FRAUD', false)).toMatchObject({ kind: 'chapter', label: 'CHAPTER 47', heading: 'FRAUD' });
    expect(matchContainer('Section One – Duties', true)).toMatchObject({ kind: 'division', label: 'Section One' });
    expect(matchContainer('Section One – Duties', false)).toBeUndefined();
    expect(matchContainer('Part III of this Act applies', false)).toBeUndefined();
  });
});

describe('roles', () => {
  it.each([
    ['Interpretation', 'In this Act, unless the context otherwise requires, "x" means y.', 'definitions'],
    [undefined, 'Au sens de la présente loi, on entend par : machine, tout appareil.', 'definitions'],
    [undefined, 'Para efectos de esta ley, se entenderá por:', 'definitions'],
    [undefined, 'A person guilty of an offence under this section shall be liable to a fine.', 'penalty'],
    [undefined, 'A person who enters a gadget commits an offence and is liable to a fine.', 'normative'],
    [undefined, 'Quiconque aura accédé à une machine sera puni d’une amende.', 'normative'],
    [undefined, 'Section 12 of the Act is repealed and replaced by the following:', 'amending'],
    [undefined, 'Modifícase el Código en el siguiente sentido:', 'amending'],
    [undefined, '. . . . . . . .', 'repealed'],
    [undefined, '[Repealed, 1999, c. 1, s. 2]', 'repealed'],
    [undefined, 'Derogado.', 'repealed'],
  ] as const)('%s / %s → %s', (heading, text, role) => {
    expect(detectRole(heading, text)).toBe(role);
  });
});
