/**
 * Developer tool: one statute, one or more articles, everything the matcher saw.
 *   npx ts-node --transpile-only scripts/eval/inspect.ts <statute file> [article ...] [--tree]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadInstrumentModels } from '../../src/instruments/model/load-instruments';
import { analyzeLaw } from '../../src/analyses/analyze-law';
import { loadLexicon } from '../../src/matching/lexicon/load-lexicon';
import { ingestStatute } from '../../src/statutes/ingest';
import { walkProvisions } from '../../src/statutes/provision.model';

async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  const articles = rest.filter((a) => !a.startsWith('--'));
  const parsed = await ingestStatute(readFileSync(file), basename(file));
  if (rest.includes('--tree')) {
    for (const p of walkProvisions(parsed.provisions)) console.log(`${'  '.repeat(p.depth)}[${p.kind}/${p.role}] ${p.citation} | ${p.heading ?? ''} | ${p.text.slice(0, 100).replace(/\n/g, ' ')}`);
  }
  const instrument = loadInstrumentModels().find((i) => i.id === 'ets185')!;
  const result = analyzeLaw({ instrument, statutes: [{ title: parsed.title, parsed }], lexicon: loadLexicon() });
  for (const a of result.articles) {
    if (articles.length && !articles.includes(a.article)) continue;
    if (!articles.length && a.status === 'not-assessed') continue;
    console.log(`\n=== Art. ${a.article} ${a.title}: ${a.status} (${a.severity})`);
    for (const r of a.reasons) console.log(`  - ${r}`);
    for (const p of a.provisions) {
      console.log(`  * ${p.citation} score ${p.score} ${p.relationship}`);
      if (articles.length) for (const e of p.elements) console.log(`      ${e.met ? '✓' : '✗'} ${e.element}: ${e.evidence ?? ''} — ${e.why}`);
    }
  }
  if (!articles.length) for (const b of result.beyondConvention) console.log(`BEYOND ${b.citation}: ${b.concern} [${b.evidence}]`);
}
main();
