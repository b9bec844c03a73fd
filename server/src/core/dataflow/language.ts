import type { Node } from 'web-tree-sitter';
import type { GrammarId } from '../types';

/**
 * What the data-flow engine needs to know about each grammar: where names are declared,
 * assigned and read, which nodes open a scope, and which expressions only combine or pass
 * on their operands. One table per grammar keeps bindings.ts and values.ts language-neutral.
 */

/** A name introduced by a declaration, with the expression it starts with (if any). */
export interface Declared {
  name: Node;
  /** The initial value; absent for `var x;`, parameters without default, destructured parts. */
  value?: Node;
  /** `const {host} = cfg` binds `host` to property `host` of `cfg`. */
  property?: string;
  kind: 'local' | 'parameter' | 'member' | 'function' | 'type';
  /** `val`, `let`, `const`, `final`: never reassigned after the declaration. */
  immutable: boolean;
  /** Visible to other files: exported, public or internal members, top-level constants. */
  visibleOutside: boolean;
}

export interface Assigned {
  target: Node;
  value: Node;
  /** `+=`: the new value is the old one with `value` appended. */
  appends: boolean;
}

export interface FlowLanguage {
  /** Leaf nodes that name a variable, field or function. */
  identifiers: ReadonlySet<string>;
  /** Leaf nodes that name a member after a dot (`this.endpoint`), when they are not `identifiers`. */
  memberNames?: ReadonlySet<string>;
  /** JavaScript: `this.x = …` in a class declares the field `x` when no declaration names it. */
  implicitMembers?: boolean;
  /** JavaScript: a file without imports or exports is a script, whose top-level names other scripts read. */
  isScript?(root: Node): boolean;
  /** Nodes whose declarations are visible only inside them. */
  scopes: ReadonlySet<string>;
  /** Class-like bodies: their members are visible from anywhere inside, in any order. */
  typeBodies: ReadonlySet<string>;
  /** Function-like nodes (a `return` inside belongs to the nearest one). */
  functions: ReadonlySet<string>;
  declarations(n: Node): Declared[] | undefined;
  assignment(n: Node): Assigned | undefined;
  /** `a.b`, `this.b`, `Obj.b`: the object expression and the member name. */
  member(n: Node): { object: Node; name: string } | undefined;
  /** `this` / `self`. */
  isSelf(n: Node): boolean;
  /** The name of a class, object, struct, enum or extension and its body. */
  typeDeclaration(n: Node): { name: string; body: Node } | undefined;
  /** Parameter names in order (with their labels, for Swift/Kotlin named arguments). */
  parameters(fn: Node): { name: Node; label: string }[];
  /** The value of each `return` of this function, and an expression body. */
  returnValue(n: Node): Node | undefined;
  expressionBody(fn: Node): Node | undefined;
  /**
   * A call: what is called and the argument expressions with their labels. `receiver` is
   * the object of a call whose callee is only the method name (Java `Log.d(…)`).
   */
  call(n: Node): { callee: Node; args: { label?: string; value: Node }[]; receiver?: Node } | undefined;
  /** Expressions whose value is one of their operands: parentheses, casts, ternaries, `?:`. */
  alternatives(n: Node): Node[] | undefined;
  /** Expressions whose value is built from their operands: `+`, templates, interpolation. */
  concatenation(n: Node): Node[] | undefined;
  /** String literals (templates included). */
  strings: ReadonlySet<string>;
  /** Kotlin's `"$name"` templates: names inside string text that are reads. */
  shortTemplates?: boolean;
  /** A function's bare name is a value (TypeScript, Swift); Java and Kotlin need `::`. */
  functionValues?: boolean;
  /** Object / collection literals: their elements flow into them. */
  collection(n: Node): { entries: { key?: string; value: Node }[]; spreads: Node[] } | undefined;
  /**
   * A reference to a function that is not a plain name: Java `Type::name` / `this::name`,
   * Kotlin `::name`. `object` is absent for an unqualified reference.
   */
  functionReference?(n: Node): { object?: Node; name: string } | undefined;
  /**
   * An implicit name that stands for another expression: Kotlin's `it` in the lambda of
   * `x.let { … }` / `also` / `takeIf` / `takeUnless` is `x`.
   */
  implicitValue?(n: Node): Node | undefined;
  /**
   * The object a call without a receiver is made on, when the language says so: Kotlin's
   * `putString(…)` inside `prefs.edit { … }`, `editor.apply { … }` or `with(editor) { … }`
   * runs on the lambda's receiver (the scope call stands for it).
   */
  implicitReceiver?(call: Node): Node | undefined;
}

const field = (n: Node, name: string): Node | undefined => n.childForFieldName(name) ?? undefined;
// Comments are extras that may sit between any two children (`builder\n  // why\n  .setX(v)`), so
// no child list used to read a construct's parts counts them.
const COMMENTS = new Set(['line_comment', 'block_comment', 'comment', 'multiline_comment']);
const named = (n: Node): Node[] => n.namedChildren.filter((c): c is Node => c !== null && !COMMENTS.has(c.type));
const hasToken = (n: Node, token: string): boolean => n.children.some((c) => c?.type === token);
const isPrivate = (modifiers: Node | undefined): boolean => !!modifiers && /\b(private|fileprivate)\b/.test(modifiers.text);
const without = (nodes: Node[], types: ReadonlySet<string>): Node[] => nodes.filter((c) => !types.has(c.type));
const unquote = (text: string): string => text.replace(/^['"`]|['"`]$/g, '');

// ---------------------------------------------------------------- Java
const JAVA_NON_VALUE = new Set(['modifiers', 'type_identifier', 'generic_type', 'scoped_type_identifier', 'array_type', 'integral_type', 'floating_point_type', 'boolean_type', 'line_comment', 'block_comment']);
const java: FlowLanguage = {
  identifiers: new Set(['identifier']),
  scopes: new Set(['program', 'class_body', 'interface_body', 'enum_body', 'block', 'method_declaration', 'constructor_declaration', 'lambda_expression', 'for_statement', 'enhanced_for_statement', 'catch_clause', 'switch_block_statement_group', 'try_with_resources_statement']),
  typeBodies: new Set(['class_body', 'interface_body', 'enum_body']),
  functions: new Set(['method_declaration', 'constructor_declaration', 'lambda_expression']),
  declarations(n) {
    if (n.type === 'local_variable_declaration' || n.type === 'field_declaration' || n.type === 'constant_declaration') {
      const modifiers = named(n).find((c) => c.type === 'modifiers');
      const member = n.type !== 'local_variable_declaration';
      const immutable = /\bfinal\b/.test(modifiers?.text ?? '') || n.type === 'constant_declaration';
      return named(n).filter((c) => c.type === 'variable_declarator').map((d) => ({
        name: field(d, 'name')!, value: field(d, 'value'), kind: member ? 'member' : 'local', immutable,
        visibleOutside: member && !isPrivate(modifiers),
      }));
    }
    // try (FileOutputStream out = openFileOutput(…)) { … }
    if (n.type === 'resource' && field(n, 'name')) {
      return [{ name: field(n, 'name')!, value: field(n, 'value'), kind: 'local', immutable: true, visibleOutside: false }];
    }
    if (n.type === 'formal_parameter' || n.type === 'spread_parameter') {
      const name = field(n, 'name') ?? named(n).find((c) => c.type === 'identifier');
      return name ? [{ name, kind: 'parameter', immutable: false, visibleOutside: false }] : [];
    }
    if (n.type === 'lambda_expression') {
      const params = field(n, 'parameters');
      if (params?.type === 'identifier') return [{ name: params, kind: 'parameter', immutable: false, visibleOutside: false }];
      if (params?.type === 'inferred_parameters') return named(params).map((p) => ({ name: p, kind: 'parameter', immutable: false, visibleOutside: false }));
    }
    if (n.type === 'method_declaration') {
      const name = field(n, 'name');
      return name ? [{ name, kind: 'function', immutable: true, visibleOutside: !isPrivate(named(n).find((c) => c.type === 'modifiers')) }] : [];
    }
    return undefined;
  },
  assignment(n) {
    if (n.type !== 'assignment_expression') return undefined;
    const op = field(n, 'operator')?.type ?? '=';
    if (op !== '=' && op !== '+=') return undefined;
    return { target: field(n, 'left')!, value: field(n, 'right')!, appends: op === '+=' };
  },
  member(n) {
    if (n.type !== 'field_access') return undefined;
    const object = field(n, 'object');
    const name = field(n, 'field');
    return object && name ? { object, name: name.text } : undefined;
  },
  isSelf: (n) => n.type === 'this',
  typeDeclaration(n) {
    if (!/^(class|interface|enum|record)_declaration$/.test(n.type)) return undefined;
    const name = field(n, 'name');
    const body = field(n, 'body');
    return name && body ? { name: name.text, body } : undefined;
  },
  parameters(fn) {
    const params = field(fn, 'parameters');
    if (!params) return [];
    if (params.type === 'identifier') return [{ name: params, label: '' }];
    return named(params).flatMap((p) => {
      const name = p.type === 'identifier' ? p : field(p, 'name');
      return name ? [{ name, label: '' }] : [];
    });
  },
  returnValue: (n) => (n.type === 'return_statement' ? named(n)[0] : undefined),
  expressionBody(fn) {
    const body = field(fn, 'body');
    return fn.type === 'lambda_expression' && body && body.type !== 'block' ? body : undefined;
  },
  call(n) {
    if (n.type === 'method_invocation') {
      return { callee: field(n, 'name')!, args: named(field(n, 'arguments') ?? n).filter((a) => !JAVA_NON_VALUE.has(a.type)).map((value) => ({ value })), receiver: field(n, 'object') };
    }
    if (n.type === 'object_creation_expression') {
      return { callee: field(n, 'type')!, args: named(field(n, 'arguments') ?? n).map((value) => ({ value })) };
    }
    return undefined;
  },
  alternatives(n) {
    if (n.type === 'parenthesized_expression') return named(n).slice(0, 1);
    if (n.type === 'cast_expression') return [field(n, 'value')!].filter(Boolean);
    if (n.type === 'ternary_expression') return [field(n, 'consequence'), field(n, 'alternative')].filter((c): c is Node => !!c);
    return javaConversion(n);
  },
  concatenation(n) {
    if (n.type === 'binary_expression' && field(n, 'operator')?.type === '+') return [field(n, 'left')!, field(n, 'right')!];
    return undefined;
  },
  strings: new Set(['string_literal']),
  functionReference(n) {
    if (n.type !== 'method_reference') return undefined;
    const parts = named(n);
    const name = parts[parts.length - 1];
    if (parts.length !== 2 || name?.type !== 'identifier') return undefined; // `Type::new` has no name node
    return { object: parts[0]!, name: name.text };
  },
  collection(n) {
    if (n.type === 'array_initializer') return { entries: named(n).map((value) => ({ value })), spreads: [] };
    if (n.type === 'array_creation_expression') {
      const init = named(n).find((c) => c.type === 'array_initializer');
      return init ? java.collection(init) : undefined;
    }
    // Arrays.asList("a", "b"), List.of(…), Set.of(…), Stream.of(…)
    if (n.type === 'method_invocation' && JAVA_COLLECTION_FACTORY.test(`${field(n, 'object')?.text ?? ''}.${field(n, 'name')?.text ?? ''}`)) {
      return { entries: java.call(n)!.args.map((a) => ({ value: a.value })), spreads: [] };
    }
    // The arguments of a varargs call, taken as the array the callee receives: tlsVersions(a, b)
    if (n.type === 'argument_list') return { entries: without(named(n), JAVA_NON_VALUE).map((value) => ({ value })), spreads: [] };
    return undefined;
  },
};

const JAVA_COLLECTION_FACTORY = /^(java\.util\.)?(Arrays\.asList|(List|Set|Stream|ImmutableList|ImmutableSet)\.of|Collections\.singleton(List)?)$/;
const JAVA_COPYING_COLLECTION = /^(ArrayList|LinkedList|HashSet|LinkedHashSet|TreeSet|ArrayDeque|CopyOnWriteArrayList)$/;
/**
 * Calls whose result holds the elements of one operand: `list.toArray(new String[0])`,
 * `Collections.unmodifiableList(list)`, `new ArrayList<>(list)`, `String.join(",", list)`.
 */
function javaConversion(n: Node): Node[] | undefined {
  if (n.type === 'method_invocation') {
    const name = field(n, 'name')?.text ?? '';
    const object = field(n, 'object');
    const args = java.call(n)!.args.map((a) => a.value);
    if (name === 'toArray' && object) return [object];
    if (/^(java\.util\.)?Collections$/.test(object?.text ?? '') && /^(unmodifiable|synchronized)\w*$/.test(name) && args.length === 1) return args;
    if (name === 'join' && /^(String|TextUtils)$/.test(object?.text ?? '') && args.length > 1) return args.slice(1);
    return undefined;
  }
  if (n.type === 'object_creation_expression' && !named(n).some((c) => c.type === 'class_body')) {
    const type = field(n, 'type');
    const args = java.call(n)!.args;
    const simple = type?.type === 'generic_type' ? named(type)[0]?.text : type?.text;
    if (JAVA_COPYING_COLLECTION.test(simple?.replace(/^.*\./, '') ?? '') && args.length === 1) return [args[0]!.value];
  }
  return undefined;
}

// ---------------------------------------------------------------- Kotlin
const KOTLIN_NON_VALUE = new Set(['modifiers', 'variable_declaration', 'multi_variable_declaration', 'user_type', 'nullable_type', 'function_type', 'type_constraints', 'getter', 'setter', 'property_delegate', 'line_comment', 'block_comment', 'annotation']);
/** Scope functions whose lambda gets the receiver as `it` (`use` closes it afterwards). */
const KOTLIN_IT_IS_RECEIVER = /^(let|also|takeIf|takeUnless|use)$/;
const kotlinVisible = (n: Node): boolean => {
  const modifiers = named(n).find((c) => c.type === 'modifiers');
  if (isPrivate(modifiers)) return false;
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_body' || p.type === 'lambda_literal') return false;
  return true;
};
const kotlin: FlowLanguage = {
  identifiers: new Set(['identifier']),
  scopes: new Set(['source_file', 'class_body', 'enum_class_body', 'block', 'function_declaration', 'lambda_literal', 'anonymous_function', 'for_statement', 'when_entry', 'catch_block', 'control_structure_body', 'primary_constructor', 'getter', 'setter']),
  typeBodies: new Set(['class_body', 'enum_class_body']),
  functions: new Set(['function_declaration', 'lambda_literal', 'anonymous_function', 'getter']),
  declarations(n) {
    if (n.type === 'property_declaration') {
      const immutable = hasToken(n, 'val');
      const member = !!n.parent && (kotlin.typeBodies.has(n.parent.type) || n.parent.type === 'source_file');
      const visibleOutside = member && kotlinVisible(n);
      const single = named(n).find((c) => c.type === 'variable_declaration');
      if (single) {
        const getter = named(n).find((c) => c.type === 'getter');
        const value = without(named(n), KOTLIN_NON_VALUE)[0] ?? (getter ? kotlin.expressionBody(getter) : undefined);
        const name = named(single).find((c) => c.type === 'identifier');
        return name ? [{ name, value, kind: member ? 'member' : 'local', immutable, visibleOutside }] : [];
      }
      const multi = named(n).find((c) => c.type === 'multi_variable_declaration');
      return named(multi ?? n).filter((c) => c.type === 'variable_declaration').flatMap((v) => {
        const name = named(v).find((c) => c.type === 'identifier');
        return name ? [{ name, kind: 'local' as const, immutable, visibleOutside: false }] : [];
      });
    }
    if (n.type === 'class_parameter') {
      const name = named(n).find((c) => c.type === 'identifier');
      const value = without(named(n), KOTLIN_NON_VALUE).filter((c) => c.id !== name?.id)[0];
      const property = hasToken(n, 'val') || hasToken(n, 'var');
      return name ? [{ name, value, kind: property ? 'member' : 'parameter', immutable: !hasToken(n, 'var'), visibleOutside: property && kotlinVisible(n) }] : [];
    }
    if (n.type === 'parameter' || (n.type === 'variable_declaration' && n.parent?.type === 'lambda_parameters')) {
      const name = named(n).find((c) => c.type === 'identifier');
      // `fun connect(url: String = "ws://…")`: the default follows the parameter in the list.
      const next = n.type === 'parameter' ? n.nextNamedSibling : null;
      const value = next && !/^(parameter|parameter_modifiers|line_comment|block_comment)$/.test(next.type) ? next : undefined;
      return name ? [{ name, value, kind: 'parameter', immutable: true, visibleOutside: false }] : [];
    }
    if (n.type === 'function_declaration') {
      const name = field(n, 'name');
      return name ? [{ name, kind: 'function', immutable: true, visibleOutside: kotlinVisible(n) }] : [];
    }
    return undefined;
  },
  assignment(n) {
    if (n.type !== 'assignment') return undefined;
    const op = n.children.find((c) => c && !c.isNamed && /=$/.test(c.type))?.type ?? '=';
    if (op !== '=' && op !== '+=') return undefined;
    const target = field(n, 'left') ?? named(n)[0];
    const value = field(n, 'right') ?? named(n)[1];
    return target && value ? { target, value, appends: op === '+=' } : undefined;
  },
  member(n) {
    if (n.type !== 'navigation_expression') return undefined;
    // A comment may sit inside a chain: `Builder()\n  // why\n  .add(…)`
    const parts = named(n).filter((c) => c.type !== 'line_comment' && c.type !== 'block_comment');
    const last = parts[parts.length - 1];
    if (parts.length !== 2 || last?.type !== 'identifier') return undefined;
    return { object: parts[0]!, name: last.text };
  },
  isSelf: (n) => n.type === 'this_expression',
  typeDeclaration(n) {
    if (n.type !== 'class_declaration' && n.type !== 'object_declaration' && n.type !== 'companion_object') return undefined;
    const body = named(n).find((c) => c.type === 'class_body' || c.type === 'enum_class_body');
    const name = field(n, 'name')?.text ?? (n.type === 'companion_object' ? 'Companion' : undefined);
    return name && body ? { name, body } : undefined;
  },
  parameters(fn) {
    const holder = named(fn).find((c) => c.type === 'function_value_parameters' || c.type === 'lambda_parameters');
    return named(holder ?? fn).flatMap((p) => {
      if (p.type !== 'parameter' && p.type !== 'variable_declaration') return [];
      const name = named(p).find((c) => c.type === 'identifier');
      return name ? [{ name, label: name.text }] : [];
    });
  },
  returnValue: (n) => (n.type === 'return_expression' ? named(n).find((c) => c.type !== 'label') : undefined),
  expressionBody(fn) {
    const body = named(fn).find((c) => c.type === 'function_body');
    if (body && body.firstChild?.type === '=') return named(body)[0];
    if (fn.type === 'lambda_literal') {
      const statements = without(named(fn), new Set(['lambda_parameters', 'line_comment', 'block_comment']));
      return statements[statements.length - 1];
    }
    return undefined;
  },
  call(n) {
    if (n.type !== 'call_expression') return undefined;
    const callee = named(n)[0]!;
    const args = named(named(n).find((c) => c.type === 'value_arguments') ?? n).filter((a) => a.type === 'value_argument').flatMap((a) => {
      const parts = named(a);
      const value = parts[parts.length - 1];
      if (!value) return [];
      return [{ label: parts.length > 1 && parts[0]!.type === 'identifier' ? parts[0]!.text : undefined, value }];
    });
    return { callee, args };
  },
  alternatives(n) {
    if (n.type === 'parenthesized_expression') return named(n).slice(0, 1);
    if (n.type === 'as_expression') return named(n).slice(0, 1);
    if (n.type === 'unary_expression' && field(n, 'operator')?.type === '!!') return [field(n, 'argument')!].filter(Boolean);
    if (n.type === 'binary_expression' && n.children.some((c) => c?.type === '?:')) return [field(n, 'left')!, field(n, 'right')!].filter(Boolean);
    if (n.type === 'if_expression') return named(n).filter((c) => c.id !== field(n, 'condition')?.id).map(lastOfBlock).filter((c): c is Node => !!c);
    if (n.type === 'when_expression') return named(n).filter((c) => c.type === 'when_entry').map((e) => lastOfBlock(named(e)[named(e).length - 1]!)).filter((c): c is Node => !!c);
    // `*versions`: the array's elements become the arguments
    if (n.type === 'spread_expression') return named(n).slice(0, 1);
    // `list.toTypedArray()`, `names.joinToString(",")`: the result holds the receiver's elements
    if (n.type === 'call_expression') {
      const member = kotlin.member(named(n)[0]!);
      if (member && KOTLIN_CONVERSION.test(member.name)) return [member.object];
    }
    return undefined;
  },
  concatenation(n) {
    if (n.type === 'binary_expression' && n.children.some((c) => c?.type === '+')) return [field(n, 'left')!, field(n, 'right')!];
    return undefined;
  },
  strings: new Set(['string_literal', 'multiline_string_literal']),
  shortTemplates: true,
  functionReference(n) {
    const parts = named(n);
    const name = parts[parts.length - 1];
    if (name?.type !== 'identifier') return undefined;
    if (n.type === 'callable_reference') return parts.length === 1 ? { name: name.text } : { object: parts[0]!, name: name.text };
    // `this::verify`, `Hosts::verify` read as a navigation with `::`
    if (n.type === 'navigation_expression' && parts.length === 2 && hasToken(n, '::')) return { object: parts[0]!, name: name.text };
    return undefined;
  },
  implicitValue(n) {
    if (n.type !== 'identifier' || n.text !== 'it') return undefined;
    for (let p = n.parent; p; p = p.parent) {
      if (p.type !== 'lambda_literal') continue;
      if (named(p).some((c) => c.type === 'lambda_parameters')) return undefined; // `it` is not implicit here
      const call = p.parent?.type === 'annotated_lambda' ? p.parent.parent : undefined;
      const callee = call?.type === 'call_expression' ? named(call)[0] : undefined;
      const member = callee && kotlin.member(callee);
      return member && KOTLIN_IT_IS_RECEIVER.test(member.name) ? member.object : undefined;
    }
    return undefined;
  },
  implicitReceiver(call) {
    if (call.type !== 'call_expression' || !kotlin.identifiers.has(named(call)[0]?.type ?? '')) return undefined;
    for (let p = call.parent; p && p.type !== 'function_declaration' && p.type !== 'class_body'; p = p.parent) {
      if (p.type !== 'lambda_literal' || p.parent?.type !== 'annotated_lambda') continue;
      const scope = p.parent.parent;
      const callee = scope?.type === 'call_expression' ? named(scope)[0] : undefined;
      if (!callee) continue;
      // `with(editor) { … }`: the callee is the call `with(editor)`
      const name = callee.type === 'call_expression' ? named(callee)[0]?.text : kotlin.member(callee)?.name;
      if (name && KOTLIN_RECEIVER_SCOPE.test(name)) return scope!;
    }
    return undefined;
  },
  collection(n) {
    const name = n.type === 'call_expression' ? named(n)[0]?.text : undefined;
    if (name && /^(arrayOf|listOf|mutableListOf|arrayListOf|setOf|mutableSetOf|hashSetOf|linkedSetOf|sortedSetOf|mapOf|mutableMapOf|hashMapOf)$/.test(name)) {
      const args = kotlin.call(n)!.args;
      return { entries: args.map((a) => pairEntry(a.value) ?? { value: a.value }), spreads: [] };
    }
    // The arguments of a varargs call, taken as the array the callee receives: tlsVersions(a, b)
    if (n.type === 'value_arguments') {
      return { entries: named(n).filter((a) => a.type === 'value_argument').map((a) => ({ value: named(a)[named(a).length - 1]! })).filter((e) => e.value), spreads: [] };
    }
    return undefined;
  },
};

/** Calls whose lambda runs with a receiver (the SharedPreferences KTX `edit { }` runs on the editor). */
const KOTLIN_RECEIVER_SCOPE = /^(apply|run|with|edit)$/;
const KOTLIN_CONVERSION = /^(toTypedArray|toList|toMutableList|toSet|toMutableSet|toHashSet|toSortedSet|asList|toArray|joinToString)$/;

/** `"key" to value` in Kotlin map builders. */
function pairEntry(n: Node): { key: string; value: Node } | undefined {
  if (n.type !== 'infix_expression') return undefined;
  const [key, op, value] = named(n);
  return key && op?.text === 'to' && value ? { key: unquote(key.text), value } : undefined;
}

/** The value of a branch: the branch itself, or the last statement of its block. */
function lastOfBlock(n: Node): Node | undefined {
  if (n.type === 'block' || n.type === 'control_structure_body' || n.type === 'statements') {
    const parts = named(n).filter((c) => !/comment/.test(c.type));
    const last = parts[parts.length - 1];
    return last ? lastOfBlock(last) : undefined;
  }
  return n;
}

// ---------------------------------------------------------------- Swift
const swiftVisible = (n: Node): boolean => {
  const modifiers = named(n).find((c) => c.type === 'modifiers');
  if (isPrivate(modifiers)) return false;
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_body' || p.type === 'lambda_literal' || p.type === 'computed_property') return false;
  return true;
};
const swift: FlowLanguage = {
  identifiers: new Set(['simple_identifier']),
  scopes: new Set(['source_file', 'class_body', 'enum_class_body', 'protocol_body', 'statements', 'function_declaration', 'init_declaration', 'lambda_literal', 'for_statement', 'catch_block', 'computed_property', 'if_statement', 'guard_statement', 'switch_entry']),
  typeBodies: new Set(['class_body', 'enum_class_body', 'protocol_body']),
  functions: new Set(['function_declaration', 'init_declaration', 'lambda_literal', 'computed_property']),
  declarations(n) {
    if (n.type === 'property_declaration') {
      const immutable = named(n).find((c) => c.type === 'value_binding_pattern')?.text === 'let';
      const member = !!n.parent && (swift.typeBodies.has(n.parent.type) || n.parent.type === 'source_file');
      const visibleOutside = member && swiftVisible(n);
      const out: Declared[] = [];
      let pending: Declared | undefined;
      for (let i = 0; i < n.namedChildCount; i++) {
        const c = n.namedChild(i)!;
        const fieldName = n.fieldNameForNamedChild(i);
        if (fieldName === 'name' && c.type === 'pattern') {
          const id = field(c, 'bound_identifier') ?? named(c).find((x) => x.type === 'simple_identifier');
          pending = id ? { name: id, kind: member ? 'member' : 'local', immutable, visibleOutside } : undefined;
          if (pending) out.push(pending);
        } else if (fieldName === 'value' && pending) {
          pending.value = c;
        } else if (c.type === 'computed_property' && pending) {
          pending.value = swift.expressionBody(c);
          pending.immutable = true;
        }
      }
      return out;
    }
    if ((n.type === 'if_statement' || n.type === 'guard_statement') && n.children.some((c) => c?.type === 'value_binding_pattern')) {
      // `if let x = expr`, `guard let x = expr else …`: bound_identifier then the condition value
      const out: Declared[] = [];
      for (let i = 0; i < n.namedChildCount; i++) {
        const c = n.namedChild(i)!;
        if (n.fieldNameForNamedChild(i) === 'bound_identifier') out.push({ name: c, kind: 'local', immutable: true, visibleOutside: false });
        else if (n.fieldNameForNamedChild(i) === 'condition' && out.length && !out[out.length - 1]!.value && c.type !== 'value_binding_pattern') out[out.length - 1]!.value = c;
      }
      return out;
    }
    if (n.type === 'parameter' || n.type === 'lambda_parameter') {
      const name = named(n).find((c) => c.type === 'simple_identifier' && c.id !== field(n, 'external_name')?.id);
      return name ? [{ name, value: swiftDefaultValue(n), kind: 'parameter', immutable: true, visibleOutside: false }] : [];
    }
    if (n.type === 'function_declaration') {
      const name = field(n, 'name');
      return name ? [{ name, kind: 'function', immutable: true, visibleOutside: swiftVisible(n) }] : [];
    }
    return undefined;
  },
  assignment(n) {
    if (n.type !== 'assignment') return undefined;
    const op = field(n, 'operator')?.text ?? n.children.find((c) => c && !c.isNamed && /=$/.test(c.type))?.type ?? '=';
    if (op !== '=' && op !== '+=') return undefined;
    let target = field(n, 'target');
    if (target?.type === 'directly_assignable_expression') target = named(target)[0];
    const value = field(n, 'result');
    return target && value ? { target, value, appends: op === '+=' } : undefined;
  },
  member(n) {
    if (n.type !== 'navigation_expression') return undefined;
    const object = field(n, 'target');
    const suffix = field(n, 'suffix');
    const name = suffix && (field(suffix, 'suffix') ?? named(suffix)[0]);
    return object && name?.type === 'simple_identifier' ? { object, name: name.text } : undefined;
  },
  isSelf: (n) => n.type === 'self_expression',
  typeDeclaration(n) {
    if (n.type !== 'class_declaration' && n.type !== 'protocol_declaration') return undefined;
    const name = field(n, 'name');
    const body = field(n, 'body');
    return name && body ? { name: name.text.replace(/<.*$/s, ''), body } : undefined;
  },
  parameters(fn) {
    const holder = fn.type === 'lambda_literal' ? named(fn).find((c) => c.type === 'lambda_function_type')?.namedChildren.find((c) => c?.type === 'lambda_function_type_parameters') ?? undefined : fn;
    return named(holder ?? fn).flatMap((p) => {
      if (p.type !== 'parameter' && p.type !== 'lambda_parameter') return [];
      const external = field(p, 'external_name');
      const name = named(p).find((c) => c.type === 'simple_identifier' && c.id !== external?.id);
      return name ? [{ name, label: external ? (external.text === '_' ? '' : external.text) : name.text }] : [];
    });
  },
  returnValue: (n) => (n.type === 'control_transfer_statement' && /^return\b/.test(n.text) ? field(n, 'result') : undefined),
  expressionBody(fn) {
    const body = fn.type === 'lambda_literal' || fn.type === 'computed_property' ? fn : field(fn, 'body');
    const statements = body && named(body).find((c) => c.type === 'statements');
    const parts = statements ? named(statements).filter((c) => !/comment/.test(c.type)) : [];
    // Swift returns the value of a single-expression body implicitly.
    return parts.length === 1 && !/statement|declaration/.test(parts[0]!.type) ? parts[0] : undefined;
  },
  call(n) {
    if (n.type !== 'call_expression' && n.type !== 'constructor_expression') return undefined;
    const callee = named(n)[0]!;
    const suffix = named(n).find((c) => c.type === 'call_suffix' || c.type === 'constructor_suffix');
    const list = suffix && named(suffix).find((c) => c.type === 'value_arguments');
    const args = named(list ?? suffix ?? n).filter((a) => a.type === 'value_argument').flatMap((a) => {
      const value = field(a, 'value');
      const label = field(a, 'name');
      return value ? [{ label: label ? label.text.replace(/:$/, '').trim() : '', value }] : [];
    });
    return { callee, args };
  },
  alternatives(n) {
    if (n.type === 'tuple_expression' && n.namedChildCount === 1) return named(n);
    if (n.type === 'ternary_expression') return [field(n, 'if_true'), field(n, 'if_false')].filter((c): c is Node => !!c);
    if (n.type === 'nil_coalescing_expression') return [field(n, 'value'), field(n, 'if_nil')].filter((c): c is Node => !!c);
    // `try x` / `try? x` / `try! x`: the value is the `expr` field (the first named child is the `try_operator`)
    if (n.type === 'try_expression') return [field(n, 'expr')].filter((c): c is Node => !!c);
    if (n.type === 'as_expression' || n.type === 'postfix_expression' && /[!?]$/.test(n.text) || n.type === 'await_expression') return named(n).slice(0, 1);
    // NSNumber(value: x): the same value, boxed for a settings dictionary
    if (n.type === 'call_expression' && named(n)[0]?.text === 'NSNumber') {
      const args = swift.call(n)!.args;
      if (args.length === 1 && args[0]!.label === 'value') return [args[0]!.value];
    }
    return undefined;
  },
  concatenation(n) {
    if (n.type === 'additive_expression' && field(n, 'op')?.text === '+') return [field(n, 'lhs')!, field(n, 'rhs')!];
    return undefined;
  },
  strings: new Set(['line_string_literal', 'multi_line_string_literal', 'raw_string_literal']),
  functionValues: true,
  collection(n) {
    if (n.type === 'array_literal') return { entries: named(n).map((value) => ({ value })), spreads: [] };
    if (n.type === 'dictionary_literal') {
      const entries: { key?: string; value: Node }[] = [];
      for (let i = 0; i < n.namedChildCount; i++) {
        if (n.fieldNameForNamedChild(i) === 'value') entries.push({ key: unquote(n.namedChild(i - 1)?.text ?? ''), value: n.namedChild(i)! });
      }
      return { entries, spreads: [] };
    }
    return undefined;
  },
};

/** `func f(url: String = "…")`: the default sits next to the parameter, in the function's own fields. */
function swiftDefaultValue(param: Node): Node | undefined {
  const parent = param.parent;
  if (!parent) return undefined;
  let after = false;
  for (let i = 0; i < parent.childCount; i++) {
    const c = parent.child(i);
    if (!c) continue;
    if (c.id === param.id) { after = true; continue; }
    if (!after) continue;
    if (parent.fieldNameForChild(i) === 'default_value') return c;
    if (c.isNamed) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- TypeScript / JavaScript
const typescript: FlowLanguage = {
  identifiers: new Set(['identifier', 'shorthand_property_identifier']),
  memberNames: new Set(['property_identifier', 'private_property_identifier']),
  implicitMembers: true,
  isScript: (root) => isScript(root),
  scopes: new Set(['program', 'class_body', 'statement_block', 'function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'for_statement', 'for_in_statement', 'catch_clause', 'switch_case']),
  typeBodies: new Set(['class_body']),
  functions: new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration']),
  declarations(n) {
    if (n.type === 'lexical_declaration' || n.type === 'variable_declaration') {
      const immutable = n.firstChild?.type === 'const';
      const visibleOutside = n.parent?.type === 'export_statement';
      return named(n).filter((c) => c.type === 'variable_declarator').flatMap((d) => {
        const name = field(d, 'name')!;
        const value = field(d, 'value');
        if (name.type === 'identifier') return [{ name, value, kind: 'local' as const, immutable, visibleOutside }];
        return destructured(name, value).map((b) => ({ ...b, kind: 'local' as const, immutable, visibleOutside }));
      });
    }
    if (n.type === 'public_field_definition' || n.type === 'field_definition') {
      const name = field(n, 'name') ?? field(n, 'property');
      return name ? [{ name, value: field(n, 'value'), kind: 'member', immutable: hasToken(n, 'readonly'), visibleOutside: !/^(private|#)/.test(n.text) }] : [];
    }
    if (n.type === 'required_parameter' || n.type === 'optional_parameter') {
      const pattern = field(n, 'pattern');
      if (pattern?.type === 'identifier') return [{ name: pattern, value: field(n, 'value'), kind: 'parameter', immutable: false, visibleOutside: false }];
      return pattern ? destructured(pattern, undefined).map((b) => ({ ...b, kind: 'parameter' as const, immutable: false, visibleOutside: false })) : [];
    }
    if (n.type === 'arrow_function') {
      const param = field(n, 'parameter');
      return param ? [{ name: param, kind: 'parameter', immutable: false, visibleOutside: false }] : undefined;
    }
    if (n.type === 'function_declaration' || n.type === 'generator_function_declaration') {
      const name = field(n, 'name');
      return name ? [{ name, kind: 'function', immutable: true, visibleOutside: n.parent?.type === 'export_statement' }] : [];
    }
    if (n.type === 'method_definition' && n.parent?.type === 'class_body') {
      // `this.verify` / `this.verify(…)` inside the class: the method of this class
      const name = field(n, 'name');
      return name?.type === 'property_identifier' ? [{ name, kind: 'function', immutable: true, visibleOutside: !/^(private|#)/.test(n.text) }] : [];
    }
    return undefined;
  },
  assignment(n) {
    if (n.type === 'assignment_expression') return { target: field(n, 'left')!, value: field(n, 'right')!, appends: false };
    if (n.type === 'augmented_assignment_expression' && field(n, 'operator')?.text === '+=') return { target: field(n, 'left')!, value: field(n, 'right')!, appends: true };
    return undefined;
  },
  member(n) {
    if (n.type === 'member_expression') {
      const object = field(n, 'object');
      const property = field(n, 'property');
      return object && property ? { object, name: property.text } : undefined;
    }
    if (n.type === 'subscript_expression') {
      const index = field(n, 'index');
      const object = field(n, 'object');
      return object && index?.type === 'string' ? { object, name: unquote(index.text) } : undefined;
    }
    return undefined;
  },
  isSelf: (n) => n.type === 'this',
  typeDeclaration(n) {
    if (n.type !== 'class_declaration' && n.type !== 'class') return undefined;
    const name = field(n, 'name');
    const body = field(n, 'body');
    return name && body ? { name: name.text, body } : undefined;
  },
  parameters(fn) {
    const single = field(fn, 'parameter');
    if (single) return [{ name: single, label: '' }];
    return named(field(fn, 'parameters') ?? fn).flatMap((p) => {
      const pattern = field(p, 'pattern');
      return pattern?.type === 'identifier' ? [{ name: pattern, label: '' }] : [];
    });
  },
  returnValue: (n) => (n.type === 'return_statement' ? named(n)[0] : undefined),
  expressionBody(fn) {
    const body = field(fn, 'body');
    return fn.type === 'arrow_function' && body && body.type !== 'statement_block' ? body : undefined;
  },
  call(n) {
    if (n.type === 'call_expression') return { callee: field(n, 'function')!, args: named(field(n, 'arguments') ?? n).map((value) => ({ value })) };
    if (n.type === 'new_expression') return { callee: field(n, 'constructor')!, args: named(field(n, 'arguments') ?? n).map((value) => ({ value })) };
    return undefined;
  },
  alternatives(n) {
    if (n.type === 'parenthesized_expression' || n.type === 'as_expression' || n.type === 'satisfies_expression' || n.type === 'non_null_expression' || n.type === 'await_expression' || n.type === 'type_assertion') return named(n).slice(0, 1);
    if (n.type === 'ternary_expression') return [field(n, 'consequence'), field(n, 'alternative')].filter((c): c is Node => !!c);
    if (n.type === 'binary_expression' && /^(\|\||\?\?)$/.test(field(n, 'operator')?.type ?? '')) return [field(n, 'left')!, field(n, 'right')!];
    // `['HIGH', '!RC4'].join(':')`, `parts.join('/')`: the string holds the array's elements (like
    // Kotlin's joinToString). `path.join(a, b)` takes several arguments and is not one.
    if (n.type === 'call_expression') {
      const callee = field(n, 'function');
      const args = field(n, 'arguments');
      if (callee?.type === 'member_expression' && field(callee, 'property')?.text === 'join' && args && named(args).length <= 1) return [field(callee, 'object')!];
    }
    return undefined;
  },
  concatenation(n) {
    if (n.type === 'binary_expression' && field(n, 'operator')?.type === '+') return [field(n, 'left')!, field(n, 'right')!];
    return undefined;
  },
  strings: new Set(['string', 'template_string']),
  functionValues: true,
  collection(n) {
    if (n.type === 'object') {
      const entries: { key?: string; value: Node }[] = [];
      const spreads: Node[] = [];
      for (const c of named(n)) {
        if (c.type === 'pair') entries.push({ key: unquote(field(c, 'key')!.text), value: field(c, 'value')! });
        else if (c.type === 'shorthand_property_identifier') entries.push({ key: c.text, value: c });
        else if (c.type === 'spread_element') spreads.push(named(c)[0]!);
      }
      return { entries, spreads };
    }
    if (n.type === 'array') return { entries: named(n).filter((c) => c.type !== 'spread_element').map((value) => ({ value })), spreads: named(n).filter((c) => c.type === 'spread_element').map((c) => named(c)[0]!) };
    return undefined;
  },
};

/**
 * A file with no `import`/`export` and no CommonJS `require`/`exports` is a script: its
 * top-level names are globals that other scripts read.
 */
const scripts = new WeakMap<object, boolean>();
function isScript(program: Node): boolean {
  let script = scripts.get(program.tree);
  if (script === undefined) {
    script = !named(program).some((c) => c.type === 'import_statement' || c.type === 'export_statement')
      && !/\brequire\s*\(|\bmodule\.exports\b|\bexports\.\w/.test(program.text);
    scripts.set(program.tree, script);
  }
  return script;
}

/** `{ host, port = 80, auth: { user } }` → the names with the property each one reads. */
function destructured(pattern: Node, value: Node | undefined): Omit<Declared, 'kind' | 'immutable' | 'visibleOutside'>[] {
  if (pattern.type !== 'object_pattern') return []; // array patterns: positions are not tracked
  const out: Omit<Declared, 'kind' | 'immutable' | 'visibleOutside'>[] = [];
  for (const c of named(pattern)) {
    if (c.type === 'shorthand_property_identifier_pattern') out.push({ name: c, value, property: c.text });
    else if (c.type === 'object_assignment_pattern') {
      const left = field(c, 'left');
      // A parameter's `{ host = "…" }` has only its default to go by.
      const fallback = field(c, 'right');
      if (left?.type === 'shorthand_property_identifier_pattern') out.push(value || !fallback ? { name: left, value, property: left.text } : { name: left, value: fallback });
    } else if (c.type === 'pair_pattern') {
      const key = field(c, 'key');
      const target = field(c, 'value');
      if (key && target?.type === 'identifier') out.push({ name: target, value, property: unquote(key.text) });
    }
  }
  return out;
}

export const FLOW_LANGUAGES: Record<GrammarId, FlowLanguage | undefined> = {
  java, kotlin, swift, typescript, tsx: typescript, xml: undefined,
};
