import type { Language, Node, TreeCursor } from 'web-tree-sitter';
import { ERROR_SYMBOL } from './steps';

/**
 * A syntax tree copied into flat arrays, in the order tree-sitter's query cursor visits it:
 * the visible nodes in preorder, so a node's index is its TreeCursor descendant index.
 * Every property the matcher reads crosses into WebAssembly once per node here (type, field,
 * range: ~1 µs a node), instead of once per query and node; all rules of a file share it.
 * Node objects are made only for captured nodes (nodeAt).
 */
export class FlatTree {
  readonly count: number;
  readonly type: Uint16Array;
  readonly field: Uint16Array;
  readonly depth: Uint32Array;
  readonly parent: Int32Array;
  /** The next visible sibling, or -1. */
  readonly next: Int32Array;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** 1 when the node is named. */
  readonly named: Uint8Array;
  /** 1 when a later sibling is named (tree-sitter's has_later_named_siblings). */
  readonly laterNamed: Uint8Array;
  private readonly nodes = new Map<number, Node>();
  /** laterFieldSibling() per node: 0 unknown yet, 1 no, 2 yes. */
  private laterField: Uint8Array | undefined;
  private cursor: TreeCursor | undefined;

  constructor(readonly root: Node, namedTypes: NamedTypes) {
    const n = root.descendantCount;
    this.count = n;
    const type = (this.type = new Uint16Array(n));
    const field = (this.field = new Uint16Array(n));
    const depth = (this.depth = new Uint32Array(n));
    const parent = (this.parent = new Int32Array(n));
    const next = (this.next = new Int32Array(n).fill(-1));
    const start = (this.start = new Uint32Array(n));
    const end = (this.end = new Uint32Array(n));
    const named = (this.named = new Uint8Array(n));
    const laterNamed = (this.laterNamed = new Uint8Array(n));
    const cursor = root.walk();
    try {
      const stack: number[] = [];
      let d = 0;
      let i = 0;
      for (;;) {
        const t = cursor.nodeTypeId;
        type[i] = t;
        named[i] = namedTypes.isNamed(t) ? 1 : 0;
        field[i] = cursor.currentFieldId;
        start[i] = cursor.startIndex;
        end[i] = cursor.endIndex;
        depth[i] = d;
        parent[i] = stack.length ? stack[stack.length - 1]! : -1;
        const current = i++;
        if (cursor.gotoFirstChild()) {
          stack.push(current);
          d++;
          continue;
        }
        let sibling = current;
        while (!cursor.gotoNextSibling()) {
          if (!stack.length || !cursor.gotoParent()) {
            sibling = -1;
            break;
          }
          sibling = stack.pop()!;
          d--;
        }
        if (sibling < 0) break;
        next[sibling] = i;
      }
      if (i !== n) throw new Error(`flat tree: visited ${i} nodes, expected ${n}`);
    } finally {
      cursor.delete();
    }
    for (let i = n - 1; i >= 0; i--) {
      const s = next[i]!;
      laterNamed[i] = s >= 0 && (named[s] === 1 || laterNamed[s] === 1) ? 1 : 0;
    }
  }

  /** The Node at a preorder index (its descendant index below the root). */
  nodeAt(index: number): Node {
    let node = this.nodes.get(index);
    if (!node) {
      this.cursor ??= this.root.walk();
      this.cursor.gotoDescendant(index);
      node = this.cursor.currentNode;
      this.nodes.set(index, node);
    }
    return node;
  }

  /** Frees the cursor kept for nodeAt(); the arrays stay usable. */
  release(): void {
    this.cursor?.delete();
    this.cursor = undefined;
  }

  /**
   * Whether tree-sitter's can_have_later_siblings_with_this_field is surely true for node
   * `index`: a later sibling has the same field, and an anonymous sibling without a field
   * stands between them. tree-sitter reads the grammar's field map; the tree shows only the
   * innermost field of each visible node, and siblings that get their field from one hidden
   * parent (`let`, `=`, `x` of one Swift guard condition) do not count. A sibling with no
   * field at all cannot be inside such a parent, so the two are children of different
   * hidden (or visible) nodes, each with the field. (An anonymous node is not an extra such
   * as a comment, which would have no field anywhere.) When this says no, the matcher treats
   * the answer as unknown.
   */
  laterFieldSibling(index: number): boolean {
    const known = (this.laterField ??= new Uint8Array(this.count));
    let answer = known[index]!;
    if (answer === 0) {
      const f = this.field[index]!;
      let separated = false;
      answer = 1;
      for (let c = this.next[index]!; c >= 0; c = this.next[c]!) {
        if (separated && this.field[c] === f) {
          answer = 2;
          break;
        }
        if (this.named[c] === 0 && this.field[c] === 0) separated = true;
      }
      known[index] = answer;
    }
    return answer === 2;
  }

  /**
   * A child of `index` with this field exists (`!field`). tree-sitter asks
   * ts_node_child_by_field_id, which also sees a field that a hidden parent of the child
   * carries, where the field array holds the innermost field: asked the same way.
   */
  hasChildWithField(index: number, fieldId: number): boolean {
    return this.nodeAt(index).childForFieldId(fieldId) !== null;
  }
}

/** Which node type ids are named, per language (ERROR is named). */
export class NamedTypes {
  private readonly known = new Map<number, boolean>();

  constructor(private readonly language: Pick<Language, 'nodeTypeIsNamed'>) {}

  isNamed(typeId: number): boolean {
    let named = this.known.get(typeId);
    if (named === undefined) {
      named = typeId === ERROR_SYMBOL || this.language.nodeTypeIsNamed(typeId);
      this.known.set(typeId, named);
    }
    return named;
  }
}
