/**
 * A gazette whose marginal notes sit in the outer margin: left on even pages, right on odd ones.
 * The PDF is written here at test time, in our own words: every section must come out once, as
 * "N. Note" on its own line, whichever side its note is on.
 */
import { readSource } from './index';

interface Placed {
  x: number;
  y: number;
  size: number;
  text: string;
}

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

function pdf(pages: Placed[][]): Buffer {
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: number[] = [];
  for (const items of pages) {
    const ops = items.map((t) => `BT /F1 ${t.size} Tf 1 0 0 1 ${t.x} ${t.y} Tm (${esc(t.text)}) Tj ET`).join('\n');
    objs.push(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objs.length} 0 R >>`);
    kids.push(objs.length);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objs.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const WORDS = (
  'the operator of a listed system shall keep each record of access for the period that board sets and hand it to an inspector on request ' +
  'within seven days unless licence holder proves reasonable excuse where any officer may enter premises at hour inspect copy seize document'
).split(' ');

/** Wraps invented prose (words drawn by a seeded generator) into lines of about `chars` characters. */
function prose(n: number, chars: number, seed: number): string[] {
  let state = seed * 7919 + 17;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const words = Array.from({ length: n }, () => WORDS[next() % WORDS.length]);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > chars) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(`${line}.`);
  return lines;
}

interface Section {
  num: string;
  note: string[];
}

/** The PDF, and the words of its sections' text in order (what the reader must keep). */
function gazette(sections: Section[], perPage: number, noteSize = 7.5, words = 60): { bytes: Buffer; text: string } {
  const pages: Placed[][] = [];
  const text: string[] = [];
  for (let p = 0; p * perPage < sections.length; p++) {
    const even = (p + 1) % 2 === 0;
    // Body column and outer margin swap sides from page to page.
    const colX = even ? 150 : 72;
    const noteX = even ? 60 : 440;
    const items: Placed[] = [{ x: even ? 72 : 470, y: 800, size: 9, text: `No. 7 Model Records Act 2031 ${p + 1}` }];
    let y = 760;
    for (const s of sections.slice(p * perPage, (p + 1) * perPage)) {
      s.note.forEach((t, i) => items.push({ x: noteX, y: y - i * (noteSize + 1.5), size: noteSize, text: t }));
      const body = prose(words, 62, Number.parseInt(s.num, 10) * 31 + s.num.length);
      text.push(`(1) ${body.join(' ')}`);
      items.push({ x: colX, y, size: 11, text: `${s.num}. (1) ${body[0]}` });
      body.slice(1).forEach((t, i) => items.push({ x: colX, y: y - (i + 1) * 13, size: 11, text: t }));
      y -= (body.length + 1) * 13 + 10;
    }
    pages.push(items);
  }
  return { bytes: pdf(pages), text: text.join(' ') };
}

const NOTES = ['Interpretation.', 'Keeping of access records.', 'Inspection of records by the board.', 'Offences by operators of listed systems.', 'Regulations.', 'Short title.'];

function sections(count: number): Section[] {
  const out: Section[] = [];
  for (let n = 1; n <= count; n++) {
    const num = n === 10 ? '9A' : String(n);
    const note = NOTES[n % NOTES.length];
    // Long notes wrap onto two lines in the narrow margin.
    const cut = note.lastIndexOf(' ', 18);
    out.push({ num, note: note.length > 20 ? [note.slice(0, cut), note.slice(cut + 1)] : [note] });
  }
  return out;
}

async function check(noteSize: number, words = 60): Promise<void> {
  const secs = sections(18);
  const { bytes, text } = gazette(secs, 3, noteSize, words);
  const doc = await readSource(bytes, 'gazette.pdf');
  const heads = doc.lines.filter((l) => /^\d+[A-Z]?\. /.test(l));
  expect(heads).toEqual(secs.map((s) => `${s.num}. ${s.note.join(' ').replace(/\.$/, '')}`));
  // Every word of the sections' text kept, in order; no note, running head or folio mixed in.
  expect(doc.lines.filter((l) => !heads.includes(l)).join(' ')).toBe(text);
}

describe('PDF reader: marginal notes in alternating margins', () => {
  jest.setTimeout(20_000);

  it('finds every section with its note, on left-margin and right-margin pages alike', async () => {
    await check(7.5);
  });

  it('also when the notes are set nearly as large as the text (9.5 pt beside 11 pt)', async () => {
    await check(9.5);
  });

  it('also when the notes are in the text size (as OCR often reports them)', async () => {
    await check(11);
  });

  it('also when short sections make the notes a large share of the page', async () => {
    await check(7.5, 14);
  });

  it('also when short sections make text-size notes a large share of the page', async () => {
    await check(11, 14);
  });
});
