import type { Node } from 'web-tree-sitter';
import { isDebugOnly } from '../debug-only';
import type { Binding } from './bindings';
import type { FileFlow } from './flow';
import { lastName } from './flow';
import type { Matcher, WordLists } from '../word-lists';

/**
 * How a value is used, read from the code around each use of its binding. A URL constant
 * that is only logged, compared, parsed for its host or shown as hint text sends nothing;
 * one passed to anything else may. Rules ask `#sc-used-beyond?` with the kinds they accept
 * as harmless, so precision comes from evidence in the file rather than from name lists.
 */
export type UseKind =
  | 'sent' // passed to a call that may use it for traffic, returned, or stored where we lose sight of it
  | 'logged'
  | 'compared'
  | 'host' // parsed only to read its host, scheme or path
  | 'ui' // shown as text or hint
  | 'namespace' // an XML namespace or feature name
  | 'debug' // used only inside debug-only code
  | 'unused' // not used in this file and not visible outside it
  | 'exported'; // not used in this file, but other files can read it

export const USE_KINDS: readonly UseKind[] = ['sent', 'logged', 'compared', 'host', 'ui', 'namespace', 'debug', 'unused', 'exported'];

/** The vocabulary of harmless callees and members, by kind (from the word lists in `_lists/`). */
export interface UseVocabulary {
  logging: Matcher;
  comparison: Matcher;
  ui: Matcher;
  namespace: Matcher;
  /** Members that read a part of a parsed URL (`.host`, `getHost()`, `hostname`). */
  urlPart: Matcher;
  /** Methods whose result is the same text, edited (`trim`, `replace`). */
  passThrough: Matcher;
  /** Calls that parse a string into a URL object (`URL(string:)`, `new URL`, `Uri.parse`): the result's uses decide. */
  urlParse: Matcher;
  /** Calls that build a string from a format and arguments (`String(format:)`): the result's uses decide. */
  stringBuilding: Matcher;
}

export function useVocabulary(lists: WordLists): UseVocabulary {
  return {
    logging: lists.matcher('logging-callees'),
    comparison: lists.matcher('comparison-callees,string-edit-callees,assertion-callees'),
    ui: lists.matcher('ui-text-callees'),
    namespace: lists.matcher('namespace-callees'),
    urlPart: lists.matcher('url-part-members'),
    passThrough: lists.matcher('pass-through-members'),
    urlParse: lists.matcher('url-parse-callees'),
    stringBuilding: lists.matcher('string-building-callees'),
  };
}

const COMPARISON_OPERATORS = /^(==|!=|===|!==|~=)$/;
const MAX_HOPS = 3;

/**
 * The kinds of the reads of `b`. With `from` (the declaration or assignment that gave the
 * value), only the reads that value can reach count: a value overwritten before every read
 * is not used. Writes (`x = …`) are no reads.
 */
export function useKinds(flow: FileFlow, b: Binding, vocabulary: UseVocabulary, sourceText: string, hops = 0, from?: Node): Set<UseKind> {
  const kinds = new Set<UseKind>();
  const reads = b.uses.filter((use) => !isWritten(flow, use)
    && (!from || flow.bindings.definitionsReaching(b, use).some((d) => d.site.id === from.id)));
  if (reads.length === 0) {
    kinds.add(b.declared.visibleOutside ? 'exported' : 'unused');
    return kinds;
  }
  for (const use of reads) {
    if (isDebugOnly(use, sourceText)) kinds.add('debug');
    else for (const k of classify(flow, use, vocabulary, sourceText, hops)) kinds.add(k);
  }
  return kinds;
}

/** How the value of an expression is used right where it stands (an argument, say). */
export function expressionUseKinds(flow: FileFlow, expr: Node, vocabulary: UseVocabulary, sourceText: string): Set<UseKind> {
  return new Set(isDebugOnly(expr, sourceText) ? ['debug'] : classify(flow, expr, vocabulary, sourceText, 0));
}

/** The use is the target of `x = …` (or part of it: `self.x = …`). */
function isWritten(flow: FileFlow, use: Node): boolean {
  for (let n: Node = use, p = use.parent, depth = 0; p && depth < 4; n = p, p = p.parent, depth++) {
    const assigned = flow.lang.assignment(p);
    if (assigned) return !assigned.appends && assigned.target.startIndex <= n.startIndex && n.endIndex <= assigned.target.endIndex;
    if (!flow.lang.member(p) && !/^(navigation_suffix|directly_assignable_expression)$/.test(p.type)) return false;
  }
  return false;
}

function classify(flow: FileFlow, use: Node, v: UseVocabulary, sourceText: string, hops: number): UseKind[] {
  const { lang } = flow;
  // `self.x` / `Api.x`: the read is the whole member access.
  let start = use;
  for (let p = use.parent, depth = 0; p && depth < 2; p = p.parent, depth++) {
    const m = lang.member(p);
    if (m && m.object.id !== use.id && m.name === use.text) { start = p; break; }
    if (p.type !== 'navigation_suffix') break;
  }
  // Climb through expressions that carry the value on: parentheses, ternaries, concatenation, templates.
  let carrier = start;
  for (let p = start.parent; p; p = p.parent) {
    const carries = lang.alternatives(p)?.some((c) => c.id === carrier.id) || lang.concatenation(p)?.some((c) => c.id === carrier.id)
      || lang.strings.has(p.type) || /^(template_substitution|interpolation|interpolated_expression|line_str_text)$/.test(p.type);
    if (!carries) break;
    carrier = p;
  }
  const parent = carrier.parent;
  if (!parent) return ['sent'];
  // Compared: `url == X`, `X.equals(url)`, `url.startsWith(X)`.
  if (/binary|equality|comparison/.test(parent.type) && parent.children.some((c) => c && !c.isNamed && COMPARISON_OPERATORS.test(c.type))) return ['compared'];
  // Receiver of a member: `X.host`, `X.startsWith(…)`, `X.toHttpUrl()`.
  const member = lang.member(parent);
  if (member && member.object.id === carrier.id) {
    if (v.urlPart.test(member.name)) return ['host'];
    // `X.trim()`, `X.replace("/v1", "")`: the result carries the value on.
    const call = parent.parent && lang.call(parent.parent) ? parent.parent : undefined;
    if (v.passThrough.test(member.name)) return call && hops < MAX_HOPS ? classify(flow, call, v, sourceText, hops + 1) : ['sent'];
    if (v.comparison.test(member.name)) return ['compared'];
    if (v.logging.test(member.name)) return ['logged'];
    return ['sent'];
  }
  // `f()` where `f` is the value (a function returning a URL): the call's result is what is used.
  const asCallee = lang.call(parent);
  if (asCallee && asCallee.callee.id === carrier.id) return hops < MAX_HOPS ? classify(flow, parent, v, sourceText, hops + 1) : ['sent'];
  const call = enclosingCallOfArgument(flow, carrier);
  if (call) {
    const name = lastName(lang.call(call)!.callee.text);
    if (v.logging.test(name)) return ['logged'];
    // `String(format: "%@/v1", X)`, `URL(string: X)`, `new URL(X)`: the result carries the value on.
    if (v.stringBuilding.test(name) || v.urlParse.test(name)) return hops < MAX_HOPS ? classify(flow, call, v, sourceText, hops + 1) : ['sent'];
    if (v.comparison.test(name)) return ['compared'];
    if (v.ui.test(name)) return ['ui'];
    if (v.namespace.test(name)) return ['namespace'];
    // `Foo.parse(X).host`: parsed only to read a part.
    const outer = call.parent && lang.member(call.parent);
    if (outer && outer.object.id === call.id && v.urlPart.test(outer.name)) return ['host'];
    // A function of this file: what it does with the parameter decides.
    const parameter = parameterReceiving(flow, call, carrier);
    if (parameter) return hops < MAX_HOPS ? [...useKinds(flow, parameter, v, sourceText, hops + 1)] : ['sent'];
    return ['sent'];
  }
  // Stored in another name: follow that name's uses a few hops.
  const target = assignedBinding(flow, carrier);
  if (target && hops < MAX_HOPS) return [...useKinds(flow, target, v, sourceText, hops + 1)];
  if (/jsx_attribute/.test(parent.type) && /^(placeholder|xmlns(:\w+)?|title|alt|aria-\w+)$/.test(parent.namedChildren[0]?.text ?? '')) return ['ui'];
  return ['sent'];
}

/** The call that receives `arg` as one of its arguments (through argument wrappers). */
function enclosingCallOfArgument(flow: FileFlow, arg: Node): Node | undefined {
  let n: Node | null = arg.parent;
  while (n && /^(value_argument|value_arguments|argument_list|arguments|call_suffix|constructor_suffix)$/.test(n.type)) n = n.parent;
  const info = n ? flow.lang.call(n) : undefined;
  return n && info?.args.some((a) => a.value.id === arg.id) ? n : undefined;
}

/** The parameter of a function of this file that receives `arg` at `call`. */
function parameterReceiving(flow: FileFlow, call: Node, arg: Node): Binding | undefined {
  const fns = flow.bindings.functionsCalledBy(call);
  if (fns.length !== 1) return undefined;
  const args = flow.lang.call(call)!.args;
  const index = args.findIndex((a) => a.value.id === arg.id);
  const given = args[index];
  if (!given) return undefined;
  const params = flow.lang.parameters(fns[0]!);
  const param = (given.label ? params.find((p) => p.label === given.label) : undefined) ?? (given.label ? undefined : params[index]);
  return param ? flow.bindings.declaredBy(param.name) : undefined;
}

/** `val b = <carrier>` / `b = <carrier>`: the binding that now holds the value. */
function assignedBinding(flow: FileFlow, carrier: Node): Binding | undefined {
  const parent = carrier.parent;
  if (!parent) return undefined;
  const assigned = flow.lang.assignment(parent);
  if (assigned && assigned.value.id === carrier.id) return flow.bindings.resolve(assigned.target);
  for (const holder of [parent, parent.parent]) {
    const declared = holder && flow.lang.declarations(holder);
    const d = declared?.find((x) => x.value?.id === carrier.id);
    if (d) return flow.bindings.declaredBy(d.name);
  }
  return undefined;
}
