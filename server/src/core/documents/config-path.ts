import type { ConfigNode } from './config-node';

/**
 * Key paths over config nodes: segments separated by `/`, each a name, `*` (any one node),
 * `**` (any number of levels, none included) or alternatives `a|b`. A path from the document
 * root selects nodes: `network-security-config/base-config|domain-config/@cleartextTrafficPermitted`.
 * Relative paths (conditions) start at a matched node; `..` steps to its parent.
 */
export type CompiledPath = readonly Segment[];
type Segment = { kind: 'names'; names: ReadonlySet<string> } | { kind: 'any' } | { kind: 'deep' } | { kind: 'up' };

export function compilePath(path: string): CompiledPath {
  return path.split('/').filter((s) => s.length > 0).map((s): Segment => {
    if (s === '*') return { kind: 'any' };
    if (s === '**') return { kind: 'deep' };
    if (s === '..') return { kind: 'up' };
    return { kind: 'names', names: new Set(s.split('|')) };
  });
}

/** The nodes a path selects from `start`, in document order, each once. */
export function select(start: ConfigNode, path: CompiledPath): ConfigNode[] {
  let current: ConfigNode[] = [start];
  for (const segment of path) {
    const next: ConfigNode[] = [];
    const seen = new Set<ConfigNode>();
    const add = (n: ConfigNode): void => {
      if (!seen.has(n)) { seen.add(n); next.push(n); }
    };
    for (const node of current) {
      switch (segment.kind) {
        case 'up':
          if (node.parent) add(node.parent);
          break;
        case 'any':
          node.children.forEach(add);
          break;
        case 'names':
          for (const c of node.children) if (segment.names.has(c.name)) add(c);
          break;
        case 'deep':
          for (const d of selfAndDescendants(node)) add(d);
          break;
      }
    }
    current = next;
  }
  return current;
}

function* selfAndDescendants(node: ConfigNode): Generator<ConfigNode> {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}
