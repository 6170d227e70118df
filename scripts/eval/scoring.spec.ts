import { normaliseCitation } from '../../src/statutes/citation';
import { figures, isWithin, scoreAgainstGold, GoldTable } from './scoring';

describe('gold-table scoring', () => {
  it('compares citations without case, spaces or a leading Section/Article/§ word', () => {
    expect(normaliseCitation('Section 4 (a)(1)')).toBe('4(a)(1)');
    expect(normaliseCitation('Article 323-1')).toBe('323-1');
    expect(normaliseCitation('§ 1030(a)(2)')).toBe('1030(a)(2)');
  });

  it('treats a finer provision as inside its section, not a sibling with a longer number', () => {
    expect(isWithin('4(a)(1)', '4(a)')).toBe(true);
    expect(isWithin('18(1)', '18')).toBe(true);
    expect(isWithin('431-80', '431-8')).toBe(false);
    expect(isWithin('218 bis', '218')).toBe(false);
  });

  it('counts recall@3, top-1, addressed, exact, false assurance and missed coverage', () => {
    const gold: GoldTable = {
      statute_file: 'x.txt',
      jurisdiction: 'XA',
      language: 'en',
      articles: {
        '2': { status: 'covered', provisions: ['3'] },
        '3': { status: 'missing', provisions: [] },
        '9': { status: 'partial', provisions: ['7(1)'] },
      },
    };
    const { counts } = scoreAgainstGold(gold, [
      { article: '2', status: 'covered', provisions: [{ citation: '3(1)' }] },
      { article: '3', status: 'covered', provisions: [{ citation: '5' }] },
      { article: '9', status: 'missing', provisions: [{ citation: '2' }, { citation: '7' }] },
    ]);
    const f = figures(counts);
    expect(f.recallAt3).toBe(1);
    expect(f.top1).toBe(0.5);
    expect(f.addressed).toBeCloseTo(1 / 3, 3);
    expect(f.exact).toBeCloseTo(1 / 3, 3);
    expect(f.falseAssurance).toBe(1);
    expect(f.missed).toBe(0.5);
  });
});
