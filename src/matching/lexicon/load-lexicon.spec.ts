import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MATCHING_LANGUAGES } from '../../common/language';
import { loadInstrumentModels } from '../../instruments/model/load-instruments';
import { analyzerFor } from '../text/text-analysis';
import { loadLexicon } from './load-lexicon';

describe('the concept lexicon', () => {
  const lexicon = loadLexicon();

  it('loads concepts in the three matching languages and a profile for every assessed article', () => {
    expect(lexicon.concepts.length).toBeGreaterThan(50);
    for (const id of ['without-right', 'computer-system', 'traffic-data', 'subscriber-information', 'service-provider', 'csam', 'preserve', 'extradition', 'point-of-contact']) {
      const c = lexicon.concepts.find((x) => x.id === id);
      expect(c).toBeDefined();
      for (const lang of MATCHING_LANGUAGES) expect(c!.phrases[lang]?.length).toBeGreaterThan(0);
    }
    const assessed = [...Array(35).keys()].map((i) => String(i + 1)).filter((n) => n !== '23');
    expect(lexicon.profiles.filter((p) => p.instrument === 'ets185').map((p) => p.article).sort()).toEqual(assessed.sort());
    expect(lexicon.profiles.filter((p) => p.instrument === 'ets189').map((p) => p.article)).toEqual(['2', '3', '4', '5', '6', '7']);
  });

  it("links every profile element to an element of its own instrument's model", () => {
    for (const instrument of loadInstrumentModels()) {
      const ids = new Set(instrument.articles.flatMap((a) => a.elements.map((e) => e.id)));
      for (const p of lexicon.profiles.filter((x) => x.instrument === instrument.id)) for (const id of Object.keys(p.elements)) expect(ids).toContain(id);
    }
  });

  it('has no pattern word that the stop-word list silently drops', () => {
    const dropped: string[] = [];
    for (const c of lexicon.concepts) {
      for (const lang of MATCHING_LANGUAGES) {
        for (const p of c.phrases[lang] ?? []) {
          for (const slot of p.split(/\s+/)) {
            if (slot.includes('|') || slot.startsWith('@') || slot.endsWith('*') || slot === '...' || /^~\d+$/.test(slot)) continue;
            const toks = analyzerFor(lang).tokenize(slot);
            if (toks.length && toks.every((t) => t.stop)) dropped.push(`${c.id} [${lang}] "${p}": ${slot}`);
          }
        }
      }
    }
    expect(dropped).toEqual([]);
  });

  it('refuses a pattern that names an unknown concept, saying where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    mkdirSync(join(dir, 'concepts'));
    writeFileSync(join(dir, 'concepts', 'a.json'), JSON.stringify({ concepts: [{ id: 'a', label: 'a', phrases: { en: ['@nowhere data'] } }] }));
    expect(() => loadLexicon(dir)).toThrow(/concept a: pattern "@nowhere data" refers to unknown concept @nowhere/);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => loadLexicon('/nonexistent/lexicon')).toThrow(/does not exist/);
  });
});
