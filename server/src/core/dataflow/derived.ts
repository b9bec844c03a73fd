import type { Node } from 'web-tree-sitter';
import type { Matcher } from '../word-lists';
import type { FileFlow, Step } from './flow';
import { lastName } from './names';

/**
 * Derived values: what a flow may also step through when a rule asks for it with
 * `(#set! through "LIST")` on its flow's patterns. The ordinary walk (flow.ts) follows a
 * value only where it stays the same value (a local, a constant, a ternary, a concatenation).
 * Some weaknesses are about values *computed from* the bad one:
 *
 * - a hard-coded JWT key is rarely handed over as the literal itself, but as its bytes
 *   (`"s3cret".getBytes()`, `new TextEncoder().encode(SECRET)`, `Data(secret.utf8)`,
 *   `Base64.decode(KEY)`): calls and members named in the list carry their receiver and
 *   arguments on;
 * - a decoded-but-unverified token is dangerous where a decision reads one of its claims
 *   (`claims.role === 'admin'`, `jwt.getClaim("admin").asBoolean()`, `payload["role"]`): with
 *   a list of `*`, every member read, element read and method result carries its object on,
 *   and operators (comparisons, `!`, `&&`) carry their operands.
 *
 * Member and element reads, and method calls, are steps of kind `derived` (a part of the
 * value, or a value computed from it); operators are `operand` steps. A flow that sets
 * `(#set! needs "part")` counts a source only through at least one `derived` step, so
 * `if (!decoded)` (the token as a whole) is not a claim read while `if (decoded.admin)` is.
 * Calls of functions of this file are left to the ordinary walk (their returns), so a helper
 * decides by what its body does with the value.
 */

/** Operators whose result is computed from their operands (not `+`, which concatenates). */
const OPERATORS = /^(binary|unary|comparison|equality|conjunction|disjunction|prefix|multiplicative|check|infix|instanceof|is|in|range|nil_coalescing)_expression$/;
/** Operand-like children that are not values: types, operator tokens kept as nodes. */
const NOT_OPERANDS = /^(user_type|type_identifier|generic_type|scoped_type_identifier|array_type|bang|custom_operator|predefined_type|type_annotation)$/;

/** Swift argument labels of lookups (`data(forKey:)`, `object(forInfoDictionaryKey:)`). */
const LOOKUP_LABEL = /^(forKey|key|forInfoDictionaryKey|named|forResource|withName|account|service|alias)$/;

export interface DerivedOptions {
  /** Callees, members and element keys (`[]` for a computed index) whose result derives from their object and arguments. */
  through: Matcher;
}

export function derivedSteps(flow: FileFlow, n: Node, options: DerivedOptions): Step[] {
  const { lang } = flow;
  const element = elementOf(n);
  if (element) return options.through.test(element.key) ? [{ node: element.object, kind: 'derived' }] : [];
  const call = lang.call(n);
  if (call) {
    if (flow.bindings.functionsCalledBy(n).length) return [];
    if (!options.through.test(lastName(call.callee.text))) return [];
    const receiver = call.receiver ?? lang.member(call.callee)?.object;
    // `keychain.data(forKey: "jwt")`: a lookup key names where a value is kept, it is not the value.
    const args = call.args.filter((a) => !LOOKUP_LABEL.test(a.label ?? '')).map((a) => a.value);
    const parts = receiver ? [receiver, ...args] : args;
    return parts.map((node) => ({ node, kind: 'derived' }));
  }
  const member = lang.member(n);
  if (member) {
    if (flow.bindings.resolve(n) || !options.through.test(member.name)) return [];
    return [{ node: member.object, kind: 'derived' }];
  }
  if (OPERATORS.test(n.type) && !lang.concatenation(n) && !lang.alternatives(n)) {
    return n.namedChildren
      .filter((c): c is Node => c !== null && !NOT_OPERANDS.test(c.type) && !/comment/.test(c.type))
      .map((node) => ({ node, kind: 'operand' }));
  }
  return [];
}

/**
 * `x[k]` in each grammar: TypeScript `subscript_expression` with a non-string index (a string
 * one is a member, see language.ts), Kotlin `index_expression`, Java `array_access`, Swift's
 * subscript, which the grammar reads as a call with square brackets. The key is the literal
 * text of a string index, else `[]`.
 */
function elementOf(n: Node): { object: Node; key: string } | undefined {
  let object: Node | null | undefined;
  let index: Node | null | undefined;
  if (n.type === 'subscript_expression') {
    object = n.childForFieldName('object');
    index = n.childForFieldName('index');
    if (index?.type === 'string') return undefined; // a member (language.ts)
  } else if (n.type === 'index_expression') {
    object = n.namedChildren[0];
    index = n.namedChildren[1];
  } else if (n.type === 'array_access') {
    object = n.childForFieldName('array');
    index = n.childForFieldName('index');
  } else if (n.type === 'call_expression') {
    const suffix = n.namedChildren.find((c) => c?.type === 'call_suffix');
    const args = suffix?.namedChildren.find((c) => c?.type === 'value_arguments');
    if (!args || !args.text.startsWith('[')) return undefined;
    object = n.namedChildren[0];
    index = args.namedChildren.find((c) => c?.type === 'value_argument')?.childForFieldName('value');
  }
  if (!object) return undefined;
  const key = index && /string/.test(index.type) && index.namedChildCount <= 1 ? index.text.replace(/^["'`]|["'`]$/g, '') : '[]';
  return { object, key };
}
