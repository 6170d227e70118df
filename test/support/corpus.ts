import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared corpus beside the repository; suites that need it skip with a message when it is absent. */
export const SHARED = process.env.CONCORDANCE_SHARED_DIR ?? resolve(__dirname, '..', '..', '..', 'shared');
export const hasCorpus = existsSync(join(SHARED, 'corpus'));
export const corpusPath = (...parts: string[]) => join(SHARED, 'corpus', ...parts);

export const describeWithCorpus: jest.Describe = hasCorpus
  ? describe
  : (((name: string, fn: () => void) => {
      // eslint-disable-next-line no-console
      console.warn(`skipping "${name}": ${SHARED} is absent (the shared corpus is read at run time, never copied in)`);
      describe.skip(name, fn);
    }) as unknown as jest.Describe);
