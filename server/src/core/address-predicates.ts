import type { Node } from 'web-tree-sitter';
import type { FileFlow } from './dataflow/flow';
import { lastName } from './dataflow/names';
import { render, valuesOf } from './dataflow/values';
import type { FileContext } from './file-context';
import { node, type PredicateArg, type PredicateFn } from './predicate-helpers';
import type { GrammarId } from './types';

/**
 * `(#sc-loopback-address? @expr)` / `(#sc-not-loopback-address? @expr)`: every value a host
 * or address expression can have stays on this device: a loopback name or address
 * (`"localhost"`, `"127.0.0.1"`, `"::1"`, `"localhost:50051"`, gRPC `"dns:///localhost:50051"`),
 * a local socket (`"unix:/run/app.sock"`, a Node `listen("/tmp/app.sock")` path), or an address
 * made by `InetAddress.getLoopbackAddress()` / `InetAddress.getByName("127.0.0.1")` /
 * `InetSocketAddress("localhost", port)`, followed through constants, locals, fields, ternaries
 * builder steps (`forAddress("localhost", p).maxInboundMessageSize(n)`) and this file's
 * helpers. Used where a plaintext client connection or a server without TLS
 * only matters when it leaves the device (CWE-319): `ManagedChannelBuilder.forAddress(host, p)
 * .usePlaintext()`, `ServerSocket(port, 0, bindAddr)`, `server.listen(port, host)`.
 *
 * `0.0.0.0` is not loopback: a server bound to it listens on every interface. An address the
 * file does not show (a parameter, a setting) is not known to be loopback.
 */

/** Loopback names and addresses, with an optional scheme in front and a port or path after (the port may be unknown: `localhost:…`). */
const LOOPBACK_TEXT = /^(?:[a-z][\w+.-]*:\/*)?(?:localhost|[\w-]+(?:\.[\w-]+)*\.localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|\[?(?:0:){7}1\]?|\[?::ffff:127(?:\.\d{1,3}){3}\]?|ip6-localhost|ip6-loopback)\.?(?::[\w\u2026]*)?(?:\/.*)?$/i;
/** A Unix domain socket or Windows named pipe: gRPC `unix:` targets, Node `listen("/tmp/app.sock")`. */
const LOCAL_SOCKET_TEXT = /^(?:unix(?:-abstract)?:|\/[\w.-]|\\\\[.?]\\pipe\\)/i;
/** Calls that answer the loopback address. */
const LOOPBACK_CALLS = /^getLoopbackAddress$/;
/**
 * Calls whose address is their first argument: `InetAddress.getByName(h)`, `new
 * InetSocketAddress(h, port)`, gRPC `ManagedChannelBuilder.forAddress(h, port)` /
 * `forTarget(t)` / `Grpc.newChannelBuilder(t, creds)`.
 */
const ADDRESS_OF_FIRST_ARGUMENT = /^(getByName|getAllByName|InetSocketAddress|createUnresolved|forAddress|forTarget|newChannelBuilder|newChannelBuilderForAddress)$/;
/** `InetAddress.getByAddress(new byte[]{127, 0, 0, 1})`, `byteArrayOf(127, 0, 0, 1)`. */
const LOOPBACK_BYTES = /^\s*(?:new\s+byte\s*\[\s*\]\s*\{|byteArrayOf\s*\(|\[)\s*(?:\(byte\)\s*)?127\s*,\s*0\s*,\s*0\s*,\s*1\s*[})\]]\s*$/;
/**
 * A constant or parameter named as the loopback host whose value this file does not show
 * (`LOCAL_HOSTNAME` imported from a config module, a `loopbackHost` parameter).
 */
const LOOPBACK_NAME = /^(local_?host(_?name)?|localhost\w*|loopback\w*|local_?host_?ipv?[46])$/i;
const MAX_HOPS = 6;

export function isLoopbackAddress(flow: FileFlow, expr: Node, hops = 0): boolean {
  if (hops > MAX_HOPS) return false;
  const values = valuesOf(flow, expr);
  if (values.length > 0 && values.every((v) => isLocalText(render(v)))) return true;
  const call = flow.lang.call(expr);
  if (call) {
    const name = lastName(call.callee.text.replace(/<.*$/s, ''));
    if (LOOPBACK_CALLS.test(name)) return true;
    if (name === 'getByAddress') return LOOPBACK_BYTES.test(call.args[call.args.length - 1]?.value.text ?? '');
    if (ADDRESS_OF_FIRST_ARGUMENT.test(name)) return !!call.args[0] && isLoopbackAddress(flow, call.args[0].value, hops + 1);
    // A builder step carries the address of the object it is called on:
    // `ManagedChannelBuilder.forAddress("localhost", p).maxInboundMessageSize(n)`.
    const receiver = call.receiver ?? flow.lang.member(call.callee)?.object;
    if (receiver && !/^[A-Z][\w.]*$/.test(receiver.text) && flow.bindings.functionsCalledBy(expr).length === 0) {
      return isLoopbackAddress(flow, receiver, hops + 1);
    }
  }
  // A local, field or helper holding such a call (`val lo = InetAddress.getLoopbackAddress()`),
  // or a choice between two of them: every way the value is made must be local. Only steps
  // that carry the whole value count. Where a value arrives from outside the file (a
  // parameter, an import, a property set elsewhere), only a name that says loopback
  // (`loopbackHost`, `LOCAL_HOSTNAME`) stands for it.
  const steps = flow.predecessors(expr);
  if (steps.some((s) => !WHOLE_VALUE.has(s.kind) || s.node.id === expr.id)) return false;
  const shown = steps.filter((s) => !isDeclaredName(flow, s.node));
  if (!shown.every((s) => isLoopbackAddress(flow, s.node, hops + 1))) return false;
  return shown.length > 0 && shown.length === steps.length || namedLoopback(flow, expr);
}

const WHOLE_VALUE = new Set(['value', 'definition', 'return', 'argument']);

/** The expression reads a name that says loopback (`LOCAL_HOSTNAME`, `config.loopbackHost`). */
function namedLoopback(flow: FileFlow, expr: Node): boolean {
  const name = flow.lang.member(expr)?.name ?? (flow.lang.identifiers.has(expr.type) ? expr.text : undefined);
  return name !== undefined && LOOPBACK_NAME.test(name);
}

function isLocalText(text: string): boolean {
  return LOOPBACK_TEXT.test(text) || LOCAL_SOCKET_TEXT.test(text);
}

/** A parameter's (or an unset property's) own name: the value arrives from outside. */
function isDeclaredName(flow: FileFlow, n: Node): boolean {
  const b = flow.bindings.declaredBy(n);
  return !!b && b.declared.name.id === n.id;
}

function loopback(_grammar: GrammarId, args: PredicateArg[], file: FileContext, op: string): boolean {
  const expr = node(args[0], op);
  const flow = file.flow;
  if (!flow) return isLocalText(expr.text.replace(/^["'`]|["'`]$/g, ''));
  return isLoopbackAddress(flow, expr);
}

export const ADDRESS_PREDICATES: Record<string, PredicateFn> = {
  'sc-loopback-address?': (g, a, f) => loopback(g, a, f, 'sc-loopback-address?'),
  'sc-not-loopback-address?': (g, a, f) => !loopback(g, a, f, 'sc-not-loopback-address?'),
};
