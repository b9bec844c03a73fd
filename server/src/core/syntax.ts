import type { Node, TreeCursor } from 'web-tree-sitter';
import type { GrammarId } from './types';

/**
 * The few facts about each grammar that the shared predicates need. Keeping them in one
 * table lets one predicate ("this body never throws") serve Java, Kotlin, Swift and TS.
 */
interface SyntaxFacts {
  /** Node types that call something, mapped to how to find the callee. */
  calls: Record<string, (call: Node) => Node | null>;
  throws: ReadonlySet<string>;
  returns: ReadonlySet<string>;
  comments: ReadonlySet<string>;
  /** Function-like nodes: a `return` inside a nested one does not return from ours. */
  functions: ReadonlySet<string>;
}

const field = (name: string) => (n: Node) => n.childForFieldName(name);
const firstNamed = (n: Node) => n.firstNamedChild;

const JAVA: SyntaxFacts = {
  calls: { method_invocation: field('name'), object_creation_expression: field('type'), explicit_constructor_invocation: firstNamed },
  throws: new Set(['throw_statement']),
  returns: new Set(['return_statement']),
  comments: new Set(['line_comment', 'block_comment']),
  functions: new Set(['method_declaration', 'lambda_expression', 'class_body', 'constructor_declaration']),
};

const KOTLIN: SyntaxFacts = {
  calls: { call_expression: firstNamed, constructor_delegation_call: firstNamed },
  throws: new Set(['throw_expression']),
  returns: new Set(['return_expression']),
  comments: new Set(['line_comment', 'block_comment']),
  functions: new Set(['function_declaration', 'lambda_literal', 'anonymous_function', 'class_body']),
};

const SWIFT: SyntaxFacts = {
  calls: { call_expression: firstNamed, constructor_expression: firstNamed, macro_invocation: firstNamed }, // `#expect(…)` is a call too
  throws: new Set(['throw_keyword']),
  returns: new Set(['control_transfer_statement']),
  comments: new Set(['comment', 'multiline_comment']),
  functions: new Set(['function_declaration', 'lambda_literal', 'class_body', 'init_declaration']),
};

const TYPESCRIPT: SyntaxFacts = {
  calls: { call_expression: field('function'), new_expression: field('constructor') },
  throws: new Set(['throw_statement']),
  returns: new Set(['return_statement']),
  comments: new Set(['comment']),
  functions: new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class_body', 'generator_function_declaration']),
};

const XML: SyntaxFacts = {
  calls: {},
  throws: new Set(),
  returns: new Set(),
  comments: new Set(['Comment']),
  functions: new Set(),
};

export const SYNTAX: Record<GrammarId, SyntaxFacts> = {
  java: JAVA,
  kotlin: KOTLIN,
  swift: SWIFT,
  typescript: TYPESCRIPT,
  tsx: TYPESCRIPT,
  xml: XML,
};

/** `Log.d(…)` → `d`; `new Foo.Bar(…)` → `Bar`; `a.b { … }` → `b`. */
export function calleeName(grammar: GrammarId, call: Node): string | undefined {
  const callee = SYNTAX[grammar].calls[call.type]?.(call);
  if (!callee) return undefined;
  let last: Node = callee;
  // Walk down the right spine: navigation/member expressions end in the called name.
  while (last.namedChildCount > 0 && !/identifier$/.test(last.type)) {
    const next = last.lastNamedChild;
    if (!next || /arguments|type_arguments|call_suffix/.test(next.type)) break;
    last = next;
  }
  const match = /([A-Za-z_$][\w$]*)\s*$/.exec(last.text);
  return match?.[1];
}

/** Some call around `start`, at any depth, has a callee name that passes `test`. */
export function insideCallTo(grammar: GrammarId, start: Node, test: { test(name: string): boolean }): boolean {
  const { calls } = SYNTAX[grammar];
  for (let n = start.parent; n; n = n.parent) {
    if (n.type in calls && test.test(calleeName(grammar, n) ?? '')) return true;
  }
  return false;
}

/**
 * Visits the descendants of `root` that belong to the same function: nested function
 * declarations, lambdas and classes are not entered (their returns are not ours).
 */
export function* ownDescendants(grammar: GrammarId, root: Node): Generator<Node> {
  const facts = SYNTAX[grammar];
  const stack: Node[] = [...root.namedChildren].filter((n): n is Node => n !== null).reverse();
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    if (facts.functions.has(node.type)) continue;
    for (let i = node.namedChildCount - 1; i >= 0; i--) {
      const child = node.namedChild(i);
      if (child) stack.push(child);
    }
  }
}

/** Every descendant, nested functions included (a delegate call in a lambda still delegates). */
export function* allDescendants(root: Node): Generator<Node> {
  const cursor = root.walk();
  try {
    let depth = 0;
    if (!cursor.gotoFirstChild()) return;
    depth++;
    for (;;) {
      const node = cursor.currentNode;
      if (node.isNamed) yield node;
      if (cursor.gotoFirstChild()) { depth++; continue; }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || --depth === 0) return;
      }
    }
  } finally {
    // Also when the caller stops early (`return` inside `for…of`): see deleteCursor.
    deleteCursor(cursor);
  }
}

/**
 * Every TreeCursor must be deleted explicitly. web-tree-sitter (0.27.1) registers a
 * finalizer for cursors that the garbage collector runs for a cursor never deleted; it calls
 * `ts_tree_cursor_delete_wasm` with the *tree's* address but without first copying that
 * cursor into the shared transfer buffer (which `delete()` does). It so frees whatever cursor
 * state the buffer holds at that moment: a double free that corrupts the WASM heap and shows
 * up later, in an unrelated parse, as the trap "null function or function signature
 * mismatch". A deleted cursor is unregistered from the finalizer.
 */
export function deleteCursor(cursor: TreeCursor): void {
  cursor.delete();
}

/**
 * Where the first syntax error is (zero-based line), descending only into subtrees that
 * contain one; undefined for a clean tree. Says how far a half-typed file could be read.
 */
export function firstSyntaxErrorLine(root: Node): number | undefined {
  if (!root.hasError) return undefined;
  const cursor = root.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (node.isError || node.isMissing) return node.startPosition.row;
      // Into the first child that holds an error; a node can be marked only by its own ERROR.
      let found = false;
      if (cursor.gotoFirstChild()) {
        do {
          const child = cursor.currentNode;
          if (child.isError || child.isMissing || child.hasError) { found = true; break; }
        } while (cursor.gotoNextSibling());
      }
      if (!found) return node.startPosition.row;
    }
  } finally {
    deleteCursor(cursor);
  }
}
