import { OverBudget } from '../over-budget';
import type { Node } from 'web-tree-sitter';
import { lastName } from './names';
import { BindingIndex, shortTemplateNames, type Binding } from './bindings';
import type { FlowLanguage } from './language';
import { derivedSteps, type DerivedOptions } from './derived';

/**
 * How a value moves inside one file: the edges that lead from an expression back to the
 * expressions its value can come from. Rules ask two kinds of questions over these edges:
 * "which sources reach this sink" (flow rules) and "what can this expression be" (values.ts).
 * Everything is intra-file: calls to functions of this file are followed into their
 * returns and from their parameters back to the call sites; anything else is unknown.
 */
export type StepKind = 'value' | 'part' | 'definition' | 'argument' | 'return' | 'property'
  /** Only in a flow that asks for derived values (derived.ts): a member, element or method result, and an operator's operand. */
  | 'derived' | 'operand';

export interface Step {
  node: Node;
  kind: StepKind;
}

/** From a source to a sink: `steps[0]` is the source, the last step the sink. */
export interface FlowPath {
  steps: Step[];
}

const INTERPOLATIONS = new Set(['template_substitution', 'interpolation', 'interpolated_expression']);
const FORMAT_CALLEE = /^(format|formatted|localizedStringWithFormat)$/;
/**
 * Calls that hand back their receiver or argument converted, not a new value: `n.toString()`,
 * `String.valueOf(n)`, `pin.toCharArray()`, `Math.floor(x)`, `code.padStart(6, "0")`, Swift
 * `String(n)`, `Int(x)`. A value flows through them to where the result goes (an OTP made by
 * `Random.nextInt(…)` and stored as `otp = n.toString()`). Their *value* stays unknown
 * (values.ts follows only returns), so what a string can be is not guessed through them.
 */
const CONVERSION_CALLEE = /^(toString|valueOf|toCharArray|toByteArray|encodeToByteArray|getBytes|padStart|padEnd|floor|ceil|round|roundToInt|roundToLong|toFixed|trunc|abs|toInt|toLong|toShort|toUInt|toULong|toDouble|toFloat|toBigInteger|Int|UInt|Int32|Int64|UInt32|Double|Float|Number|parseInt|parseFloat|String|BigInt)$/;
/** Enough for real code (constants, a helper or two); bounded so a huge file stays fast. */
const MAX_VISITED = 400;

export class FileFlow {
  private index?: BindingIndex;
  private readonly predecessorCache = new Map<number, Step[]>();

  private stepsTaken = 0;

  /**
   * `overBudget` is the analysis' time budget: a flow search checks it every few hundred steps,
   * so that no file's flows, however tangled, can keep a scan or the editor waiting.
   */
  constructor(readonly lang: FlowLanguage, readonly root: Node, private readonly overBudget: () => boolean = () => false) {}

  get bindings(): BindingIndex {
    this.index ??= new BindingIndex(this.lang, this.root);
    return this.index;
  }

  /** The expressions `n`'s value comes from, one step back. */
  predecessors(n: Node): Step[] {
    if (++this.stepsTaken % 256 === 0 && this.overBudget()) throw new OverBudget();
    const { lang } = this;
    const alternatives = lang.alternatives(n);
    if (alternatives) return alternatives.map((node) => ({ node, kind: 'value' }));
    const parts = lang.concatenation(n);
    if (parts) return parts.map((node) => ({ node, kind: 'part' }));
    const operands = arithmeticOperands(n);
    if (operands) return operands.map((node) => ({ node, kind: 'part' }));
    if (lang.strings.has(n.type)) return this.interpolated(n);
    const collection = lang.collection(n);
    if (collection) {
      return [...collection.entries.map((e) => ({ node: e.value, kind: 'property' as const })), ...collection.spreads.map((node) => ({ node, kind: 'property' as const }))];
    }
    const call = lang.call(n);
    if (call) return this.callPredecessors(n, call);
    // `this::verify`, `::verify`, `Hosts::verify`: a function of this file, named not called
    const reference = lang.functionReference?.(n);
    if (reference) {
      const b = reference.object ? this.bindings.resolveMember(reference.object, reference.name) : this.bindings.resolveName(reference.name, n);
      return b?.declared.kind === 'function' ? functionDeclaration(b) : [];
    }
    const member = lang.member(n);
    if (member || lang.identifiers.has(n.type)) {
      const b = this.bindings.resolve(n);
      if (b) return this.definitionSteps(b, n);
      if (member) return this.propertyOf(member.object, member.name).map((node) => ({ node, kind: 'property' }));
      const implicit = lang.implicitValue?.(n);
      if (implicit) return [{ node: implicit, kind: 'value' }];
    }
    return [];
  }

  private interpolated(literal: Node): Step[] {
    const steps: Step[] = [];
    for (const c of literal.namedChildren) {
      if (!c || !INTERPOLATIONS.has(c.type)) continue;
      const inner = c.childForFieldName('value') ?? c.namedChildren.find((x) => x !== null) ?? undefined;
      if (inner) steps.push({ node: inner, kind: 'part' });
    }
    if (this.lang.shortTemplates) {
      for (const name of shortTemplateNames(literal.text)) {
        const b = this.bindings.resolveName(name, literal);
        if (b) steps.push(...this.definitionSteps(b, literal).map((s) => ({ ...s, kind: 'part' as const })));
      }
    }
    return steps;
  }

  private callPredecessors(n: Node, call: NonNullable<ReturnType<FlowLanguage['call']>>): Step[] {
    const callee = lastName(call.callee.text);
    // String.format(fmt, a), fmt.format(a), String(format: fmt, a), fmt.formatted(a)
    if (FORMAT_CALLEE.test(callee) || callee === 'String' && call.args[0]?.label === 'format') {
      const receiver = this.lang.member(call.callee)?.object;
      const parts = receiver && !/^(String|NSString)$/.test(receiver.text) ? [receiver, ...call.args.map((a) => a.value)] : call.args.map((a) => a.value);
      return parts.map((node) => ({ node, kind: 'part' }));
    }
    const steps: Step[] = [];
    for (const fn of this.bindings.functionsCalledBy(n)) {
      for (const value of this.returnsOf(fn)) steps.push({ node: value, kind: 'return' });
    }
    if (steps.length === 0 && CONVERSION_CALLEE.test(callee)) {
      // `n.toString(16)`, `code.padStart(6, "0")`, `buf.toString("base64")`: the receiver is the
      // value, the arguments are options. `Math.floor(x)`, `String.valueOf(n)`, `String(n)`: a
      // type or namespace converts its first argument.
      const receiver = call.receiver ?? this.lang.member(call.callee)?.object;
      const value = receiver && !/^[A-Z]\w*$/.test(receiver.text) ? receiver : call.args[0]?.value;
      if (value) steps.push({ node: value, kind: 'part' });
    }
    return steps;
  }

  /** The values a function hands back: its `return`s and an expression body. */
  returnsOf(fn: Node): Node[] {
    const { lang } = this;
    const body = lang.expressionBody(fn);
    const values: Node[] = body ? [body] : [];
    const stack = fn.namedChildren.filter((c): c is Node => c !== null);
    while (stack.length) {
      const n = stack.pop()!;
      const value = lang.returnValue(n);
      if (value) values.push(value);
      if (lang.functions.has(n.type)) continue; // a nested function's returns are its own
      for (const c of n.namedChildren) if (c) stack.push(c);
    }
    return values;
  }

  private definitionSteps(b: Binding, use: Node, appending = new Set<number>()): Step[] {
    // A function of this file named without a call (`{ check: skip }`) flows from its
    // declaration (its name: the source a rule matches, the place an explanation points to).
    if (b.declared.kind === 'function') return this.lang.functionValues ? functionDeclaration(b) : [];
    const steps: Step[] = [];
    // A parameter's value arrives at its declaration (so a query can name a parameter as a source).
    // So does the value of a property this file never sets (`class Dialog(private val handler: H)`).
    const setOutside = b.declared.kind === 'parameter' || b.declared.value === undefined && b.assignments.length === 0;
    if (setOutside && b.declared.name.id !== use.id) steps.push({ node: b.declared.name, kind: 'definition' });
    for (const d of this.bindings.definitionsReaching(b, use)) {
      if (d.property !== undefined) {
        steps.push(...this.propertyOf(d.value, d.property).map((node) => ({ node, kind: 'property' as const })));
        continue;
      }
      steps.push({ node: d.value, kind: d.appends ? 'part' : 'definition' });
      // `x += y`: the value before it too, once (a field's `+=` may reach itself).
      if (d.appends && !appending.has(d.site.id)) {
        appending.add(d.site.id);
        steps.push(...this.definitionSteps(b, d.site, appending).map((s) => ({ ...s, kind: 'part' as const })));
      }
    }
    steps.push(...this.parameterArguments(b).map((node) => ({ node, kind: 'argument' as const })));
    return steps;
  }

  /** For a parameter: the argument given for it at each call of its function in this file. */
  parameterArguments(b: Binding): Node[] {
    const parameter = this.bindings.parameterOf(b);
    return parameter ? this.argumentsFor(parameter) : [];
  }

  /** The argument given for a parameter at each call of its function in this file (once per parameter). */
  private argumentsFor(p: { fn: Node; index: number; label: string }): Node[] {
    const key = `${p.fn.id}:${p.index}:${p.label}`;
    let args = this.argumentCache.get(key);
    if (!args) this.argumentCache.set(key, (args = this.findArguments(p)));
    return args;
  }

  private readonly argumentCache = new Map<string, Node[]>();

  private findArguments(p: { fn: Node; index: number; label: string }): Node[] {
    const name = this.bindings.functionName(p.fn);
    if (!name) return [];
    const out: Node[] = [];
    for (const call of this.bindings.callsNamed(name)) {
      if (!this.bindings.functionsCalledBy(call).some((f) => f.id === p.fn.id)) continue;
      const args = this.lang.call(call)!.args;
      const labelled = p.label ? args.find((a) => a.label === p.label) : undefined;
      const positional = args[p.index];
      const arg = labelled ?? (positional && (positional.label === undefined || positional.label === '' || positional.label === p.label) ? positional : undefined);
      if (arg) out.push(arg.value);
    }
    return out;
  }

  /** `cfg.host` / `const { host } = cfg` where `cfg` is an object or map literal of this file. */
  propertyOf(object: Node, key: string): Node[] {
    // `x = x.next` / `self.a = self.a.b` would ask for the same property again while answering it.
    const asking = `${object.id}:${key}`;
    const known = this.propertyCache.get(asking);
    if (known) return known;
    if (this.askingProperty.has(asking)) return [];
    this.askingProperty.add(asking);
    try {
      const found = this.propertyOfOnce(object, key);
      // Answered once per file: each answer asks for other properties of other objects, and
      // without the cache a Swift view with hundreds of `self.a.b` chains asked the same
      // questions exponentially often (a 747-line file ran for minutes).
      this.propertyCache.set(asking, found);
      return found;
    } finally {
      this.askingProperty.delete(asking);
    }
  }

  private readonly askingProperty = new Set<string>();
  private readonly propertyCache = new Map<string, Node[]>();

  private propertyOfOnce(object: Node, key: string): Node[] {
    const out: Node[] = [];
    const seen = new Set<number>();
    const visit = (n: Node, depth: number): void => {
      if (depth > 6 || seen.has(n.id)) return;
      seen.add(n.id);
      const collection = this.lang.collection(n);
      if (collection) {
        const entry = [...collection.entries].reverse().find((e) => e.key === key);
        if (entry) out.push(entry.value);
        // `{ ...base, key: v }`: a spread before the last `key:` cannot supply it
        for (const spread of collection.spreads) if (!entry || spread.startIndex > entry.value.startIndex) visit(spread, depth + 1);
        return;
      }
      if (this.lang.alternatives(n) || this.lang.identifiers.has(n.type) || this.lang.member(n)) {
        for (const s of this.predecessors(n)) if (s.kind !== 'part' && s.kind !== 'return') visit(s.node, depth + 1);
      }
    };
    visit(object, 0);
    return out;
  }

  /**
   * Backward search from a sink: every source whose value can reach it, each with one path.
   * The search does not pass through barriers (sanitizers) and stops at a source.
   */
  sourcesReaching(
    sink: Node, isSource: (n: Node) => boolean, isBarrier: (n: Node) => boolean = () => false,
    deadEnds?: Set<number>, derived?: DerivedSearch,
  ): FlowPath[] {
    if (derived) return this.derivedSourcesReaching(sink, isSource, isBarrier, derived);
    const paths: FlowPath[] = [];
    const cameFrom = new Map<number, Step | null>();
    const queue: Step[] = [{ node: sink, kind: 'value' }];
    cameFrom.set(sink.id, null);
    let capped = false;
    while (queue.length) {
      if (cameFrom.size >= MAX_VISITED) { capped = true; break; }
      const step = queue.shift()!;
      if (isBarrier(step.node)) continue;
      if (isSource(step.node)) {
        const steps: Step[] = [];
        for (let s: Step | null | undefined = step; s; s = cameFrom.get(s.node.id)) steps.push(s);
        paths.push({ steps });
        continue;
      }
      for (const next of this.cachedPredecessors(step.node)) {
        if (cameFrom.has(next.node.id) || deadEnds?.has(next.node.id)) continue;
        cameFrom.set(next.node.id, step);
        queue.push(next);
      }
    }
    // A search that ran out without reaching a source proves that every node it visited
    // reaches none (with the same sources and barriers): later sinks need not look there.
    if (deadEnds && paths.length === 0 && !capped) for (const id of cameFrom.keys()) deadEnds.add(id);
    return paths;
  }

  /**
   * The backward search of a flow that also steps through derived values (derived.ts). With
   * `needsPart`, the search runs over (node, "a part was read on the way") states, and a
   * source counts only in the second state: `if (decoded && decoded.admin)` reaches the
   * decode call both as a whole (not counted) and through `.admin` (counted).
   */
  private derivedSourcesReaching(sink: Node, isSource: (n: Node) => boolean, isBarrier: (n: Node) => boolean, derived: DerivedSearch): FlowPath[] {
    const paths: FlowPath[] = [];
    interface State { step: Step; part: boolean; from?: State }
    const key = (n: Node, part: boolean): string => `${n.id}:${derived.needsPart && part ? 1 : 0}`;
    const seen = new Set<string>([key(sink, false)]);
    const reached = new Set<number>();
    const queue: State[] = [{ step: { node: sink, kind: 'value' }, part: false }];
    while (queue.length && seen.size < MAX_VISITED * 2) {
      const state = queue.shift()!;
      const { node } = state.step;
      if (isBarrier(node)) continue;
      if (isSource(node) && (state.part || !derived.needsPart)) {
        if (!reached.has(node.id)) {
          reached.add(node.id);
          const steps: Step[] = [];
          for (let s: State | undefined = state; s; s = s.from) steps.push(s.step);
          paths.push({ steps });
        }
        continue;
      }
      const next = [...this.cachedPredecessors(node), ...derivedSteps(this, node, derived)];
      for (const step of next) {
        const part = state.part || step.kind === 'derived';
        const k = key(step.node, part);
        if (seen.has(k)) continue;
        seen.add(k);
        queue.push({ step, part, from: state });
      }
    }
    return paths;
  }

  /** predecessors(), computed once per node: many sinks of a file share the same definitions. */
  private cachedPredecessors(n: Node): Step[] {
    let steps = this.predecessorCache.get(n.id);
    if (!steps) {
      steps = this.predecessors(n);
      this.predecessorCache.set(n.id, steps);
    }
    return steps;
  }

}

/** How a flow that asks for derived values searches (see derived.ts). */
export interface DerivedSearch extends DerivedOptions {
  /** A source counts only through a member, element or method result of it. */
  needsPart: boolean;
}

/**
 * `Math.random() * 9000`, `n % 10000`, `max - 1`: a number computed from its operands (`+` is
 * concatenation, handled by the language). Followed by the flow only; values.ts does not
 * compute arithmetic.
 */
function arithmeticOperands(n: Node): Node[] | undefined {
  if (!/binary|multiplicative|additive/.test(n.type)) return undefined;
  if (!n.children.some((c) => c !== null && !c.isNamed && /^[-*/%]$/.test(c.type))) return undefined;
  const operands = n.namedChildren.filter((c): c is Node => c !== null && !/comment/.test(c.type));
  return operands.length === 2 ? operands : undefined;
}

/**
 * A function named as a value flows from its declaration: both its name (what a rule matches
 * when it cares about what the function is called) and the whole declaration (what it matches
 * when it judges the body), so a query can capture either as the source.
 */
function functionDeclaration(b: Binding): Step[] {
  return [{ node: b.declared.name, kind: 'definition' }, { node: b.site, kind: 'definition' }];
}


export { lastName };
