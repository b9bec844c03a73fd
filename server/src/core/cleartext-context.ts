import type { Node } from 'web-tree-sitter';

/**
 * Where an `http://` literal sits, beyond its own text (used by `#sc-cleartext-url?`):
 * - a scheme that only a loopback host gets (`if (/^localhost/.test(h)) h = `http://${h}``):
 *   the traffic never leaves the device;
 * - a default scheme for an address that has none (`if (!u.startsWith('http')) u = 'http://' + u`):
 *   whoever typed the address chose its scheme, and an address typed with https:// keeps it.
 * Both read the conditions of the `if`s and ternaries around the literal, in any language.
 */

const BRANCHING = /^(if_statement|if_expression|ternary_expression|conditional_expression)$/;
const FUNCTION = /^(function_declaration|function_expression|arrow_function|method_definition|method_declaration|constructor_declaration|init_declaration|lambda_literal|lambda_expression|anonymous_function|computed_property|class_body|source_file|program)$/;
const LOOPBACK = /localhost|127\.0\.0\.1|\[?::1\]?|loopback|\bisLocal(host)?\b|10\.0\.2\.2/i;
const SCHEME_TEST = /https?|:\/\/|scheme|protocol/i;
const BARE_SCHEME = /^(http|ws):\/\/$/i;

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

/**
 * `'http://' + u` / `` `http://${u}` `` / `"http://\(u)"`, where an `if` or ternary around it
 * tests `u` for a scheme: the default for an address typed without one.
 */
export function isDefaultScheme(literal: Node, strings: ReadonlySet<string>): boolean {
  const operand = schemeOperand(literal, strings);
  if (!operand) return false;
  const name = operand.text.trim();
  if (!name) return false;
  return branchesAround(literal).some((b) => b.conditions.some((c) => c.text.includes(name) && SCHEME_TEST.test(c.text)));
}

/** The one value a bare scheme is put in front of, if the literal is nothing but that. */
function schemeOperand(literal: Node, strings: ReadonlySet<string>): Node | undefined {
  const parts = literal.namedChildren.filter((c): c is Node => c !== null && !/^(")$/.test(c.type));
  const text = parts.filter((c) => !/substitution|interpolat/.test(c.type)).map((c) => c.text).join('');
  const inner = parts.filter((c) => /substitution|interpolat/.test(c.type));
  if (inner.length === 1 && BARE_SCHEME.test(text) && parts[0] && !/substitution|interpolat/.test(parts[0].type)) {
    const value = inner[0]!.childForFieldName('value') ?? inner[0]!.namedChildren.find((c) => c !== null) ?? undefined;
    return value ?? undefined;
  }
  if (inner.length !== 0 || !BARE_SCHEME.test(literal.text.replace(/^[@$]?("""|["'`])|("""|["'`])$/g, ''))) return undefined;
  // "http://" + u, as the whole value (not the start of "http://" + host + "/api")
  const parent = literal.parent;
  if (!parent || !/binary|additive/.test(parent.type)) return undefined;
  const operands = parent.namedChildren.filter((c): c is Node => c !== null);
  if (operands.length !== 2 || operands[0]!.id !== literal.id || strings.has(operands[1]!.type)) return undefined;
  if (parent.parent && /binary|additive/.test(parent.parent.type) && parent.parent.namedChildren[0]?.id === parent.id) return undefined;
  return operands[1];
}
