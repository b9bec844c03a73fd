import type { Node } from 'web-tree-sitter';
import type { Binding } from './bindings';
import { lastName, type FileFlow } from './flow';

/**
 * Where a value goes: the forward counterpart of `FileFlow.predecessors`. From an expression
 * (an options object, the `false` of `rejectUnauthorized: false`) it follows the value
 * through wrappers, object and collection literals (remembering the property it sits in),
 * spreads, locals and fields (only to the reads the definition reaches, so a value
 * overwritten before every read goes nowhere), returns of this file's functions (to their
 * calls) and arguments of this file's functions (to the parameter's reads), and stops where
 * it is handed to a call of code outside the file, escapes the file, or is used otherwise.
 *
 * An empty answer means the value is never read: stored only in names that nobody reads
 * or that are overwritten first, or in a property a later `{ ...spread, key: … }` replaces.
 */
export type DestinationKind =
  | 'argument' // passed to a call of code outside this file (`call` says which)
  | 'escapes' // visible to other files (exported, returned to unknown callers, stored outside)
  | 'other'; // used in any other way (read as an object, compared, thrown, …)

export interface Destination {
  node: Node;
  kind: DestinationKind;
  call?: Node;
}

/** Enough for options objects passed through a helper or two; bounded for huge files. */
const MAX_VISITED = 200;
const ARGUMENT_WRAPPERS = /^(value_argument|value_arguments|argument_list|arguments|call_suffix|constructor_suffix)$/;

interface Tracked {
  node: Node;
  /** The value sits at this property path inside `node` (outermost first). */
  keys: string[];
}

export function destinationsOf(flow: FileFlow, start: Node): Destination[] {
  const out: Destination[] = [];
  const seen = new Set<string>();
  const queue: Tracked[] = [];
  const push = (node: Node, keys: string[]): void => {
    const key = `${node.id}:${keys.join('\u0000')}`;
    if (seen.has(key) || seen.size >= MAX_VISITED) return;
    seen.add(key);
    queue.push({ node, keys });
  };
  push(start, []);
  while (queue.length) {
    const { node, keys } = queue.shift()!;
    step(flow, node, keys, push, out);
  }
  return out;
}

function step(flow: FileFlow, n: Node, keys: string[], push: (n: Node, keys: string[]) => void, out: Destination[]): void {
  const { lang, bindings } = flow;
  const parent = n.parent;
  if (!parent) return void out.push({ node: n, kind: 'other' });
  // `(x)`, `x as T`, `c ? x : y`, `x ?? y`: the wrapper carries the value on.
  if (lang.alternatives(parent)?.some((c) => c.id === n.id)) return push(parent, keys);
  // `{ key: x }`, `{ ...x }`, `[x]`, `mapOf("key" to x)`, `arrayOf(x)`
  for (let holder: Node | null = parent, depth = 0; holder && depth < 4; holder = holder.parent, depth++) {
    // An argument list reads as one array only backwards (a varargs sink); forwards, the
    // value goes to the call's parameter (below).
    if (/^(value_arguments|argument_list|arguments|call_suffix)$/.test(holder.type)) break;
    const collection = lang.collection(holder);
    if (!collection) continue;
    const entry = collection.entries.find((e) => e.value.id === n.id);
    if (entry) return push(holder, entry.key !== undefined ? [entry.key, ...keys] : keys);
    if (collection.spreads.some((s) => s.id === n.id)) {
      // `{ ...base, key: other }`: a later explicit `key` replaces the one the spread brings
      if (keys.length && collection.entries.some((e) => e.key === keys[0] && e.value.startIndex > n.startIndex)) return;
      return push(holder, keys);
    }
    break;
  }
  // `const x = <n>` / `x = <n>`: the reads of x this definition reaches
  const stored = storedIn(flow, n);
  if (stored) {
    if (!stored.binding) return void out.push({ node: n, kind: 'escapes' });
    const b = stored.binding;
    for (const use of b.uses) {
      if (isAssignmentTarget(flow, use)) continue; // `x = other` writes x, it does not read it
      if (b.declared.kind === 'parameter' || bindings.definitionsReaching(b, use).some((d) => d.value.id === n.id)) push(use, keys);
    }
    if (b.declared.visibleOutside) out.push({ node: n, kind: 'escapes' });
    return;
  }
  // `return <n>` / an expression body: the calls of that function in this file
  const fn = returnedFrom(flow, n);
  if (fn) {
    const name = bindings.functionName(fn);
    const calls = name ? bindings.callsNamed(name).filter((c) => bindings.functionsCalledBy(c).some((f) => f.id === fn.id)) : [];
    for (const call of calls) push(call, keys);
    if (calls.length === 0) out.push({ node: n, kind: 'escapes' });
    return;
  }
  const call = callReceiving(flow, n);
  if (call) {
    const parameters = parametersReceiving(flow, call, n);
    if (!parameters) return void out.push({ node: n, kind: 'argument', call });
    for (const p of parameters) for (const use of p.uses) push(use, keys);
    return;
  }
  // `x.key`: reading the tracked property carries it on; another property does not
  const member = lang.member(parent);
  if (member && member.object.id === n.id && keys.length) {
    if (member.name === keys[0] && !isAssignmentTarget(flow, parent)) push(parent, keys.slice(1));
    return;
  }
  out.push({ node: n, kind: 'other' });
}

/** The binding a value is stored in (`binding` undefined: stored somewhere we cannot follow). */
function storedIn(flow: FileFlow, n: Node): { binding?: Binding } | undefined {
  const parent = n.parent!;
  const assigned = flow.lang.assignment(parent);
  if (assigned && assigned.value.id === n.id) return { binding: flow.bindings.resolve(assigned.target) };
  for (const holder of [parent, parent.parent]) {
    const declared = holder ? flow.lang.declarations(holder) : undefined;
    const d = declared?.find((x) => x.value?.id === n.id);
    if (d) return d.property === undefined ? { binding: flow.bindings.declaredBy(d.name) } : {};
  }
  return undefined;
}

/** The function that hands `n` back to its callers. */
function returnedFrom(flow: FileFlow, n: Node): Node | undefined {
  const { lang } = flow;
  if (lang.returnValue(n.parent!)?.id === n.id) {
    for (let p = n.parent; p; p = p.parent) if (lang.functions.has(p.type)) return p;
    return undefined;
  }
  for (let p: Node | null = n.parent, depth = 0; p && depth < 3; p = p.parent, depth++) {
    if (lang.functions.has(p.type)) return lang.expressionBody(p)?.id === n.id ? p : undefined;
  }
  return undefined;
}

/** The call that gets `n` as one of its arguments (through argument wrappers). */
export function callReceiving(flow: FileFlow, n: Node): Node | undefined {
  let p: Node | null = n.parent;
  while (p && ARGUMENT_WRAPPERS.test(p.type)) p = p.parent;
  const info = p ? flow.lang.call(p) : undefined;
  return p && info?.args.some((a) => a.value.id === n.id) ? p : undefined;
}

/** For a call of a function of this file: the parameter bindings that receive `arg`. */
function parametersReceiving(flow: FileFlow, call: Node, arg: Node): Binding[] | undefined {
  const { lang, bindings } = flow;
  const fns = bindings.functionsCalledBy(call);
  if (fns.length === 0) return undefined;
  const args = lang.call(call)!.args;
  const index = args.findIndex((a) => a.value.id === arg.id);
  const label = args[index]?.label;
  const out: Binding[] = [];
  for (const fn of fns) {
    const params = lang.parameters(fn);
    const p = (label ? params.find((x) => x.label === label) : undefined) ?? params[index];
    const b = p && bindings.declaredBy(p.name);
    if (b) out.push(b);
  }
  return out;
}

function isAssignmentTarget(flow: FileFlow, n: Node): boolean {
  const parent = n.parent;
  if (!parent) return false;
  const assigned = flow.lang.assignment(parent);
  if (assigned?.target.id === n.id) return !assigned.appends;
  // Swift wraps the target: `(assignment target: (directly_assignable_expression …))`
  if (parent.type !== 'directly_assignable_expression' || !parent.parent) return false;
  return flow.lang.assignment(parent.parent)?.appends === false;
}

/** The name of what a call calls (`createServer` for `https.createServer(…)`). */
export function calleeOf(flow: FileFlow, call: Node): string {
  const info = flow.lang.call(call);
  return info ? lastName(info.callee.text) : '';
}
