import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file with a package.json (works from src/ and dist/). */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(start, '..', '..');
    dir = up;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot(__dirname);
export const DATA_DIR = join(REPO_ROOT, 'data');
/** Corpus, gold tables and design notes shared beside the repository; read at run time, never copied in. */
export const SHARED_DIR = process.env.CONCORDANCE_SHARED_DIR ?? resolve(REPO_ROOT, '..', 'shared');
