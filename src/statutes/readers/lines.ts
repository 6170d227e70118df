/**
 * Line clean-up shared by every reader, so that the same law in any format ends up as the same lines:
 * whitespace collapsed, empty lines dropped, a lone label ("(a)", "1.", "3°") joined to the text after it.
 */
import { inputTooLarge, READING_LIMITS, ReadingLimits } from '../limits/reading-limits';

const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * A label standing alone: "(a)", "(iv)", "(1A)", "1.", "12A.", "3)", "4°", "a)".
 * Needs its punctuation, so a bare "2018" or "Part I" is not a label.
 */
const LABEL_ONLY = /^(?:\((?:\d{1,4}[A-Za-z]{0,3}|[a-z]{1,4}|[A-Z]{1,3})\)|\d{1,4}[A-Za-z]{0,3}[.)°ºª]|[a-z]{1,2}\)|[ivxlc]{1,6}\)|[IVXLC]{1,6}\.)$/;

export function isLabelOnly(line: string): boolean {
  return LABEL_ONLY.test(line);
}

/** Vietnamese letters that other Latin-script languages do not use. */
const VIETNAMESE = /[ăơưđĂƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g;

/**
 * Some Vietnamese documents type "Đ" (U+0110) as the look-alike "Ð" (U+00D0, Icelandic eth), which
 * breaks every search for "Điều". Fold it only when the document is plainly Vietnamese.
 */
export function foldVietnameseEth(lines: string[]): string[] {
  const sample = lines.join('\n');
  if (!/[\u00D0\u00F0]/.test(sample)) return lines;
  const hits = (sample.match(VIETNAMESE) ?? []).length;
  if (hits < 20 || hits < sample.length * 0.01) return lines;
  return lines.map((l) => l.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111'));
}

/** Cleans, drops empty lines, joins lone labels to the following line; at most maxLines lines. */
export function finishLines(raw: Iterable<string>, fileName = 'upload', limits: ReadingLimits = READING_LIMITS): string[] {
  const out: string[] = [];
  let pendingLabel: string | null = null;
  for (const r of raw) {
    if (out.length > limits.maxLines) throw inputTooLarge(fileName, 'maxLines', `the number of lines of text (more than ${limits.maxLines})`, limits);
    const line = cleanLine(r.normalize('NFC'));
    if (!line) continue;
    if (/^[\p{P}]{1,3}$/u.test(line) && out.length && pendingLabel === null) {
      out[out.length - 1] += line; // a stray "." or "”." left after a quoted block
      continue;
    }
    if (pendingLabel !== null) {
      if (isLabelOnly(line)) {
        out.push(pendingLabel);
        pendingLabel = line;
        continue;
      }
      out.push(`${pendingLabel} ${line}`);
      pendingLabel = null;
      continue;
    }
    if (isLabelOnly(line)) {
      pendingLabel = line;
      continue;
    }
    out.push(line);
  }
  if (pendingLabel !== null) out.push(pendingLabel);
  return foldVietnameseEth(out);
}
