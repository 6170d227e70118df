/**
 * Drafting styles as data: each file in `styles/` lists invented statutes (our own words) with the
 * citations a reader of that style expects. One spec reads them all, so a new style is a new entry,
 * not more code. Fields of `expected` (each optional):
 * - `tops`: the law's own sections or articles, in order, containers looked through;
 * - `children`: citation → the citations of its children, in order;
 * - `citations`: citations that must exist; `absent`: citations that must not;
 * - `roles`: citation → role; `headings`: citation → heading; `texts`: citation → a regex its text matches.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ParsedStatute, Provision, ProvisionRole } from '../provision.model';
import { walkProvisions } from '../provision.model';
import { parseStatute } from './parse-statute';

interface StyleCase {
  style: string;
  language?: string;
  input: string[];
  expected: {
    tops?: string[];
    children?: Record<string, string[]>;
    citations?: string[];
    absent?: string[];
    roles?: Record<string, ProvisionRole>;
    headings?: Record<string, string>;
    texts?: Record<string, string>;
  };
}

const DIR = path.join(__dirname, 'styles');
const cases: [string, StyleCase][] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as StyleCase[]).map((c) => [`${f}: ${c.style}`, c] as [string, StyleCase]));

function tops(ps: Provision[], out: string[] = []): string[] {
  for (const p of ps) {
    if (p.kind === 'section' || p.kind === 'article') out.push(p.citation);
    else tops(p.children, out);
  }
  return out;
}

function find(st: ParsedStatute, citation: string): Provision {
  for (const p of walkProvisions(st.provisions)) if (p.citation === citation) return p;
  throw new Error(`no provision ${citation}; have ${[...walkProvisions(st.provisions)].map((p) => p.citation).filter(Boolean).join(', ')}`);
}

describe('drafting styles (styles/*.json)', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(5));

  it.each(cases)('%s', (_name, c) => {
    const st = parseStatute({ format: 'text', lines: c.input }, { language: c.language, fileName: 'fixture' });
    const e = c.expected;
    const all = [...walkProvisions(st.provisions)].map((p) => p.citation);
    if (e.tops) expect(tops(st.provisions)).toEqual(e.tops);
    for (const [cite, kids] of Object.entries(e.children ?? {})) expect([cite, find(st, cite).children.map((k) => k.citation)]).toEqual([cite, kids]);
    if (e.citations) expect(e.citations.filter((x) => !all.includes(x))).toEqual([]);
    if (e.absent) expect(e.absent.filter((x) => all.includes(x))).toEqual([]);
    for (const [cite, role] of Object.entries(e.roles ?? {})) expect([cite, find(st, cite).role]).toEqual([cite, role]);
    for (const [cite, heading] of Object.entries(e.headings ?? {})) expect([cite, find(st, cite).heading]).toEqual([cite, heading]);
    for (const [cite, re] of Object.entries(e.texts ?? {})) expect([cite, find(st, cite).text]).toEqual([cite, expect.stringMatching(new RegExp(re))]);
  });
});
