import { Provision } from './provision.model';

/** A provision row in document order; `parentPosition` points to its parent's position. */
export interface FlatProvision extends Omit<Provision, 'children'> {
  position: number;
  parentPosition: number | null;
}

/** Rows in document order. Iterative: the depth of a stored tree is its source's to choose. */
export function flattenProvisions(roots: Provision[]): FlatProvision[] {
  const out: FlatProvision[] = [];
  const stack: { p: Provision; parentPosition: number | null }[] = [];
  for (let k = roots.length - 1; k >= 0; k--) stack.push({ p: roots[k], parentPosition: null });
  while (stack.length) {
    const { p, parentPosition } = stack.pop()!;
    const { children, ...rest } = p;
    const position = out.length;
    out.push({ ...rest, position, parentPosition });
    for (let k = children.length - 1; k >= 0; k--) stack.push({ p: children[k], parentPosition: position });
  }
  return out;
}

export function buildTree(rows: FlatProvision[]): Provision[] {
  const byPosition = new Map<number, Provision>();
  const roots: Provision[] = [];
  for (const r of [...rows].sort((a, b) => a.position - b.position)) {
    const { position, parentPosition, ...rest } = r;
    const node: Provision = { ...rest, children: [] };
    byPosition.set(position, node);
    const parent = parentPosition === null ? undefined : byPosition.get(parentPosition);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Which citations were added, removed or changed in wording between two versions. */
export function diffProvisions(before: FlatProvision[], after: FlatProvision[]): { added: string[]; removed: string[]; changed: string[] } {
  const key = (p: FlatProvision) => p.citation || `${p.kind}:${p.label}`;
  const old = new Map(before.map((p) => [key(p), `${p.heading ?? ''}\n${p.text}`]));
  const now = new Map(after.map((p) => [key(p), `${p.heading ?? ''}\n${p.text}`]));
  return {
    added: [...now.keys()].filter((k) => !old.has(k)),
    removed: [...old.keys()].filter((k) => !now.has(k)),
    changed: [...now.keys()].filter((k) => old.has(k) && old.get(k) !== now.get(k)),
  };
}
