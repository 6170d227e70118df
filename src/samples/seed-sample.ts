import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../common/paths';
import { AnalysisService, StoredAnalysis } from '../analyses/analyses.service';
import { StatutesService } from '../statutes/statutes.service';

export const SAMPLE_JURISDICTION = 'XA';

/**
 * Imports the sample statute of our fictional country (data/samples) and analyses it, so that a new
 * user sees a real report at once. Idempotent: an unchanged sample adds no version.
 */
export async function seedSample(statutes: StatutesService, analyses: AnalysisService): Promise<StoredAnalysis> {
  const dir = join(DATA_DIR, 'samples');
  const files = readdirSync(dir).filter((f) => f.toLowerCase().startsWith(SAMPLE_JURISDICTION.toLowerCase() + '-') && f.endsWith('.txt'));
  let changed = false;
  for (const f of files) {
    const result = await statutes.importStatute({ jurisdiction: SAMPLE_JURISDICTION, fileName: f, bytes: readFileSync(join(dir, f)), language: 'en', status: 'in-force' });
    changed ||= result.outcome !== 'unchanged';
  }
  if (!changed) {
    try {
      return await analyses.latest(SAMPLE_JURISDICTION);
    } catch {
      /* never analysed: fall through */
    }
  }
  return analyses.analyze(SAMPLE_JURISDICTION);
}
