import type { Node } from 'web-tree-sitter';

/**
 * The `if`s, `guard`s and ternaries around a node, with the side of each it sits on: what
 * must hold (or fail) for the node to run. Shared by the questions "is this reached only for
 * a loopback host" (cleartext-context.ts) and "only after the app checked the certificate"
 * (checked-before.ts).
 */
const BRANCHING = /^(if_statement|if_expression|ternary_expression|conditional_expression|guard_statement)$/;
const FUNCTION = /^(function_declaration|function_expression|arrow_function|method_definition|method_declaration|constructor_declaration|init_declaration|lambda_literal|lambda_expression|anonymous_function|computed_property|class_body|source_file|program)$/;

export interface Branch {
  conditions: Node[];
  /** On the side taken when the condition holds. */
  then: boolean;
}

/** The branches of `if`s and ternaries around `n` (not their conditions), innermost first, up to the enclosing function. */
export function branchesAround(n: Node): Branch[] {
  const out: Branch[] = [];
  for (let child = n, p = n.parent; p; child = p, p = p.parent) {
    if (FUNCTION.test(p.type)) break;
    if (!BRANCHING.test(p.type)) continue;
    const conditions = conditionsOf(p);
    if (conditions.length === 0 || conditions.some((c) => c.startIndex <= child.startIndex && child.endIndex <= c.endIndex)) continue;
    out.push({ conditions, then: inThenSide(p, child) });
  }
  return out;
}

function conditionsOf(branching: Node): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < branching.childCount; i++) {
    if (branching.fieldNameForChild(i) === 'condition') {
      const c = branching.child(i);
      if (c && c.isNamed) out.push(c);
    }
  }
  return out;
}

function inThenSide(branching: Node, child: Node): boolean {
  const alternative = branching.childForFieldName('alternative') ?? branching.childForFieldName('if_false');
  if (alternative) return child.startIndex < alternative.startIndex;
  for (let i = 0; i < branching.childCount; i++) {
    const c = branching.child(i);
    if (c && (c.type === 'else' || c.type === 'else_clause')) return child.startIndex < c.startIndex;
  }
  return true;
}

/** `!x`, `x == false`, `x != y`: the condition holds when the test it makes fails. */
export function negated(text: string): boolean {
  const t = text.trim().replace(/^\((.*)\)$/s, '$1').trim();
  return /^!(?!=)/.test(t) || /!==?|===?\s*false\b/.test(t);
}

