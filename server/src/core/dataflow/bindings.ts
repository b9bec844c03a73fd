import type { Node } from 'web-tree-sitter';
import { lastName } from './names';
import type { Declared, FlowLanguage } from './language';
import { deleteCursor } from '../syntax';

/**
 * Scope-aware definitions and uses of the names in one file: locals, parameters, fields and
 * properties, constants in companion objects, `object`s, structs and enums, top-level
 * constants, and functions. Built in one walk of the tree; every question after that
 * ("what does this name refer to", "which assignments can reach this read") is a lookup.
 */
export interface Binding {
  readonly name: string;
  readonly declared: Declared;
  /** The declaration node (`property_declaration`, `parameter`, …). */
  readonly site: Node;
  /** The node the binding is visible in. */
  readonly scope: Node;
  /** Locals are visible from their declaration on; members and parameters in all their scope. */
  readonly visibleFrom: number;
  readonly assignments: Assignment[];
  readonly uses: Node[];
}

export interface Assignment {
  site: Node;
  value: Node;
  appends: boolean;
}

/** A definition that may give a read its value. */
export interface Definition {
  value: Node;
  /** The declaration or assignment it comes from (for explanations). */
  site: Node;
  /** `x += v`: the value is the previous value followed by `value`. */
  appends: boolean;
  /** Destructuring: the value is this property of `value`. */
  property?: string;
}

const CONDITIONAL = /^(if_statement|if_expression|when_expression|when_entry|switch_\w+|while_statement|do_statement|do_while_statement|for_statement|for_in_statement|enhanced_for_statement|repeat_while_statement|try_statement|try_expression|catch_\w+|ternary_expression|conditional_expression|guard_statement|lambda_literal|arrow_function|function_expression|lambda_expression|anonymous_function|binary_expression)$/;

export class BindingIndex {
  private readonly byScope = new Map<number, Binding[]>();
  private readonly byDeclaredName = new Map<number, Binding>();
  private readonly referencesByName = new Map<string, Node[]>();
  /** Type name → bodies (Swift extensions add bodies to a type declared elsewhere). */
  private readonly typeBodies = new Map<string, Node[]>();
  private readonly callsByCallee = new Map<string, Node[]>();
  private readonly assignmentSites: { site: Node; target: Node; value: Node; appends: boolean }[] = [];
  private readonly templateStrings: Node[] = [];

  constructor(readonly lang: FlowLanguage, readonly root: Node) {
    this.walk();
    for (const a of this.assignmentSites) {
      const b = this.resolve(a.target) ?? this.implicitMember(a.target, a.site);
      if (b) b.assignments.push({ site: a.site, value: a.value, appends: a.appends });
    }
    // A reference can only be a use of a binding of the same name: names this file never
    // declares (`print`, `URL`, `AF`) are not resolved at all.
    const declaredNames = new Set<string>();
    for (const b of this.byDeclaredName.values()) declaredNames.add(b.name);
    for (const [name, refs] of this.referencesByName) {
      if (!declaredNames.has(name)) continue;
      for (const ref of refs) {
        if (this.isDeclarationName(ref)) continue;
        const b = this.resolve(ref);
        if (b?.name === name) b.uses.push(ref);
      }
    }
    // Kotlin's short templates ("$BASE/login") name variables inside string content.
    for (const s of this.templateStrings) {
      for (const name of shortTemplateNames(s.text)) this.resolveName(name, s)?.uses.push(s);
    }
  }

  private walk(): void {
    const cursor = this.root.walk();
    const path: number[] = []; // node ids from the root down to the cursor
    try {
      for (;;) {
        // Tokens (anonymous nodes) are neither visited nor anyone's parent: no node object for them.
        if (cursor.nodeIsNamed) {
          const id = cursor.nodeId;
          const depth = cursor.currentDepth;
          path.length = depth;
          this.ancestry.set(id, { parent: depth > 0 ? path[depth - 1]! : -1, type: cursor.nodeType });
          path[depth] = id;
          this.visit(cursor.currentNode);
        }
        if (cursor.gotoFirstChild()) continue;
        while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return;
      }
    } finally {
      deleteCursor(cursor); // never leave a cursor to web-tree-sitter's finalizer (syntax.ts)
    }
  }

  /**
   * Every node's parent id and type, recorded by the walk. Name resolution climbs from a
   * reference to the root; with \`node.parent\` each step is a call into WebAssembly that
   * builds a node object, and deeply nested code (a builder chain hundreds of calls deep)
   * made that most of a whole-repository scan.
   */
  private readonly ancestry = new Map<number, { parent: number; type: string }>();

  /** The ids and types of a node and its ancestors, innermost first. */
  private *lineage(at: Node): Generator<{ id: number; type: string }> {
    if (!this.ancestry.has(at.id)) {
      for (let p: Node | null = at; p; p = p.parent) yield { id: p.id, type: p.type };
      return;
    }
    for (let id = at.id; id !== -1;) {
      const entry = this.ancestry.get(id)!;
      yield { id, type: entry.type };
      id = entry.parent;
    }
  }

  private visit(n: Node): void {
    const { lang } = this;
    if (lang.identifiers.has(n.type) || this.isMemberName(n)) push(this.referencesByName, n.text, n);
    if (lang.shortTemplates && lang.strings.has(n.type) && n.text.includes('$')) this.templateStrings.push(n);
    const type = lang.typeDeclaration(n);
    if (type) push(this.typeBodies, type.name, type.body);
    const call = lang.call(n);
    if (call) push(this.callsByCallee, lastName(call.callee.text), n);
    const assigned = lang.assignment(n);
    if (assigned) this.assignmentSites.push({ site: n, ...assigned });
    for (const declared of lang.declarations(n) ?? []) this.declare(n, declared);
  }

  private declare(site: Node, declared: Declared): void {
    const scope = this.scopeOfDeclaration(site, declared);
    if (!scope) return;
    const local = declared.kind === 'local' && !this.lang.typeBodies.has(scope.type);
    const binding: Binding = {
      name: declared.name.text, declared, site, scope,
      visibleFrom: local ? site.startIndex : -1, assignments: [], uses: [],
    };
    push(this.byScope, scope.id, binding);
    this.byDeclaredName.set(declared.name.id, binding);
    // Members of a Kotlin companion object are read unqualified from the class around it.
    const owner = scope.parent?.type === 'companion_object' ? scope.parent.parent : undefined;
    if (owner && this.lang.typeBodies.has(owner.type)) push(this.byScope, owner.id, binding);
    // Kotlin `class C(private val x: T) { … }`: a property declared in the constructor is a
    // member of the class body too.
    const typeBody = declared.kind === 'member' && site.type === 'class_parameter' ? this.lang.typeDeclaration(scope)?.body : undefined;
    if (typeBody) push(this.byScope, typeBody.id, binding);
  }

  private scopeOfDeclaration(site: Node, declared: Declared): Node | undefined {
    const { lang } = this;
    // Constructor parameters and properties are visible in the whole class (initializers, methods).
    if (declared.kind === 'parameter' || site.type === 'class_parameter') {
      for (let p: Node | null = declared.name; p; p = p.parent) {
        if (lang.functions.has(p.type) || lang.typeDeclaration(p) || p.type === 'primary_constructor') return p.type === 'primary_constructor' ? p.parent ?? p : p;
      }
      return undefined;
    }
    // `if let x = …` binds inside the if; `guard let x = …` binds in the scope around the guard.
    let from: Node | null = site.type === 'if_statement' ? site : site.parent;
    if (declared.kind === 'function' || site.type === 'guard_statement') from = site.parent;
    for (let p = from; p; p = p.parent) if (lang.scopes.has(p.type)) return p;
    return undefined;
  }

  private isDeclarationName(n: Node): boolean {
    return this.byDeclaredName.has(n.id);
  }

  /** The binding declared by this name node (the `x` of `val x = …`). */
  declaredBy(nameNode: Node): Binding | undefined {
    return this.byDeclaredName.get(nameNode.id);
  }

  /** JavaScript `this.x = …` in a class that declares no `x`: the field it creates. */
  private implicitMember(target: Node, site: Node): Binding | undefined {
    const member = this.lang.implicitMembers ? this.lang.member(target) : undefined;
    const name = target.childForFieldName('property');
    if (!member || !name || !this.lang.isSelf(member.object)) return undefined;
    let body: Node | null = target.parent;
    while (body && !this.lang.typeBodies.has(body.type)) body = body.parent;
    if (!body) return undefined;
    const binding: Binding = {
      name: member.name, declared: { name, kind: 'member', immutable: false, visibleOutside: true },
      site, scope: body, visibleFrom: -1, assignments: [], uses: [],
    };
    push(this.byScope, body.id, binding);
    return binding;
  }

  /** The `x` of `this.x` in a grammar that names members with their own node type. */
  private isMemberName(n: Node): boolean {
    if (!this.lang.memberNames?.has(n.type) || !n.parent) return false;
    const member = this.lang.member(n.parent);
    return !!member && member.object.id !== n.id && member.name === n.text;
  }

  /** What an identifier or member access (`x`, `this.x`, `Api.HOST`, `Companion.X`) refers to. */
  resolve(ref: Node): Binding | undefined {
    const member = this.lang.member(ref);
    if (member) return this.resolveMember(member.object, member.name);
    if (this.isMemberName(ref)) {
      const declared = this.byDeclaredName.get(ref.id);
      return declared ?? this.resolveMember(this.lang.member(ref.parent!)!.object, ref.text);
    }
    if (!this.lang.identifiers.has(ref.type)) return undefined;
    const declared = this.byDeclaredName.get(ref.id);
    if (declared) return declared;
    const parent = ref.parent;
    const parentMember = parent ? this.lang.member(parent) : undefined;
    if (parentMember && parentMember.object.id !== ref.id) return this.resolveMember(parentMember.object, parentMember.name);
    if (parent && isArgumentLabel(parent, ref)) return undefined;
    // `return url;` beside a method `url()`: a name that is not called reads the variable.
    const called = parent && this.lang.call(parent)?.callee.id === ref.id;
    return (called ? undefined : this.resolveName(ref.text, ref, (b) => b.declared.kind !== 'function')) ?? this.resolveName(ref.text, ref);
  }

  /** The innermost binding of `name` visible at `at` (of those `accept` takes). */
  resolveName(name: string, at: Node, accept: (b: Binding) => boolean = () => true): Binding | undefined {
    // Code in a nested function runs later: it sees names declared after it in outer scopes.
    let runsLater = false;
    const start = at.startIndex;
    for (const p of this.lineage(at)) {
      const candidates = this.byScope.get(p.id);
      if (candidates) {
        let best: Binding | undefined;
        for (const b of candidates) {
          if (b.name === name && accept(b) && (runsLater || b.visibleFrom <= start) && (!best || b.visibleFrom >= best.visibleFrom)) best = b;
        }
        if (best) return best;
      }
      if (p.id !== at.id && this.lang.functions.has(p.type)) runsLater = true;
    }
    return undefined;
  }

  /** `obj.name` where `obj` is `this`/`self`, a type declared in this file, or `Companion`. */
  resolveMember(object: Node, name: string): Binding | undefined {
    if (this.lang.isSelf(object)) {
      for (let p = object.parent; p; p = p.parent) {
        if (this.lang.typeBodies.has(p.type)) return this.memberOf([p], name);
      }
      return undefined;
    }
    const typeName = lastName(object.text);
    if (typeName === 'Companion') {
      for (let p = object.parent; p; p = p.parent) if (this.lang.typeBodies.has(p.type)) return this.memberOf([p], name);
    }
    // A local or parameter of that name shadows the type.
    if (this.lang.identifiers.has(object.type) && this.resolveName(object.text, object)) return undefined;
    const bodies = this.typeBodies.get(typeName);
    return bodies ? this.memberOf(bodies, name) : undefined;
  }

  private memberOf(bodies: Node[], name: string): Binding | undefined {
    for (const body of bodies) {
      const found = this.byScope.get(body.id)?.find((b) => b.name === name && b.declared.kind !== 'parameter');
      if (found) return found;
    }
    return undefined;
  }

  /** Calls in this file whose callee's last name is `name` (`f(…)`, `this.f(…)`, `Api.f(…)`). */
  callsNamed(name: string): readonly Node[] {
    return this.callsByCallee.get(name) ?? [];
  }

  /**
   * The definitions whose value a read of `b` at `use` may see. A `val`/`let`/`const` has
   * its initializer. A mutable local has the assignments before the read, from the last one
   * that surely runs (same block, not under a condition or loop) on: a value overwritten
   * before the read no longer reaches it. A mutable field may be assigned anywhere, in any
   * order, so every definition counts.
   */
  definitionsReaching(b: Binding, use: Node): Definition[] {
    const initial: Definition[] = b.declared.value ? [{ value: b.declared.value, site: b.site, appends: false, property: b.declared.property }] : [];
    // A `let` / `val` / `final` without an initializer gets its value once, in an initializer
    // or constructor (`self.endpoint = endpoint`): those assignments are its definitions.
    if (b.declared.immutable && initial.length > 0 || b.assignments.length === 0) return initial;
    const all = [...initial, ...b.assignments.map((a) => ({ value: a.value, site: a.site, appends: a.appends }))];
    if (b.declared.kind === 'member') return all;
    const before = all.filter((d) => d.site.endIndex <= use.startIndex || d.site.id === b.site.id && d.value.endIndex <= use.startIndex);
    if (before.length === 0) return insideNestedFunction(this.lang, use, b.scope) ? all : [];
    let from = 0;
    before.forEach((d, i) => { if (i > 0 && surelyRunsBefore(this.lang, d.site, use)) from = i; });
    return before.slice(from);
  }

  /** Function declarations (or variables holding a function) that a call may run (once per call). */
  functionsCalledBy(call: Node): Node[] {
    let fns = this.calledBy.get(call.id);
    if (!fns) this.calledBy.set(call.id, (fns = this.findFunctionsCalledBy(call)));
    return fns;
  }

  private readonly calledBy = new Map<number, Node[]>();

  private findFunctionsCalledBy(call: Node): Node[] {
    const info = this.lang.call(call);
    if (!info) return [];
    const callee = info.callee;
    const member = info.receiver ? { object: info.receiver, name: callee.text } : this.lang.member(callee);
    const b = member ? this.resolveMember(member.object, member.name) : this.lang.identifiers.has(callee.type) ? this.resolveCallee(callee) : undefined;
    if (!b) return [];
    if (b.declared.kind === 'function') return [b.site];
    const value = b.declared.value;
    return value && this.lang.functions.has(value.type) && b.declared.immutable ? [value] : [];
  }

  private resolveCallee(callee: Node): Binding | undefined {
    const name = callee.text;
    const start = callee.startIndex;
    for (const p of this.lineage(callee)) {
      const found = this.byScope.get(p.id)?.filter((b) => b.name === name && (b.declared.kind === 'function' || b.visibleFrom <= start));
      if (found?.length) return found.find((b) => b.declared.kind === 'function') ?? found[found.length - 1];
    }
    return undefined;
  }

  /**
   * Every function of the same name declared next to this one (its overloads), itself
   * included: a call resolved by name may run any of them. A function without a declared
   * name (a lambda held in a variable) is only itself.
   */
  overloadsOf(fn: Node): Node[] {
    const name = fn.childForFieldName('name');
    const b = name ? this.byDeclaredName.get(name.id) : undefined;
    if (!b || b.declared.kind !== 'function') return [fn];
    return (this.byScope.get(b.scope.id) ?? []).filter((x) => x.name === b.name && x.declared.kind === 'function').map((x) => x.site);
  }

  /** The function a parameter belongs to, with the parameter's position and label. */
  parameterOf(b: Binding): { fn: Node; index: number; label: string } | undefined {
    if (b.declared.kind !== 'parameter' || !this.lang.functions.has(b.scope.type)) return undefined;
    const params = this.lang.parameters(b.scope);
    const index = params.findIndex((p) => p.name.id === b.declared.name.id);
    return index < 0 ? undefined : { fn: b.scope, index, label: params[index]!.label };
  }

  /** The name under which a function can be called from this file. */
  functionName(fn: Node): string | undefined {
    const own = fn.childForFieldName('name');
    if (own) return own.text;
    const holder = fn.parent; // `const helper = (x) => …`
    const declared = holder && this.lang.declarations(holder.parent ?? holder);
    return declared?.find((d) => d.value?.id === fn.id)?.name.text;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}


/** Kotlin `f(url = x)`: `url` names the parameter, it is not a read. */
function isArgumentLabel(parent: Node, ref: Node): boolean {
  return parent.type === 'value_argument' && parent.namedChildCount > 1 && parent.namedChild(0)?.id === ref.id;
}

function insideNestedFunction(lang: FlowLanguage, use: Node, scope: Node): boolean {
  for (let p = use.parent; p && p.id !== scope.id; p = p.parent) if (lang.functions.has(p.type)) return true;
  return false;
}

/** The definition sits in a block that encloses the read, with no condition or loop around it. */
function surelyRunsBefore(lang: FlowLanguage, site: Node, use: Node): boolean {
  for (let p = site.parent; p; p = p.parent) {
    if (lang.scopes.has(p.type) && !CONDITIONAL.test(p.type)) return p.startIndex <= use.startIndex && use.endIndex <= p.endIndex;
    if (CONDITIONAL.test(p.type)) return false;
  }
  return false;
}

/** `$name` and `${name}`-free short templates inside Kotlin string text. */
export function shortTemplateNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/(?<!\\)\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.push(m[1]!);
  return names;
}
