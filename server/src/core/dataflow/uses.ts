import type { Node } from 'web-tree-sitter';
import { isDebugOnly } from '../debug-only';
import type { Binding } from './bindings';
import type { FileFlow } from './flow';
import { lastName } from './flow';
import { callReceiving } from './forward';
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
  /** Calls that only turn a string into a URL object (`Uri.parse`, `toUri`, `URL(…)`): the result carries the value on. */
  urlParse: Matcher;
  /** Calls that build a string from a format and arguments (`String(format:)`): the result carries the value on. */
  stringBuilding: Matcher;
}

const vocabularies = new WeakMap<WordLists, UseVocabulary>();

/** The vocabulary of a set of word lists, built once per set (predicates ask for it per match). */
export function useVocabulary(lists: WordLists): UseVocabulary {
  let vocabulary = vocabularies.get(lists);
  if (!vocabulary) vocabularies.set(lists, (vocabulary = vocabularyOf(lists)));
  return vocabulary;
}

function vocabularyOf(lists: WordLists): UseVocabulary {
  return {
    logging: lists.matcher('logging-callees'),
    comparison: lists.matcher('comparison-callees,string-edit-callees,assertion-callees'),
    ui: lists.matcher('ui-text-callees,credits-callees'),
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
 * The kinds of use of binding `b`. With `from` (the declaration or assignment that gave the
 * value), only the reads that value reaches count: `var url = "http://…"; url = "https://…";
 * get(url)` never sends the first value.
 */
export function useKinds(flow: FileFlow, b: Binding, vocabulary: UseVocabulary, sourceText: string, hops = 0, from?: Node): Set<UseKind> {
  const kinds = new Set<UseKind>();
  const reads = b.uses.filter((use) => !isWrite(flow, use));
  // Only a mutable local can be overwritten before a read; other bindings keep their value.
  const overwritable = b.declared.kind === 'local' && !b.declared.immutable;
  const uses = from && overwritable ? reads.filter((u) => flow.bindings.definitionsReaching(b, u).some((d) => d.site.id === from.id)) : reads;
  if (uses.length === 0) {
    // A top-level name of a script (no imports or exports) is a global other scripts read.
    const scriptGlobal = b.scope.type === 'program' && !!flow.lang.isScript?.(b.scope);
    kinds.add(b.declared.visibleOutside || scriptGlobal ? 'exported' : 'unused');
    return kinds;
  }
  for (const use of uses) {
    if (isDebugOnly(use, sourceText)) kinds.add('debug');
    else for (const k of classify(flow, use, vocabulary, sourceText, hops)) kinds.add(k);
  }
  return kinds;
}

/** `x = …`, `this.x = …`: the reference is written, the value it had is not used (`x += …` reads it). */
function isWrite(flow: FileFlow, use: Node): boolean {
  const ref = qualifiedAccess(flow, use) ?? use;
  // Through target wrappers (Swift `directly_assignable_expression`) up to the assignment.
  for (let p = ref.parent, depth = 0; p && depth < 3; p = p.parent, depth++) {
    const written = flow.lang.assignment(p);
    if (written) return !written.appends && written.target.startIndex <= ref.startIndex && written.target.endIndex === ref.endIndex;
  }
  return false;
}

/** How the value of an expression is used where it stands (`Uri.parse(x)`: what is done with the parsed URL). */
export function expressionUseKinds(flow: FileFlow, expr: Node, vocabulary: UseVocabulary, sourceText: string): Set<UseKind> {
  return new Set(isDebugOnly(expr, sourceText) ? ['debug'] : classify(flow, expr, vocabulary, sourceText, 0));
}

/** `x.name` read as a whole: Swift wraps the name in a `navigation_suffix` under the member access. */
function qualifiedAccess(flow: FileFlow, use: Node): Node | undefined {
  for (let p = use.parent, depth = 0; p && depth < 2; p = p.parent, depth++) {
    const member = flow.lang.member(p);
    if (member) return member.object.id !== use.id && member.name === use.text ? p : undefined;
    if (p.type !== 'navigation_suffix') return undefined;
  }
  return undefined;
}

function classify(flow: FileFlow, use: Node, v: UseVocabulary, sourceText: string, hops: number): UseKind[] {
  const { lang } = flow;
  // `Api.BASE`: the qualified access is the use; `baseUrl()`: the value is the call's result.
  use = qualifiedAccess(flow, use) ?? use;
  const called = use.parent && lang.call(use.parent);
  if (called && called.callee.id === use.id) use = use.parent!;
  // Climb through expressions that carry the value on: parentheses, ternaries, concatenation, templates.
  let carrier = use;
  for (let p = use.parent; p; p = p.parent) {
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
  const member = receiverUse(flow, parent, carrier);
  if (member) {
    if (v.urlPart.test(member.name)) return ['host'];
    const { call } = member;
    // `X.replace("http://", "https://")`: upgraded to TLS, the cleartext text is edited away.
    if (call && v.passThrough.test(member.name) && upgradesScheme(flow, call)) return ['compared'];
    // `X.trim()`, `X.replace("/v1", "")`, `X.toUri()`: the result carries the value on.
    if (v.passThrough.test(member.name) || v.urlParse.test(member.name)) return call && hops < MAX_HOPS ? classify(flow, call, v, sourceText, hops + 1) : ['sent'];
    if (v.comparison.test(member.name)) return ['compared'];
    if (v.logging.test(member.name)) return ['logged'];
    return ['sent'];
  }
  const call = callReceiving(flow, carrier);
  if (call) {
    const name = lastName(lang.call(call)!.callee.text);
    if (v.logging.test(name)) return ['logged'];
    if (v.comparison.test(name)) return ['compared'];
    if (v.ui.test(name)) return ['ui'];
    if (v.namespace.test(name)) return ['namespace'];
    // `Uri.parse(X).host`, `new URL(X).getHost()`: parsed only to read a part.
    const outer = call.parent && receiverUse(flow, call.parent, call);
    if (outer && v.urlPart.test(outer.name)) return ['host'];
    // `val u = Uri.parse(X)`, `String(format: "%@/v1", X)`: what is done with the result decides.
    if ((v.urlParse.test(name) || v.stringBuilding.test(name)) && hops < MAX_HOPS) return classify(flow, call, v, sourceText, hops + 1);
    // A function of this file: what it does with the parameter decides.
    const parameter = parameterReceiving(flow, call, carrier);
    if (parameter && hops < MAX_HOPS) return [...useKinds(flow, parameter, v, sourceText, hops + 1)];
    return ['sent'];
  }
  // Stored in another name: follow that name's uses a few hops.
  const target = assignedBinding(flow, carrier);
  if (target && hops < MAX_HOPS) return [...useKinds(flow, target.binding, v, sourceText, hops + 1, target.site)];
  if (/jsx_attribute/.test(parent.type) && /^(placeholder|xmlns(:\w+)?|title|alt|aria-\w+)$/.test(parent.namedChildren[0]?.text ?? '')) return ['ui'];
  return ['sent'];
}

/**
 * `X.name` / `X.name(…)` with `carrier` as X: the member's name and, for a method, the call
 * (Kotlin and TypeScript wrap the member access in the call; Java's method_invocation holds
 * the receiver as its `object`).
 */
function receiverUse(flow: FileFlow, parent: Node, carrier: Node): { name: string; call?: Node } | undefined {
  const member = flow.lang.member(parent);
  if (member) {
    if (member.object.id !== carrier.id) return undefined;
    const call = parent.parent && flow.lang.call(parent.parent)?.callee.id === parent.id ? parent.parent : undefined;
    return { name: member.name, call };
  }
  const info = flow.lang.call(parent);
  if (info && parent.childForFieldName('object')?.id === carrier.id) return { name: lastName(info.callee.text), call: parent };
  return undefined;
}

/** `s.replace("http://", "https://")`: an edit whose replacement text starts with a TLS scheme. */
function upgradesScheme(flow: FileFlow, call: Node): boolean {
  return flow.lang.call(call)?.args.some((a) => /^[@$]?["'`](https|wss):\/\//i.test(a.value.text)) ?? false;
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
  const param = given.label ? params.find((p) => p.label === given.label) : params[index];
  return param ? flow.bindings.declaredBy(param.name) : undefined;
}

/** `val b = <carrier>` / `b = <carrier>`: the binding that now holds the value. */
function assignedBinding(flow: FileFlow, carrier: Node): { binding: Binding; site: Node } | undefined {
  return boundValue(flow, carrier);
}

/**
 * The binding an expression's value is stored in (`val b = <value>`, `b = <value>`, through
 * parentheses and casts), with the declaration or assignment that stores it.
 */
export function boundValue(flow: FileFlow, value: Node): { binding: Binding; site: Node } | undefined {
  let carrier = value;
  for (let p = value.parent; p && flow.lang.alternatives(p)?.length === 1 && flow.lang.alternatives(p)![0]!.id === carrier.id; p = p.parent) carrier = p;
  const parent = carrier.parent;
  if (!parent) return undefined;
  const assigned = flow.lang.assignment(parent);
  if (assigned && assigned.value.id === carrier.id) {
    const binding = flow.bindings.resolve(assigned.target);
    return binding && { binding, site: parent };
  }
  for (const holder of [parent, parent.parent]) {
    const declared = holder && flow.lang.declarations(holder);
    const d = declared?.find((x) => x.value?.id === carrier.id);
    const binding = d && flow.bindings.declaredBy(d.name);
    if (binding) return { binding, site: binding.site };
  }
  return undefined;
}
