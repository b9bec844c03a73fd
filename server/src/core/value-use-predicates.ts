import type { Node } from 'web-tree-sitter';
import { destinationsOf, type Destination } from './dataflow/forward';
import { isDebugOnly } from './debug-only';
import type { Binding } from './dataflow/bindings';
import type { FileFlow } from './dataflow/flow';
import { lastName } from './dataflow/names';
import { originNames } from './dataflow/origins';
import type { FileContext } from './file-context';
import { enclosingScope, node, regexArg, type PredicateArg, type PredicateFn } from './predicate-helpers';
import type { GrammarId } from './types';
import type { Matcher } from './word-lists';

/**
 * What is done *to* a value after it is made, read from where it goes (dataflow/forward.ts):
 * which methods are called on it and whether it leaves the code that made it. A raw
 * `SSLSocket` is a finding when the function that opens it also reads or writes it, and not
 * when it hands the socket on to a caller that checks the host; an Apache socket factory is
 * insecure when `setHostnameVerifier(ALLOW_ALL_HOSTNAME_VERIFIER)` is called on it later.
 */

/** One thing done on the value: a method called or a property read or set (`name`), with what it is given. */
interface Operation {
  name: string;
  args: Node[];
  at: Node;
}

/** Kotlin scope functions whose lambda gets the receiver as `it` or as its one parameter. */
const IT_SCOPE = /^(let|also|use|takeIf|takeUnless)$/;
/** Kotlin scope functions whose lambda runs on the receiver (`socket.apply { startHandshake() }`). */
const RECEIVER_SCOPE = /^(apply|run|with)$/;
/** Kotlin scope functions that answer their receiver: `socket.also { … }` is still the socket. */
const RETURNS_RECEIVER = /^(also|apply|takeIf|takeUnless)$/;
const MAX_OPERATIONS = 64;
const MAX_LAMBDA_DEPTH = 2;

/** Every method called, and property read or set, on the value that starts at `start`. */
function operationsOn(flow: FileFlow, start: Node): Operation[] {
  const out: Operation[] = [];
  collect(flow, reach(flow, start), out, 0);
  return out;
}

/** Where the value goes (dataflow/forward.ts), and on from `x.also { … }` / `x.apply { … }`, whose result is `x`. */
function reach(flow: FileFlow, start: Node): Destination[] {
  const out: Destination[] = [];
  const queue = [start];
  for (let hops = 0; queue.length && hops < 4; hops++) {
    for (const d of destinationsOf(flow, queue.shift()!)) {
      out.push(d);
      const op = d.kind === 'other' ? operationOn(flow, d.node) : undefined;
      if (op && RETURNS_RECEIVER.test(op.name) && flow.lang.call(op.at)) queue.push(op.at);
    }
  }
  return out;
}

function collect(flow: FileFlow, destinations: Destination[], out: Operation[], depth: number): void {
  const { lang } = flow;
  for (const d of destinations) {
    if (out.length >= MAX_OPERATIONS) return;
    // `with(socket) { startHandshake() }`: the value is the argument of the scope call
    if (d.kind === 'argument' && d.call && lastName(lang.call(d.call)?.callee.text ?? '') === 'with') {
      // Kotlin reads `with(x) { … }` as the call `with(x)` called with the lambda
      const outer = d.call.parent && lang.call(d.call.parent)?.callee.id === d.call.id ? d.call.parent : d.call;
      receiverScope(flow, outer, out);
      continue;
    }
    if (d.kind !== 'other') continue;
    const op = operationOn(flow, d.node);
    if (!op) continue;
    out.push(op);
    const call = op.at;
    if (depth >= MAX_LAMBDA_DEPTH || !lang.call(call)) continue;
    if (IT_SCOPE.test(op.name)) itScope(flow, call, out, depth);
    else if (RECEIVER_SCOPE.test(op.name)) receiverScope(flow, call, out);
  }
}

/**
 * `value.name(…)` / `value.name` / `value.name = x` with `value` at `n`: the member's name, what
 * it is given and the node that does it (the call, the access or the assignment). Java holds
 * the receiver in the call; Kotlin, Swift and TypeScript in a member access.
 */
function operationOn(flow: FileFlow, n: Node): Operation | undefined {
  const { lang } = flow;
  const parent = n.parent;
  if (!parent) return undefined;
  const javaCall = lang.call(parent);
  if (javaCall?.receiver?.id === n.id) return { name: lastName(javaCall.callee.text), args: javaCall.args.map((a) => a.value), at: parent };
  const member = lang.member(parent);
  if (!member || member.object.id !== n.id) return undefined;
  const outer = parent.parent;
  const call = outer && lang.call(outer);
  if (call && call.callee.id === parent.id) {
    // `socket.use { … }`: a trailing lambda is given too
    const lambdas = outer!.namedChildren.filter((c): c is Node => c?.type === 'annotated_lambda');
    return { name: member.name, args: [...call.args.map((a) => a.value), ...lambdas], at: outer! };
  }
  const assigned = outer && lang.assignment(outer);
  if (assigned && assigned.target.id === parent.id) return { name: member.name, args: [assigned.value], at: outer! };
  return { name: member.name, args: [], at: parent };
}

/** The lambda a scope call is given (trailing or in parentheses). */
function lambdaOf(call: Node): Node | undefined {
  const find = (n: Node, depth: number): Node | undefined => {
    if (n.type === 'lambda_literal') return n;
    if (depth > 3) return undefined;
    for (const c of n.namedChildren) {
      if (!c || !/^(annotated_lambda|value_arguments|value_argument|call_suffix|lambda_literal)$/.test(c.type)) continue;
      const found = find(c, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return find(call, 0);
}

/** `socket.use { s -> s.outputStream }`, `socket.let { it.startHandshake() }`: the lambda's parameter is the value. */
function itScope(flow: FileFlow, call: Node, out: Operation[], depth: number): void {
  const lambda = lambdaOf(call);
  if (!lambda) return;
  const params = lambda.namedChildren.find((c) => c?.type === 'lambda_parameters');
  if (params) {
    const first = params.namedChildren.find((c) => c?.type === 'variable_declaration');
    const name = first?.namedChildren.find((c) => c?.type === 'identifier');
    const b = name ? flow.bindings.declaredBy(name) : undefined;
    if (b) collect(flow, b.uses.flatMap((use) => destinationsOf(flow, use)), out, depth + 1);
    return;
  }
  const its: Node[] = [];
  const walk = (n: Node): void => {
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'identifier' && c.text === 'it' && flow.lang.implicitValue?.(c)) its.push(c);
      else if (c.type !== 'lambda_literal') walk(c); // a nested lambda has its own `it`
    }
  };
  walk(lambda);
  collect(flow, its.flatMap((it) => destinationsOf(flow, it)), out, depth + 1);
}

/** `socket.apply { startHandshake() }`, `with(socket) { outputStream.write(b) }`: calls and reads without a receiver run on the value. */
function receiverScope(flow: FileFlow, scopeCall: Node, out: Operation[]): void {
  const lambda = lambdaOf(scopeCall);
  if (!lambda) return;
  const { lang } = flow;
  const walk = (n: Node): void => {
    for (const c of n.namedChildren) {
      if (!c || out.length >= MAX_OPERATIONS || c.type === 'lambda_literal') continue; // a nested lambda may run on something else
      const call = lang.call(c);
      if (call && lang.implicitReceiver?.(c)?.id === scopeCall.id) {
        const lambdas = c.namedChildren.filter((x): x is Node => x?.type === 'annotated_lambda');
        out.push({ name: lastName(call.callee.text), args: [...call.args.map((a) => a.value), ...lambdas], at: c });
      } else if (implicitPropertySet(flow, c)) {
        // `factory.apply { hostnameVerifier = v }`
        const assigned = lang.assignment(c)!;
        out.push({ name: assigned.target.text, args: [assigned.value], at: c });
      } else if (implicitPropertyRead(flow, c)) {
        out.push({ name: c.text, args: [], at: c });
      }
      walk(c);
    }
  };
  walk(lambda);
}

/** `hostnameVerifier = v` with a bare name the file does not declare. */
function implicitPropertySet(flow: FileFlow, n: Node): boolean {
  const assigned = flow.lang.assignment(n);
  return !!assigned && flow.lang.identifiers.has(assigned.target.type) && !flow.bindings.resolve(assigned.target);
}

/** `outputStream` in `outputStream.write(b)`: a bare name the file does not declare, read as a value (not called, not after a dot). */
function implicitPropertyRead(flow: FileFlow, n: Node): boolean {
  const { lang } = flow;
  const parent = n.parent;
  if (!lang.identifiers.has(n.type) || !parent || flow.bindings.resolve(n)) return false;
  if (lang.call(parent)?.callee.id === n.id || lang.assignment(parent)?.target.id === n.id) return false;
  const member = lang.member(parent);
  return !member || member.object.id === n.id;
}

/** The argument matches by its text or by a name it is made by (`v` with `v = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER`). */
function argumentMatches(flow: FileFlow, arg: Node, pattern: Matcher): boolean {
  if (pattern.test(arg.text)) return true;
  for (const name of originNames(flow, arg)) if (pattern.test(name)) return true;
  return false;
}

const SCOPES = ['member', 'file'] as const;

/**
 * `(#sc-called-on? @expr "re" ["member"|"file"] ["arguments-re"])`: something matching `re` is
 * done on the value made at @expr, wherever it goes in the file: a method called on it
 * (`socket.startHandshake()`), a property read (`socket.inputStream`) or set
 * (`factory.hostnameVerifier = v`), also through Kotlin's `let`/`also`/`use` (`it`) and
 * `apply`/`run`/`with` (calls without a receiver); not in debug-only code. With `member`, only
 * where that happens inside the member function around @expr. With `arguments-re`, only a call one of whose
 * arguments (or the value set) matches it, by its text or by a name it is made by.
 */
function calledOn(_grammar: GrammarId, args: PredicateArg[], file: FileContext, op: string): boolean {
  const start = node(args[0], op);
  const pattern = regexArg(args[1], op, file);
  const scope = args[2] ?? 'file';
  if (typeof scope !== 'string' || !(SCOPES as readonly string[]).includes(scope)) throw new Error(`#${op}: expected one of ${SCOPES.join(', ')}, got ${typeof scope === 'string' ? `'${scope}'` : 'a capture'}`);
  const argumentPattern = args[3] === undefined ? undefined : regexArg(args[3], op, file);
  const flow = file.flow;
  if (!flow) return false;
  const within = scope === 'member' ? enclosingScope(file.grammar, start) : undefined;
  return operationsOn(flow, start).some((o) =>
    pattern.test(o.name)
    && (!within || (o.at.startIndex >= within.startIndex && o.at.endIndex <= within.endIndex))
    && !isDebugOnly(o.at, file.text) // never done in a release build
    && (!argumentPattern || o.args.some((a) => argumentMatches(flow, a, argumentPattern))));
}

/**
 * `(#sc-stays-local? @expr ["re"])`: the value made at @expr stays with the code that made it:
 * followed forward (through locals, fields and this file's helpers), it is never returned to
 * callers this file does not show and never passed to a call of code outside the file, except
 * calls whose callee matches `re` (logging, closing). A socket a factory's `createSocket`
 * returns, or hands to a connection object, is checked by whoever receives it.
 */
function staysLocal(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const start = node(args[0], 'sc-stays-local?');
  const allowed = args[1] === undefined ? undefined : regexArg(args[1], 'sc-stays-local?', file);
  const flow = file.flow;
  if (!flow) return false;
  return reach(flow, start).every((d) => {
    if (d.kind === 'argument') {
      const callee = lastName(flow.lang.call(d.call!)?.callee.text ?? '');
      return callee === 'with' || (!!allowed && allowed.test(callee)); // `with(socket) { … }` runs here
    }
    // 'escapes': returned to unknown callers, or kept where other files can read it. Only the
    // first hands the value on; a socket kept in a visible field and used here is still used here.
    if (d.kind === 'escapes') return !returnedValue(flow, d.node);
    return true;
  });
}

/** The node is what a function answers: a `return` value or an expression body. */
function returnedValue(flow: FileFlow, n: Node): boolean {
  const parent = n.parent;
  if (!parent) return false;
  if (flow.lang.returnValue(parent)?.id === n.id) return true;
  for (let p: Node | null = parent, depth = 0; p && depth < 3; p = p.parent, depth++) {
    if (flow.lang.functions.has(p.type)) return flow.lang.expressionBody(p)?.id === n.id;
  }
  return false;
}

/**
 * `(#sc-kept-in-field? @expr)`: the value made at @expr is kept in a field or property, directly
 * or through locals (`this.socket = s`, `socket = s` with a field `socket`, Kotlin's
 * `ircSocket = …` for a `lateinit var`), so it outlives the function that made it: the code that
 * uses it later is elsewhere. A socket only shaken hands on and dropped is a probe; one kept
 * for later carries the connection.
 */
function keptInField(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const start = node(args[0], 'sc-kept-in-field?');
  const flow = file.flow;
  if (!flow) return false;
  const seen = new Set<number>();
  const queue = [start];
  while (queue.length && seen.size < 32) {
    const n = queue.shift()!;
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    // `(factory.createSocket(…) as SSLSocket).also { it.startHandshake() }` is still the socket
    const op = operationOn(flow, outermostCarrier(flow, n));
    if (op && RETURNS_RECEIVER.test(op.name) && flow.lang.call(op.at)) queue.push(op.at);
    const b = bindingHolding(flow, n);
    if (!b) continue;
    if (b.declared.kind === 'member') return true;
    if (b.declared.kind === 'local') queue.push(...b.uses);
  }
  return false;
}

/** `n` with the parentheses and casts around it. */
function outermostCarrier(flow: FileFlow, n: Node): Node {
  let carrier = n;
  for (let p = n.parent; p && flow.lang.alternatives(p)?.some((c) => c.id === carrier.id); p = p.parent) carrier = p;
  return carrier;
}

/** The name `n`'s value is stored in (`x = n`, `val x = n`, through parentheses and casts). */
function bindingHolding(flow: FileFlow, n: Node): Binding | undefined {
  const carrier = outermostCarrier(flow, n);
  const parent = carrier.parent;
  if (!parent) return undefined;
  const assigned = flow.lang.assignment(parent);
  if (assigned && assigned.value.id === carrier.id) return flow.bindings.resolve(assigned.target);
  for (const holder of [parent, parent.parent]) {
    const d = holder && flow.lang.declarations(holder)?.find((x) => x.value?.id === carrier.id);
    if (d) return flow.bindings.declaredBy(d.name);
  }
  return undefined;
}

export const VALUE_USE_PREDICATES: Record<string, PredicateFn> = {
  'sc-called-on?': (g, a, f) => calledOn(g, a, f, 'sc-called-on?'),
  'sc-stays-local?': staysLocal,
  'sc-kept-in-field?': keptInField,
};
