import { join } from 'node:path';
import { REPO_ROOT } from '../../src/common/paths';
import { findCycle, folderGraph, importGraph } from './import-graph';

/**
 * The folders are the product's nouns and depend one way (ingest → match → review → assess →
 * reports): no import cycle between files, and none between the top-level folders of src/.
 */
describe('the import graph of src/', () => {
  const root = join(REPO_ROOT, 'src');
  const files = importGraph(root);
  // the bootstrap files (app.module, main, cli, http-app) wire every folder together; they are no folder of their own
  const wiring = new Set(['app.module', 'main', 'cli', 'http-app', 'health.controller']);
  const folders = new Map([...folderGraph(root, files)].filter(([f]) => !wiring.has(f)).map(([f, to]) => [f, to.filter((t) => !wiring.has(t))]));

  it('reads the files it checks', () => {
    expect(files.size).toBeGreaterThan(100);
    expect(folders.get('analyses')).toEqual(expect.arrayContaining(['matching', 'review', 'gaps']));
  });

  it('has no cycle between files', () => {
    // the one accepted kind: two entities of one folder naming each other in a two-way ORM relation
    const entityEdge = (from: string, to: string) => from.endsWith('.entity.ts') && to.endsWith('.entity.ts') && from.split('/').slice(0, -1).join('/') === to.split('/').slice(0, -1).join('/');
    const withoutRelations = new Map([...files].map(([f, to]) => [f, to.filter((t) => !entityEdge(f, t))]));
    const cycle = findCycle(withoutRelations);
    expect(cycle?.map((f) => f.slice(root.length + 1))).toBeUndefined();
  });

  it('has no cycle between the top-level folders', () => {
    expect(findCycle(folders)).toBeUndefined();
  });

  it('keeps the core steps apart: matching knows nothing of review, gaps or analyses; reports never read the matcher', () => {
    expect(folders.get('matching')).not.toEqual(expect.arrayContaining(['review']));
    for (const later of ['review', 'gaps', 'analyses', 'reports']) expect(folders.get('matching') ?? []).not.toContain(later);
    expect(folders.get('review') ?? []).not.toContain('gaps');
    expect(folders.get('review') ?? []).not.toContain('analyses');
    expect(folders.get('gaps') ?? []).not.toContain('analyses');
  });
});
