import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestStatute } from '../statutes/ingest';
import { AnalysisResult } from '../analyses/analyze-law';
import { analyseDraft, articleOf } from './testing/statute-builder';

/**
 * Real statutes from the shared corpus (read at run time, never copied): the matcher's reading of
 * a few well-known provisions. Skips when ../shared is absent.
 */
const SHARED = resolve(__dirname, '..', '..', '..', 'shared');
const STATUTES = join(SHARED, 'corpus', 'statutes');
const describeIfCorpus = existsSync(STATUTES) ? describe : describe.skip;
if (!existsSync(STATUTES)) console.log(`corpus-statutes.spec: ${STATUTES} is absent; skipping the corpus checks.`);

async function analyse(file: string): Promise<AnalysisResult> {
  const parsed = await ingestStatute(readFileSync(join(STATUTES, file)), file);
  return analyseDraft(parsed);
}

describeIfCorpus('the matcher on corpus statutes', () => {
  let uk: AnalysisResult;
  let fr: AnalysisResult;
  let sg: AnalysisResult;
  beforeAll(async () => {
    uk = await analyse('gb-computer-misuse-act-1990.txt');
    fr = await analyse('fr-code-penal-atteintes-stad-art-323.txt');
    sg = await analyse('sg-computer-misuse-act-1993.txt');
  });

  it('UK Computer Misuse Act: unauthorised access in s. 1, no interception offence, a search warrant power', () => {
    expect(articleOf(uk, '2').provisions[0].citation).toMatch(/^1\b|^1\(/);
    expect(articleOf(uk, '2').status).toBe('covered');
    expect(articleOf(uk, '3').status).toBe('missing');
    expect(articleOf(uk, '19').provisions[0].citation).toMatch(/^14/);
    expect(articleOf(uk, '24').status).toBe('missing');
  });

  it('French Code pénal extract: access in 323-1, hindering in 323-2, no procedural powers', () => {
    expect(articleOf(fr, '2').provisions[0].citation).toBe('323-1');
    expect(articleOf(fr, '5').provisions[0].citation).toBe('323-2');
    for (const a of ['16', '18', '19', '20', '21']) expect(articleOf(fr, a).status).toBe('missing');
  });

  it('Singapore Computer Misuse Act: access in s. 3, no Chapter III provisions', () => {
    expect(articleOf(sg, '2').provisions[0].citation).toMatch(/^3\b|^3\(/);
    for (const a of ['25', '27', '29', '31', '35']) expect(articleOf(sg, a).status).toBe('missing');
  });
});
