import { reliedOn } from './cite';

const p = (citation: string, extra: Record<string, string | boolean> = {}) => ({ citation, statute: 'Invented Act', ...extra });

describe('the provisions an assessment relies on (not every candidate listed)', () => {
  it('reads them from the first reason of a covered or partial article', () => {
    const covered = { article: '2', title: 'Illegal access', status: 'covered' as const, reasons: ['Every required element is found in 3(1).'], provisions: [p('8(1)'), p('3(1)'), p('7(1)')] };
    expect(reliedOn(covered).map((x) => x.citation)).toEqual(['3(1)']);
    const partial = { ...covered, status: 'partial' as const, reasons: ['Addressed by 3(1), 3(2), but 1 required element(s) are not met.'] };
    expect(reliedOn(partial).map((x) => x.citation)).toEqual(['3(1)']);
  });

  it('relies on nothing for a missing article, whatever candidates are listed', () => {
    expect(reliedOn({ article: '6', title: 'Misuse of devices', status: 'missing', provisions: [p('7(1)')] })).toEqual([]);
  });

  it("takes the provisions the assessment relies on, an expert's decision first", () => {
    const a = {
      article: '2',
      title: 'Illegal access',
      status: 'covered' as const,
      reasons: ['Every required element is found in 3(1).'],
      provisions: [p('3(1)', { reliedOn: true, origin: 'machine' }), p('4', { reliedOn: false }), p('9', { origin: 'expert', reliedOn: true })],
    };
    expect(reliedOn(a).map((x) => x.citation)).toEqual(['9', '3(1)']);
  });
});
