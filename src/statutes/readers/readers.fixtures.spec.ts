/**
 * The same law (our fictional Avalonia Computer Offences Act 2024) in five formats must read to
 * the same lines, and the broken files in test/fixtures/not-ok must fail with the right code.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DomainError } from '../../common/domain-error';
import { canonicalLines } from '../../../test/fixtures/make-fixtures';
import { parseStatute } from '../numbering';
import { walkProvisions } from '../provision.model';
import { readSource } from './index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const BASE = 'avalonia-computer-offences-act-2024';
const FORMATS: Array<[string, string]> = [
  ['txt', 'text'],
  ['html', 'html'],
  ['docx', 'docx'],
  ['pdf', 'pdf'],
  ['akn.xml', 'akn'],
];

function read(dir: 'ok' | 'not-ok', name: string) {
  return readSource(fs.readFileSync(path.join(FIXTURES, dir, name)), name);
}

const normalise = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ' ').trim());

describe('one law in five formats', () => {
  it.each(FORMATS)('the .%s file reads to the canonical lines', async (ext, format) => {
    const doc = await read('ok', `${BASE}.${ext}`);
    expect(doc.format).toBe(format);
    expect(normalise(doc.lines)).toEqual(canonicalLines());
  });

  it('every format gives the same provision tree (citations, headings, kinds)', async () => {
    const trees: string[][] = [];
    for (const [ext] of FORMATS) {
      const doc = await read('ok', `${BASE}.${ext}`);
      const parsed = parseStatute(doc, { fileName: `${BASE}.${ext}`, language: 'en' });
      trees.push([...walkProvisions(parsed.provisions)].map((p) => `${p.kind} ${p.citation} ${p.heading ?? ''}`.trim()));
    }
    expect(trees[0].length).toBeGreaterThanOrEqual(8);
    for (const t of trees.slice(1)) expect(t).toEqual(trees[0]);
    expect(trees[0]).toEqual(expect.arrayContaining([expect.stringMatching(/^section 3 Unauthorised access$/)]));
  });

  it('titles come from the format where it carries one', async () => {
    expect((await read('ok', `${BASE}.html`)).title).toBe('Computer Offences Act 2024');
    expect((await read('ok', `${BASE}.docx`)).title).toBe('Computer Offences Act 2024');
    const akn = await read('ok', `${BASE}.akn.xml`);
    expect(akn.title).toBe('Computer Offences Act 2024');
    expect(akn.declaredLanguage).toBe('en');
  });
});

describe('files the readers refuse', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['binary-garbage.bin', 'UNSUPPORTED_FORMAT', /Accepted formats: .*PDF.*docx.*Akoma Ntoso/],
    ['truncated.pdf', 'MALFORMED_FILE', /truncated or damaged/],
    ['not-a-zip.docx', 'MALFORMED_FILE', /not a Word document/],
    ['truncated.docx', 'MALFORMED_FILE', /cannot be read/],
    ['entity-expansion.xml', 'UNSAFE_XML', /declares entities/],
    ['empty.txt', 'EMPTY_FILE', /empty/],
    ['metadata-only.akn.xml', 'METADATA_ONLY', /references an external document \(xa_data_protection_bill_2021\.pdf\)/],
  ];
  it.each(cases)('%s fails with %s and a message naming the file', async (name, code, message) => {
    const err = await read('not-ok', name).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe(code);
    expect((err as DomainError).message).toContain(name);
    expect((err as DomainError).message).toMatch(message);
  });
});
