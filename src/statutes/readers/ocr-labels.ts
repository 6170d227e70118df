/**
 * OCR misreads of list labels in scanned PDFs: "(f)" read as "(0" or "(1)", "(l)" as "(1)",
 * "(1)" as "(11". Repaired only where the list itself says what the label must be: the line
 * before carries the previous letter, and the label read is no step of the numbered series.
 */

/** What OCR makes of a letter label's inside (the letter itself aside). */
const MISREADS: Record<string, string[]> = {
  f: ['0', '1', 't', 'r', 'l'],
  i: ['1', 'l'],
  l: ['1', 'I'],
};

const LETTER_LABEL = /^\(([a-z])\)\s/;
const NUMBER_LABEL = /^\((\d{1,3})\)\s/;
const SECTION_LINE = /^\d{1,3}[A-Z]{0,3}\.\s/;
/** A label as OCR left it: "(0 ", "(1) ", "(t) ". */
const READ_LABEL = /^\(([0-9A-Za-z])\)?\s+(?=\S)/;

export function repairOcrLabels(lines: string[]): { lines: string[]; repaired: number } {
  const out = [...lines];
  let repaired = 0;
  let lastLetter: { letter: string; at: number } | null = null;
  let lastNumber = 0;
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    if (SECTION_LINE.test(line)) {
      lastLetter = null;
      lastNumber = 0;
      // "12. Heading" then "(11 A person …": the first subsection's "(1)" with its bracket read as a 1.
      const next = out[i + 1];
      if (next && /^\(1[1lI]\s+\p{Lu}/u.test(next) && out.slice(i + 2, i + 30).some((l) => l.startsWith('(2) '))) {
        out[i + 1] = next.replace(/^\(1[1lI]\s+/u, '(1) ');
        repaired++;
      }
      continue;
    }
    const letter = LETTER_LABEL.exec(line);
    if (letter) {
      lastLetter = { letter: letter[1], at: i };
      continue;
    }
    const read = READ_LABEL.exec(line);
    if (read && lastLetter && i - lastLetter.at <= 6) {
      const expected = String.fromCharCode(lastLetter.letter.charCodeAt(0) + 1);
      const asNumber = /^\d$/.test(read[1]) ? Number(read[1]) : NaN;
      const stepOfNumbers = asNumber === lastNumber + 1;
      if (!stepOfNumbers && MISREADS[expected]?.includes(read[1])) {
        out[i] = `(${expected}) ${line.slice(read[0].length)}`;
        lastLetter = { letter: expected, at: i };
        repaired++;
        continue;
      }
    }
    const number = NUMBER_LABEL.exec(line);
    if (number) {
      lastNumber = Number(number[1]);
      lastLetter = null;
    }
  }
  return { lines: out, repaired };
}
