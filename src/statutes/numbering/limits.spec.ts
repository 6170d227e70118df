/**
 * Hostile or simply large numbering (issue 12): numbers past 9999 are cited as printed, and no
 * depth of nesting overflows the stack: a tree too deep for any law is refused with TOO_DEEP, and
 * the walkers over trees are iterative. The inputs are generated here, at test time.
 */
import { DomainError } from '../../common/domain-error';
import { buildTree, flattenProvisions } from '../flatten';
import { Provision, walkProvisions } from '../provision.model';
import { MAX_PROVISION_DEPTH, parseStatute } from './parse-statute';

function numberedLaw(from: number, to: number): string[] {
  const lines = ['The Register of Offices Act'];
  for (let n = from; n <= to; n++) lines.push(`${n}. Office number ${n}`, `(1) The keeper of office ${n} shall keep a register.`, '');
  return lines;
}

function chain(depth: number): Provision {
  const root: Provision = { citation: '1', label: '1', kind: 'section', depth: 0, text: 'root', role: 'normative', line: 1, children: [] };
  let at = root;
  for (let d = 1; d < depth; d++) {
    const child: Provision = { citation: `${d}`, label: `(${d})`, kind: 'item', depth: d, text: 't', role: 'normative', line: d + 1, children: [] };
    at.children.push(child);
    at = child;
  }
  return root;
}

describe('numbering past 9999', () => {
  it('cites sections 9998 to 10003 by their own numbers, none folded into 9999', () => {
    const st = parseStatute({ format: 'text', lines: numberedLaw(9998, 10003) });
    expect(st.provisions.map((p) => p.citation)).toEqual(['9998', '9999', '10000', '10001', '10002', '10003']);
    expect(st.provisions[2].children.map((c) => c.citation)).toEqual(['10000(1)']);
    expect(st.provisions[1].text).not.toMatch(/10000/);
  });

  it('reads a law of 10,050 sections as 10,050 provisions in well under the corpus budget', () => {
    const started = Date.now();
    const st = parseStatute({ format: 'text', lines: numberedLaw(1, 10050) });
    expect(st.provisions).toHaveLength(10050);
    expect(st.provisions[10049].citation).toBe('10050');
    expect(Date.now() - started).toBeLessThan(15000);
  });
});

describe('nesting that the input controls', () => {
  /** Each repetition opens four levels below the last: (a) (i) (A) and then (1) again. */
  function deepLaw(repetitions: number): string[] {
    const lines = ['The Nesting Act', '1. Short title', '(1) This Act applies.'];
    for (let k = 0; k < repetitions; k++) lines.push('(a) one level', '(i) another', '(A) a third', '(1) and a fourth');
    return lines;
  }

  it('accepts a law nested as deep as laws are', () => {
    const st = parseStatute({ format: 'text', lines: deepLaw(2) });
    const depths = [...walkProvisions(st.provisions)].map((p) => p.depth);
    expect(Math.max(...depths)).toBe(9);
  });

  it.each([20, 5000])('refuses %i repetitions (far deeper than any law) with TOO_DEEP naming the line, not a stack overflow', (reps) => {
    let caught: unknown;
    try {
      parseStatute({ format: 'text', lines: deepLaw(reps) }, { fileName: 'deep.txt' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('TOO_DEEP');
    expect((caught as DomainError).message).toMatch(/^deep\.txt: line \d+: provisions nest more than 64 levels/);
    expect((caught as DomainError).details).toMatchObject({ limit: MAX_PROVISION_DEPTH });
  });

  it('walks, flattens and rebuilds a tree 100,000 levels deep without recursion', () => {
    const root = chain(100_000);
    expect([...walkProvisions([root])]).toHaveLength(100_000);
    const rows = flattenProvisions([root]);
    expect(rows).toHaveLength(100_000);
    expect(rows[99_999].parentPosition).toBe(99_998);
    const back = buildTree(rows);
    let depth = 0;
    for (let at = back[0]; at.children.length; at = at.children[0]) depth++;
    expect(depth).toBe(99_999);
  });
});
