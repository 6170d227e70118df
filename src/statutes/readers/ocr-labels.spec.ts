import { repairOcrLabels } from './ocr-labels';

describe('OCR list labels', () => {
  it('restores letters the list calls for, and the "(1)" read as "(11"', () => {
    const lines = [
      '12. Duties of operators',
      '(11 An operator shall keep records.',
      '(2) An operator shall —',
      '(a) keep a log;',
      '(b) name an officer;',
      '(c) train staff;',
      '(d) test backups;',
      '(e) report breaches;',
      '(0 publish a policy;',
      '(g) review it yearly;',
      '(h) keep it current;',
      '(i) show it on request;',
      '(j) file it with the board;',
      '(k) pay the fee; and',
      '(1) do any other thing the board requires.',
      '(3) A breach is an offence.',
    ];
    const { lines: out, repaired } = repairOcrLabels(lines);
    expect(repaired).toBe(3);
    expect(out[1]).toBe('(1) An operator shall keep records.');
    expect(out[8]).toBe('(f) publish a policy;');
    expect(out[14]).toBe('(l) do any other thing the board requires.');
    expect(out[15]).toBe('(3) A breach is an offence.');
  });

  it('leaves a real numbered step after a lettered list alone', () => {
    const lines = ['3. Powers', '(1) The board may —', '(a) inspect;', '(b) copy;', '(e) seize.', '(2) A warrant is needed for (b).'];
    expect(repairOcrLabels(lines).lines).toEqual(lines);
    const restart = ['4. Terms', '(1) In this section —', '(a) "log" means a record;', '(1) A later clause the list does not call for.'];
    // "(1)" after (a) would be "(b)", which OCR never reads as "1": kept as printed.
    expect(repairOcrLabels(restart).lines).toEqual(restart);
  });
});
