import type { PdfPage, PdfRun } from './pdf.adapter';
import { appendWrapped, findColumns, layoutPdf, pickColumns } from './pdf-layout';

/** Text laid out like a page: each entry one line at a baseline (y from the top), Courier-like widths. */
function line(text: string, x: number, y: number, size = 10): PdfRun {
  return { text, x, y, size, width: text.length * size * 0.6 };
}

function page(number: number, runs: PdfRun[]): PdfPage {
  return { number, width: 595, height: 842, runs };
}

const HEAD = (n: number) => [line(`Gazette Supplement No. ${n} – Data Act`, 72, 40, 8), line(`${n + 36}`, 290, 800, 8)];

describe('PDF layout: lines, blocks and reading order from glyph positions', () => {
  it('groups runs by baseline then x, and puts spaces only where the gap says so', () => {
    const runs = [line('offence.', 150, 100), line('commits', 100, 100.4), line('an', 148 - 14, 99.8), line('(2) Next', 100, 130)];
    runs[0].x = 100 + 7 * 6 + 3 + 2 * 6 + 3; // "commits an offence."
    runs[2].x = 100 + 7 * 6 + 3;
    const { lines } = layoutPdf([page(1, runs)]);
    expect(lines).toEqual(['commits an offence.', '(2) Next']);
  });

  it('joins wrapped lines into one block and undoes end-of-line hyphenation', () => {
    expect(appendWrapped('the confiden-', 'tiality of data')).toBe('the confidentiality of data');
    expect(appendWrapped('national co-', 'operation')).toBe('national co-operation');
    expect(appendWrapped('section 4 or', 'section 5')).toBe('section 4 or section 5');
  });

  it('drops running heads and page numbers that repeat across pages, and keeps the text flowing', () => {
    const body = (a: string, b: string) => [line(a, 72, 100), line(b, 72, 113)];
    const pages = [
      page(1, [...HEAD(1), ...body('(1) A person who, without right, obtains data from a', 'computer system is guilty of an offence punishable by')]),
      page(2, [...HEAD(2), ...body('a fine of up to one thousand units', 'or by imprisonment for up to a year.')]),
      page(3, [...HEAD(3), ...body('(2) It is a defence that the person had the consent', 'of the owner of the data.')]),
    ];
    const { lines, stats } = layoutPdf(pages);
    expect(lines).toEqual([
      '(1) A person who, without right, obtains data from a computer system is guilty of an offence punishable by a fine of up to one thousand units or by imprisonment for up to a year.',
      '(2) It is a defence that the person had the consent of the owner of the data.',
    ]);
    expect(stats.runningHeadsDropped).toBe(6);
  });

  it('turns a marginal note beside a section number into the heading line "N. heading"', () => {
    const runs = [
      line('7. (1) A service provider shall keep traffic data for', 72, 100),
      line('ninety days.', 72, 113),
      line('Retention of', 400, 100.5, 7),
      line('traffic data.', 400, 108.5, 7),
      line('(2) The Minister may shorten the period by order in', 72, 130),
      line('the Gazette.', 72, 143),
      line('Cap. 12.', 400, 143, 7), // a citation note beside ordinary text: not a heading
    ];
    const { lines, stats } = layoutPdf([page(1, runs)]);
    expect(lines).toEqual([
      '7. Retention of traffic data',
      '(1) A service provider shall keep traffic data for ninety days.',
      '(2) The Minister may shorten the period by order in the Gazette.',
    ]);
    expect(stats.headingsAttached).toBe(1);
  });

  it('a number after "subsection" at a line start continues the sentence', () => {
    const runs = [line('(3) A person convicted of an offence under this section or under subsection', 72, 100), line('(1) is liable to a fine.', 72, 113)];
    expect(layoutPdf([page(1, runs)]).lines).toEqual(['(3) A person convicted of an offence under this section or under subsection (1) is liable to a fine.']);
  });

  it('finds the gutter between columns and keeps the English one of a parallel-language page', () => {
    const en = 'The Minister shall publish the list of the authorities that are competent for any request of this kind and the form of the request';
    const fr = 'Le ministre publie la liste des autorités qui sont compétentes pour les demandes de la sorte et la forme de la demande et des pièces';
    const words = (s: string) => s.split(' ');
    const runs: PdfRun[] = [];
    const enWords = words(en);
    const frWords = words(fr);
    for (let i = 0; i < 8; i++) {
      runs.push(line(enWords.slice(i * 3, i * 3 + 3).join(' '), 72, 100 + i * 13));
      runs.push(line(frWords.slice(i * 3, i * 3 + 3).join(' '), 320, 100 + i * 13));
    }
    expect(findColumns(runs, 10)).toHaveLength(2);
    const { lines } = layoutPdf([page(1, runs)]);
    expect(lines.join(' ')).toContain('The Minister shall publish');
    expect(lines.join(' ')).not.toContain('ministre');
  });

  it('reads same-language columns one after the other', () => {
    expect(pickColumns(['the law of the land and the rule of law is for all of the people and the state in this', 'the court shall hear the case of the person and the state in the matter of the law of the land'])).toEqual([0, 1]);
  });
});
