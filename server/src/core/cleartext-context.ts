import type { Node } from 'web-tree-sitter';

/**
 * Where an `http://` literal sits, beyond its own text (used by `#sc-cleartext-url?` and
 * `#sc-scheme-prefix?`): a scheme that only a loopback host gets
 * (`if (/^localhost/.test(h)) h = `http://${h}``, `isLocal ? "http://" : "https://"`) sends
 * nothing off the device. Read from the conditions of the `if`s and ternaries around the
 * literal, in any language. (The default scheme for an address typed without one is
 * `isDefaultScheme` in cleartext.ts.)
 */

const BRANCHING = /^(if_statement|if_expression|ternary_expression|conditional_expression|guard_statement)$/;
const FUNCTION = /^(function_declaration|function_expression|arrow_function|method_definition|method_declaration|constructor_declaration|init_declaration|lambda_literal|lambda_expression|anonymous_function|computed_property|class_body|source_file|program)$/;
const LOOPBACK = /localhost|127\.0\.0\.1|\[?::1\]?|loopback|\bisLocal(host)?\b|10\.0\.2\.2/i;

interface Branch {
  conditions: Node[];
  /** On the side taken when the condition holds. */
  then: boolean;
}

/** The branches of `if`s and ternaries around `n` (not their conditions), innermost first, up to the enclosing function. */
function branchesAround(n: Node): Branch[] {
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
function negated(text: string): boolean {
  const t = text.trim().replace(/^\((.*)\)$/s, '$1').trim();
  return /^!(?!=)/.test(t) || /!==?|===?\s*false\b/.test(t);
}

/** Only reached when a condition says the host is a loopback one (`localhost`, `127.0.0.1`, `::1`). */
export function inLoopbackBranch(n: Node): boolean {
  for (const b of branchesAround(n)) {
    for (const c of b.conditions) {
      const text = c.text;
      // `isLocal(h) || h.includes('127.0.0.1')`: every alternative must name a loopback host.
      if (!text.split('||').every((part) => LOOPBACK.test(part))) continue;
      if (b.then !== negated(text)) return true;
    }
  }
  return false;
}
