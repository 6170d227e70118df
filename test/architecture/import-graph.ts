import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The relative imports of every non-test TypeScript file under a folder (type-only imports included: they are dependencies of the design too). */
export function importGraph(root: string): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !full.includes(`${join('matching', 'testing')}`)) files.push(full);
    }
  };
  walk(root);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
      const base = resolve(dirname(f), m[1]);
      const target = [`${base}.ts`, join(base, 'index.ts')].find((c) => files.includes(c));
      if (target) targets.push(target);
    }
    graph.set(f, targets);
  }
  return graph;
}

/** The first cycle found in a graph, as a path that returns to its start, or undefined. */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of graph.keys()) {
    if (state.has(n)) continue;
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

/** The folder graph: `src/<folder>` → the other top-level folders it imports from. */
export function folderGraph(root: string, files: Map<string, string[]>): Map<string, string[]> {
  const folderOf = (f: string) => relative(root, f).split(/[\\/]/)[0].replace(/\.ts$/, '');
  const out = new Map<string, Set<string>>();
  for (const [f, targets] of files) {
    const from = folderOf(f);
    if (!out.has(from)) out.set(from, new Set());
    for (const t of targets) if (folderOf(t) !== from) out.get(from)!.add(folderOf(t));
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}
