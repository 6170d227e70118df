import { compilePattern, ConceptResolver, findSpans, IndexedText } from './cue-pattern';

const concepts: Record<string, string[]> = {
  system: ['computer system', 'computer'],
  access: ['access', 'gains access'],
  loop: ['@loop again'],
};
const resolve: ConceptResolver = (id, language) => (concepts[id] ?? []).map((p) => compilePattern(p, language));
const quotes = (pattern: string, text: string) => {
  const t = new IndexedText(text, 'en');
  return findSpans(compilePattern(pattern, 'en'), t, resolve).map((s) => t.quote(s));
};

describe('cue patterns', () => {
  it('matches words by stem and lets function words pass', () => {
    expect(quotes('access computer', 'he accessed the computer')).toEqual(['accessed the computer']);
  });

  it('allows a short gap by default and a long one after "..."', () => {
    const text = 'access by any means whatsoever and for any purpose to the computer';
    expect(quotes('access computer', text)).toEqual([]);
    expect(quotes('access ... computer', text)).toHaveLength(1);
  });

  it('limits the gap with ~N', () => {
    expect(quotes('intent ~0 commit', 'intent to commit')).toHaveLength(1);
    expect(quotes('intent ~0 commit', 'intent a person has to commit')).toEqual([]);
  });

  it('offers alternatives and prefixes', () => {
    expect(quotes('access ~1 computer|network', 'access to a network')).toHaveLength(1);
    expect(quotes('offensive*', 'an offense under this Act')).toEqual([]);
    expect(quotes('offensive*', 'grossly offensive message')).toHaveLength(1);
  });

  it('expands concepts, nested in a pattern', () => {
    expect(quotes('@access ... @system', 'whoever gains access to any computer system')).not.toEqual([]);
  });

  it('refuses a concept that refers to itself', () => {
    expect(() => quotes('@loop', 'again and again')).toThrow(/refers to itself/);
  });
});
