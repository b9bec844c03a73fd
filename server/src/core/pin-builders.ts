import type { Node } from 'web-tree-sitter';
import type { FileFlow } from './dataflow/flow';
import { lastName } from './dataflow/names';
import { boundValue } from './dataflow/uses';
import { render, valuesOf } from './dataflow/values';

/**
 * OkHttp `CertificatePinner.Builder` calls, grouped by the builder they configure, to tell how
 * many pins each host pattern gets. A builder is written in many ways, all one builder here:
 * - a chain: `CertificatePinner.Builder().add(h, p1).add(h, p2).build()`;
 * - a local or field: `val b = CertificatePinner.Builder(); b.add(h, p1); b.add(h, p2)`;
 * - a Kotlin scope: `CertificatePinner.Builder().apply { add(h, p1); add(h, p2) }`, `with(b) { … }`.
 * OkHttp checks a host against the pins of every pattern that matches it, so `*.shop.io` and
 * `**.shop.io` pins count for `api.shop.io` too.
 */
interface AddCall {
  call: Node;
  /** The host pattern's possible values, or its text when the file does not show the value. */
  hosts: string[];
  /** The pins it adds, or undefined when their number or value is not known (`*pins`, a loop, config). */
  pins?: string[];
}

/** Calls that hand back the builder they are made on. */
const BUILDER_STEP = /^(add|apply|also|run)$/;
const PIN = /^sha(1|256)\//;
const groupsByFlow = new WeakMap<FileFlow, Map<string, AddCall[]>>();

/**
 * `add(host, pin)` with one pin the file shows, and no other `add` of the same builder pins
 * that host (or a pattern covering it). Nothing is claimed when the builder comes from a
 * parameter (the caller may add more) or when another call of it adds pins the file does not show.
 */
export function isSolePin(flow: FileFlow, call: Node): boolean {
  const own = addCall(flow, call);
  const key = builderKey(flow, call);
  if (!own?.pins || own.pins.length !== 1 || key === undefined) return false;
  const siblings = groups(flow).get(key) ?? [];
  for (const host of own.hosts) {
    const pins = new Set(own.pins);
    for (const other of siblings) {
      if (other.call.id === call.id || !other.hosts.some((pattern) => covers(pattern, host))) continue;
      if (!other.pins) return false;
      other.pins.forEach((p) => pins.add(p));
    }
    if (pins.size > 1) return false;
  }
  return own.hosts.length > 0;
}

/** Every `add(…)` call of the file that belongs to a builder, by builder. */
function groups(flow: FileFlow): Map<string, AddCall[]> {
  let byBuilder = groupsByFlow.get(flow);
  if (byBuilder) return byBuilder;
  byBuilder = new Map();
  const stack: Node[] = [flow.root];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.namedChildren) if (c) stack.push(c);
    const info = flow.lang.call(n);
    if (!info || lastName(info.callee.text) !== 'add' || info.args.length < 2) continue;
    const key = builderKey(flow, n);
    const add = key === undefined ? undefined : addCall(flow, n);
    if (key === undefined || !add) continue;
    byBuilder.set(key, [...(byBuilder.get(key) ?? []), add]);
  }
  groupsByFlow.set(flow, byBuilder);
  return byBuilder;
}

function addCall(flow: FileFlow, call: Node): AddCall | undefined {
  const info = flow.lang.call(call);
  if (!info || info.args.length < 2) return undefined;
  const [host, ...pinArgs] = info.args.map((a) => a.value);
  const hostValues = valuesOf(flow, host!);
  const hosts = hostValues.every(isKnown) ? hostValues.map((v) => render(v)) : [host!.text];
  const pins: string[] = [];
  for (const arg of pinArgs) {
    // `*pins`, `...pins`: as many as the array holds
    if (/^(\*|\.\.\.)/.test(arg.text) || arg.parent?.text.trim().startsWith('*')) return { call, hosts };
    const values = valuesOf(flow, arg);
    if (!values.every(isKnown)) return { call, hosts };
    for (const v of values) {
      const text = render(v);
      if (!PIN.test(text)) return { call, hosts };
      pins.push(text);
    }
  }
  return { call, hosts, pins };
}

const isKnown = (v: ReturnType<typeof valuesOf>[number]): boolean => v.parts.length > 0 && v.parts.every((p) => 'text' in p);

/**
 * The builder an `add` call configures, as a key shared by all its calls: the variable that
 * holds it, or the chain's first call when the builder is never stored. Undefined for a
 * builder that arrives as a parameter or a value the file does not make.
 */
function builderKey(flow: FileFlow, call: Node): string | undefined {
  let n: Node | undefined = call;
  for (let depth = 0; n && depth < 64; depth++) {
    const info = flow.lang.call(n);
    if (!info) break;
    // `with(builder) { add(…) }`: the callee is itself the call `with(builder)`
    const scope = flow.lang.call(info.callee);
    if (scope && lastName(scope.callee.text) === 'with') {
      n = scope.args[0]?.value;
      continue;
    }
    if (n.id !== call.id && !BUILDER_STEP.test(lastName(info.callee.text))) break;
    const next: Node | undefined = info.receiver ?? flow.lang.member(info.callee)?.object ?? flow.lang.implicitReceiver?.(n);
    if (!next) return undefined;
    n = next;
  }
  if (!n) return undefined;
  const held = flow.bindings.resolve(n);
  if (held) return held.declared.kind === 'parameter' ? undefined : `binding:${held.site.id}:${held.declared.name.id}`;
  if (!flow.lang.call(n)) return undefined;
  // `CertificatePinner.Builder().add(…)…` kept in a variable: the variable is the builder
  const stored = boundValue(flow, chainTop(flow, n));
  return stored ? `binding:${stored.binding.site.id}:${stored.binding.declared.name.id}` : `chain:${n.id}`;
}

/** The outermost call of the chain that starts at `n` (`X.add(…).add(…)` for X). */
function chainTop(flow: FileFlow, n: Node): Node {
  let top = n;
  for (let depth = 0; depth < 64; depth++) {
    const member = top.parent && flow.lang.member(top.parent);
    const outer = member && member.object.id === top.id ? top.parent!.parent : undefined;
    const info = outer ? flow.lang.call(outer) : undefined;
    const javaOuter = top.parent && flow.lang.call(top.parent)?.receiver?.id === top.id ? top.parent : undefined;
    const next = info && outer ? outer : javaOuter;
    if (!next || !BUILDER_STEP.test(lastName(flow.lang.call(next)!.callee.text))) break;
    top = next;
  }
  return top;
}

/**
 * Does OkHttp check pins of `pattern` for `host`? `*.shop.io` matches one more label,
 * `**.shop.io` any number (and `shop.io` itself).
 */
function covers(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  if (pattern.startsWith('**.')) {
    const base = pattern.slice(3);
    const name = host.replace(/^\*{1,2}\./, '');
    return name === base || name.endsWith(`.${base}`);
  }
  if (pattern.startsWith('*.') && !host.startsWith('*')) {
    const base = pattern.slice(2);
    return host.endsWith(`.${base}`) && !host.slice(0, -base.length - 1).includes('.');
  }
  return false;
}
