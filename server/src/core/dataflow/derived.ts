import type { Node } from 'web-tree-sitter';
import type { Matcher } from '../word-lists';
import type { FileFlow, Step } from './flow';
import { lastName } from './names';

/**
 * Derived values: what a flow may also step through when a rule asks for it with
 * `(#set! through "LIST")` on its flow's patterns (and `(#set! through-arguments "LIST")` for
 * the calls whose arguments carry on, when they differ). The ordinary walk (flow.ts) follows a
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
 * Steps that pick a named part of the value are of kind `derived`: a member (`claims.role`),
 * an element with a literal key (`payload["role"]`), a method result (`jwt.getClaim("role")`).
 * Steps that compute a new value from the whole are `operand` steps: operators, arguments
 * (`JSON.parse(text)`, `atob(segment)`), elements at a computed or numeric index
 * (`parts[1]`) and text edits (`segment.replace(/-/g, '+')`). A flow that sets
 * `(#set! needs "part")` counts a source only through at least one `derived` step, so
 * `if (!decoded)` (the token as a whole) and a check of the hand-decoded payload's shape
 * (`typeof JSON.parse(atob(parts[1])) === 'object'`) are not claim reads, while
 * `if (decoded.admin)` is.
 * Calls of functions of this file are left to the ordinary walk (their returns), so a helper
 * decides by what its body does with the value.
 */

/** Operators whose result is computed from their operands (not `+`, which concatenates). */
const OPERATORS = /^(binary|unary|comparison|equality|conjunction|disjunction|prefix|multiplicative|check|infix|instanceof|is|in|range|nil_coalescing)_expression$/;
/** Operand-like children that are not values: types, operator tokens kept as nodes. */
const NOT_OPERANDS = /^(user_type|type_identifier|generic_type|scoped_type_identifier|array_type|bang|custom_operator|predefined_type|type_annotation)$/;

/** Methods that edit or re-encode the whole text; their result is no named part of it. */
const TEXT_EDITS = /^(replace|replaceAll|replacingOccurrences|split|components|slice|substring|substr|prefix|suffix|dropFirst|dropLast|trim|trimmed|trimStart|trimEnd|trimmingCharacters|padEnd|padStart|padding|toString|toLowerCase|toUpperCase|lowercased|uppercased|lowercase|uppercase|concat|repeat|charCodeAt|map|join|joined|joinToString|reversed)$/;
/** An index that names no claim: a number or a computed value (empty key). */
const POSITION = /^(\d+|)$/;

/** Swift argument labels of lookups (`data(forKey:)`, `object(forInfoDictionaryKey:)`). */
const LOOKUP_LABEL = /^(forKey|key|forInfoDictionaryKey|named|forResource|withName|account|service|alias)$/;

export interface DerivedOptions {
  /** Callees, members and element keys (an empty name for a computed index) whose result derives from their object and arguments. */
  through: Matcher;
  /**
   * Callees whose result derives from their arguments (`JSON.parse(text)`, `roles.includes(x)`);
   * without it, `through`. A flow over any read (`*`) names these separately: the result of an
   * unknown call that merely receives a claim (`provision({ email: claims.email })`) is not the claim.
   */
  throughArguments?: Matcher;
}

export function derivedSteps(flow: FileFlow, n: Node, options: DerivedOptions): Step[] {
  const { lang } = flow;
  const destructured = destructuredSteps(flow, n, options);
  if (destructured) return destructured;
  const element = elementOf(n);
  if (element) return options.through.test(element.key) ? [{ node: element.object, kind: POSITION.test(element.key) ? 'operand' : 'derived' }] : [];
  const call = lang.call(n);
  if (call) {
    if (flow.bindings.functionsCalledBy(n).length) return [];
    const name = lastName(call.callee.text);
    const receiver = call.receiver ?? lang.member(call.callee)?.object;
    const steps: Step[] = receiver && options.through.test(name) ? [{ node: receiver, kind: TEXT_EDITS.test(name) ? 'operand' : 'derived' }] : [];
    // `keychain.data(forKey: "jwt")`: a lookup key names where a value is kept, it is not the value.
    if ((options.throughArguments ?? options.through).test(name)) {
      for (const a of call.args) if (!LOOKUP_LABEL.test(a.label ?? '')) steps.push({ node: a.value, kind: 'operand' });
    }
    return steps;
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
 * text of a string index, else the empty name (which only a `*` list entry matches).
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
  const key = index && /string/.test(index.type) && index.namedChildCount <= 1 ? index.text.replace(/^["'`]|["'`]$/g, '') : '';
  return { object, key };
}

/**
 * `const { role } = decode(token)`: a read of `role` steps to the name in the pattern, and
 * the name to the destructured value, so a sanitizer can match the pattern's name (a claim
 * that is only a time, `const { exp } = …`).
 */
function destructuredSteps(flow: FileFlow, n: Node, options: DerivedOptions): Step[] | undefined {
  const b = flow.bindings.declaredBy(n) ?? (flow.lang.identifiers.has(n.type) ? flow.bindings.resolve(n) : undefined);
  const property = b?.declared.property;
  if (!b || property === undefined) return undefined;
  if (b.declared.name.id !== n.id) return [{ node: b.declared.name, kind: 'derived' }];
  return b.declared.value && options.through.test(property) ? [{ node: b.declared.value, kind: 'derived' }] : [];
}
