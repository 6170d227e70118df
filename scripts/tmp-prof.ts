import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadInstrumentModels } from '../src/instruments/model/load-instruments';
import { loadLexicon } from '../src/matching/lexicon/load-lexicon';
import { analyzeLaw } from '../src/analyses/analyze-law';
import { baselineAnalyze } from '../src/matching/baseline';
import { assessedArticles } from '../src/matching/match';
import { ingestStatute } from '../src/statutes/ingest';
(async () => {
  const inst = loadInstrumentModels().find((i) => i.id === 'ets185')!;
  const lex = loadLexicon();
  const dir = '/work/shared/corpus/statutes';
  const parsed = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) parsed.push(await ingestStatute(readFileSync(join(dir, f)), f));
  const assessed = new Set(assessedArticles(lex, inst).map((a) => a.number));
  for (let round = 0; round < 3; round++) {
    let t = performance.now();
    for (const p of parsed) analyzeLaw({ instrument: inst, statutes: [{ title: p.title, parsed: p }], lexicon: lex });
    const a = performance.now() - t;
    t = performance.now();
    for (const p of parsed) baselineAnalyze({ instrument: inst, statutes: [{ title: p.title, parsed: p }], assessed });
    console.log(`round ${round}: analyze ${a.toFixed(0)} ms, baseline ${(performance.now() - t).toFixed(0)} ms`);
  }
})();
