/**
 * Visibly damaged sources, on invented statutes: cut records, numbering gaps, quotations never
 * closed; and the same statutes undamaged, which must yield no sign at all.
 */
import { parseStatute } from './parse-statute';
import { detectDamage } from './damage';
import type { Provision } from '../provision.model';

const parse = (lines: string[]) => parseStatute({ format: 'text', lines }, { fileName: 'invented.txt' });

const SOUND = [
  'The Orchard Protection Act',
  '1. Short title',
  'This Act may be cited as the Orchard Protection Act.',
  '2. Interpretation',
  'In this Act, "orchard" means land planted with fruit trees.',
  '3. Trespass in an orchard',
  '(1) A person who enters an orchard without the consent of its keeper commits an offence.',
  '(2) Whoever commits the offence of subsection (1) is liable to a fine.',
  '4. Commencement',
  'This Act comes into force on the day the Minister appoints.',
];

describe('detectDamage', () => {
  it('finds nothing in a sound statute', () => {
    const st = parse(SOUND);
    expect(st.damage).toEqual([]);
    expect(st.warnings.filter((w) => /damaged source/.test(w))).toEqual([]);
  });

  it('reports a record cut inside a word, naming the provision', () => {
    const lines = SOUND.slice();
    lines[7] = '(1) A person who enters an orchard without the consent of its keeper commits an offence and is liable to forfeit the fruit he gathers.';
    lines[8] = '(2) A person who, in an orchard, damages a tree or the fence around the orch';
    const st = parse(lines.slice(0, 9).concat(SOUND.slice(8)));
    expect(st.damage).toEqual([expect.objectContaining({ citation: '3(2)', kind: 'truncated' })]);
    expect(st.damage![0].reason).toMatch(/cut in two/);
    expect(st.warnings.some((w) => /^invented\.txt: damaged source: 3\(2\) stops mid-sentence/.test(w))).toBe(true);
  });

  it('reports a law whose text stops on a word no sentence ends with', () => {
    const st = parse([...SOUND.slice(0, 9), 'This Act comes into force on the day the Minister appoints by notice in the']);
    expect(st.damage).toEqual([expect.objectContaining({ citation: '4', kind: 'truncated' })]);
  });

  it('does not mistake a heading leaked after the last sentence, or page chrome, for a cut', () => {
    const leaked = [...SOUND.slice(0, 7), '(1) A person who enters an orchard commits an offence. Part II – Enforcement and appeals', ...SOUND.slice(8)];
    expect(parse(leaked).damage).toEqual([]);
    const chrome = [...SOUND, 'Home | Contact the Registry · Privacy Notice Follow the Registry on Social Media'];
    expect(parse(chrome).damage).toEqual([]);
  });

  it('does not take a sentence merely printed without its full stop for a cut', () => {
    const lines = SOUND.slice();
    lines[9] = 'This Act comes into force on the day the Minister appoints';
    expect(parse(lines).damage).toEqual([]);
  });

  it('reports a gap in the numbering of an act numbered from 1, not the jumps of a code extract', () => {
    const gap = [
      'The Orchard Protection Act',
      ...[1, 2, 3, 4, 5, 9, 10].flatMap((n) => [`${n}. Rule ${n}`, `The keeper of orchard ${n} shall keep a register.`]),
    ];
    const st = parse(gap);
    expect(st.damage).toEqual([
      { citation: '6', kind: 'numbering-gap', reason: 'no provision numbered 6 to 8 between 5 and 9: the source may have lost them' },
    ]);
    const extract = ['Extract of the Rural Code', ...[210, 211, 214, 215].flatMap((n) => [`${n}. Rule ${n}`, `The keeper of orchard ${n} shall keep a register.`])];
    expect(parse(extract).damage).toEqual([]);
  });

  it('counts a range printed as one provision ("3 and 4") as both numbers', () => {
    const section = (citation: string, label = citation): Provision => ({
      citation, label, kind: 'section', depth: 0, text: 'The keeper shall keep a register.', role: 'normative', line: 1, children: [],
    });
    expect(detectDamage([section('1'), section('2'), section('3', '3 and 4'), section('5')])).toEqual([]);
    expect(detectDamage([section('1'), section('2'), section('3'), section('5')])).toHaveLength(1);
  });

  it('reports an amending provision whose quoted new wording is never closed', () => {
    const lines = [
      'The Orchard Protection (Amendment) Act',
      '1. Short title',
      'This Act may be cited as the Orchard Protection (Amendment) Act.',
      '2. Amendment of section 3',
      'Section 3 of the principal Act is amended by the substitution for subsection (2) of the following— "(2) Whoever commits the offence of subsection (1) is liable to a fine not exceeding level four or to imprisonment for a period not exceeding',
      '3. Commencement',
      'This Act comes into force on publication.',
    ];
    const st = parse(lines);
    expect(st.damage).toEqual([expect.objectContaining({ kind: 'open-quotation', citation: '2' })]);
    // closed quotations, in straight or curly marks or mixed, are no damage
    lines[4] = 'Section 3 of the principal Act is amended by the substitution of the following— "(2) Whoever commits the offence of subsection (1) is liable to a fine.”';
    expect(parse(lines).damage).toEqual([]);
  });

  it('reads the damage from a tree alone, so a stored statute can be checked again', () => {
    const lines = SOUND.slice();
    lines[9] = 'This Act comes into force on the day the keeper of the orch';
    const st = parse(lines);
    expect(detectDamage(st.provisions)).toEqual(st.damage);
    expect(st.damage).toHaveLength(1);
  });
});
