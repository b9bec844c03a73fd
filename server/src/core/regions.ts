import type { Node } from 'web-tree-sitter';
import { deleteCursor } from './syntax';

/**
 * Stretches of a file that some enclosing construct marks (debug-only code, a preview
 * function, an assertion call), found once per file instead of once per node asked about.
 *
 * Rules ask "is this node in debug-only code?" for every source and sink candidate a flow
 * search meets. Walking up the ancestors each time costs O(depth) calls into WebAssembly per
 * node, and real files nest deeply (FairEmail's DB.java: one builder chain of migrations
 * hundreds of levels deep), which made whole-repository scans 19× slower. One cursor walk
 * per file and kind, then a binary search per question, answers the same.
 */
export interface Region {
  start: number;
  end: number;
  /** The node whose span this is, which is not inside its own region (-1: none). */
  owner: number;
}

/** Which node types can mark regions of a kind, and the regions one of them marks. */
export interface RegionKind {
  types: ReadonlySet<string>;
  regionsOf(node: Node): readonly Region[];
}

/** A node's whole span, for constructs whose every descendant is inside. */
export function spanOf(node: Node): Region {
  return { start: node.startIndex, end: node.endIndex, owner: node.id };
}

export class RegionIndex {
  private readonly regions: Region[];
  /** prefixEnd[i]: the largest end among regions[0..i], to stop a backward scan early. */
  private readonly prefixEnd: number[];

  constructor(regions: Region[]) {
    this.regions = regions.sort((a, b) => a.start - b.start);
    let max = -1;
    this.prefixEnd = this.regions.map((r) => (max = Math.max(max, r.end)));
  }

  /** Every region the kind marks under root (root included), plus extra ones (e.g. from the text). */
  static build(root: Node, kind: RegionKind, extra: readonly Region[] = []): RegionIndex {
    const found: Region[] = [...extra];
    const cursor = root.walk();
    try {
      for (;;) {
        if (kind.types.has(cursor.nodeType)) found.push(...kind.regionsOf(cursor.currentNode));
        if (cursor.gotoFirstChild()) continue;
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return new RegionIndex(found);
        }
      }
    } finally {
      deleteCursor(cursor); // not left to web-tree-sitter's finalizer (syntax.ts)
    }
  }

  get size(): number {
    return this.regions.length;
  }

  contains(node: Node): boolean {
    if (this.regions.length === 0) return false;
    const start = node.startIndex;
    const end = node.endIndex;
    // The last region starting at or before the node, then backwards while one could still reach it.
    let lo = 0;
    let hi = this.regions.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.regions[mid]!.start <= start) { last = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let i = last; i >= 0 && this.prefixEnd[i]! >= end; i--) {
      const r = this.regions[i]!;
      if (end <= r.end && r.owner !== node.id) return true;
    }
    return false;
  }
}
