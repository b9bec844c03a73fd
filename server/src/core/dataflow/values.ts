import type { Node } from 'web-tree-sitter';
import { lastName } from './names';
import { shortTemplateNames, type Binding } from './bindings';
import type { FileFlow } from './flow';

/**
 * What a string-like expression can be: each possible value is a sequence of known text and
 * unknown parts. `"$base/login"` with `val base = "http://api.shop.io"` is one value,
 * `http://api.shop.io/login`; `secure ? "https://" : "http://"` is two; a parameter read from
 * the user is unknown. Unknown parts stay unknown: they are never guessed.
 */
export type ValuePart = { text: string } | { unknown: true };

export interface PossibleValue {
  parts: ValuePart[];
  /** The string literals the known text came from, in order (for explanations and fixes). */
  literals: Node[];
}

const MAX_VALUES = 16;
const MAX_DEPTH = 12;
/**
 * Expressions looked at for one question. Depth and the values kept are capped, but the ways
 * to combine definitions are not: a field appended to hundreds of times (`this.offset += 4`
 * all over node-mysql2's packet.js) made one question run for minutes. Past this, the answer
 * is unknown, as for anything the engine cannot follow.
 */
const MAX_STEPS = 2000;

interface Search {
  visiting: Set<number>;
  steps: number;
  through: ThroughWrapper | undefined;
}
const UNKNOWN: PossibleValue = { parts: [{ unknown: true }], literals: [] };
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', '`': '`', $: '$', '/': '/' };

export function render(v: PossibleValue, unknown = '\u2026'): string {
  return v.parts.map((p) => ('text' in p ? p.text : unknown)).join('');
}

export function valuesOf(flow: FileFlow, expr: Node): PossibleValue[] {
  return valuesWith(flow, expr, 0, { visiting: new Set<number>(), steps: 0, through: undefined });
}

/**
 * Which expression stands for another one's text: `through(Uri.parse(x))` is `x`,
 * `through(encodeURIComponent(u))` is `u`. Lets a caller read a value through calls that
 * wrap or re-encode it (this file's own functions are followed either way).
 */
export type ThroughWrapper = (n: Node) => Node | undefined;

/** valuesOf, seeing through the wrappers that `through` names. */
export function valuesThrough(flow: FileFlow, expr: Node, through: ThroughWrapper): PossibleValue[] {
  return valuesWith(flow, expr, 0, { visiting: new Set<number>(), steps: 0, through });
}

function valuesWith(flow: FileFlow, expr: Node, depth: number, search: Search): PossibleValue[] {
  if (depth > MAX_DEPTH || search.visiting.has(expr.id) || ++search.steps > MAX_STEPS) return [UNKNOWN];
  search.visiting.add(expr.id);
  try {
    return cap(compute(flow, expr, depth, search));
  } finally {
    search.visiting.delete(expr.id);
  }
}

function compute(flow: FileFlow, n: Node, depth: number, search: Search): PossibleValue[] {
  const { lang } = flow;
  const next = (e: Node): PossibleValue[] => valuesWith(flow, e, depth + 1, search);
  const wrapped = search.through?.(n);
  if (wrapped) return next(wrapped);
  if (lang.strings.has(n.type)) return literal(flow, n, next, search);
  if (/^(number|integer_literal|decimal_integer_literal|number_literal|true|false|boolean_literal|real_literal)$/.test(n.type)) {
    return [{ parts: [{ text: n.text }], literals: [] }];
  }
  // Swift `.useCredential`: an enum case written without its type is known by its name.
  if (n.type === 'prefix_expression' && /^\.[A-Za-z_]\w*$/.test(n.text)) return [{ parts: [{ text: n.text }], literals: [] }];
  const alternatives = lang.alternatives(n);
  if (alternatives) return alternatives.flatMap(next);
  const parts = lang.concatenation(n);
  if (parts) return parts.map(next).reduce(product);
  const call = lang.call(n);
  if (call && /^(format|formatted)$|^String$/.test(lastName(call.callee.text))) return formatted(flow, n, next) ?? [UNKNOWN];
  if (lang.identifiers.has(n.type) || lang.member(n)) {
    const b = flow.bindings.resolve(n);
    if (b) return definitionValues(flow, b, n, next, search);
    const member = lang.member(n);
    if (member) return orUnknown(flow.propertyOf(member.object, member.name).flatMap(next));
    return [UNKNOWN];
  }
  if (call) return orUnknown(flow.predecessors(n).filter((s) => s.kind === 'return').flatMap((s) => next(s.node)));
  return [UNKNOWN];
}

function definitionValues(flow: FileFlow, b: Binding, use: Node, next: (e: Node) => PossibleValue[], search: Search, appending = new Set<number>()): PossibleValue[] {
  // The earlier values of `x += …` recurse here without passing through valuesWith: count them too.
  if (++search.steps > MAX_STEPS) return [UNKNOWN];
  const values: PossibleValue[] = [];
  for (const d of flow.bindings.definitionsReaching(b, use)) {
    if (d.property !== undefined) values.push(...orUnknown(flow.propertyOf(d.value, d.property).flatMap(next)));
    // `x += "/login"`: the earlier value followed by the appended text (once: a field's `+=` may reach itself).
    else if (d.appends && appending.has(d.site.id)) values.push(...product([{ parts: [{ unknown: true }], literals: [] }], next(d.value)));
    else if (d.appends) values.push(...product(orUnknown(definitionValues(flow, b, d.site, next, search, new Set([...appending, d.site.id]))), next(d.value)));
    else values.push(...next(d.value));
  }
  values.push(...flow.parameterArguments(b).flatMap(next));
  return orUnknown(values);
}

function orUnknown(values: PossibleValue[]): PossibleValue[] {
  return values.length ? values : [UNKNOWN];
}

function literal(flow: FileFlow, n: Node, next: (e: Node) => PossibleValue[], search: Search): PossibleValue[] {
  let results: PossibleValue[] = [{ parts: [], literals: [n] }];
  const appendText = (text: string): void => {
    results = results.map((r) => ({ ...r, parts: [...r.parts, { text }] }));
  };
  const children = n.namedChildren.filter((c): c is Node => c !== null);
  if (children.length === 0) {
    appendText(unescape(stripQuotes(n.text)));
    return results;
  }
  // Kotlin keeps `$base` as plain text, split over several nodes: collect text first.
  let pending = '';
  const flush = (): void => {
    if (flow.lang.shortTemplates && pending.includes('$')) results = product(results, shortTemplates(flow, n, pending, next, search));
    else if (pending) appendText(pending);
    pending = '';
  };
  for (const c of children) {
    if (/^(template_substitution|interpolation|interpolated_expression)$/.test(c.type)) {
      flush();
      const inner = c.childForFieldName('value') ?? c.namedChildren.find((x) => x !== null);
      results = product(results, inner ? next(inner) : [UNKNOWN]);
    } else {
      pending += c.type === 'escape_sequence' ? unescape(c.text) : c.text;
    }
  }
  flush();
  return results;
}

/** Kotlin `"$base/login"`: the grammar keeps `$base` as text, so names are resolved here. */
function shortTemplates(flow: FileFlow, literalNode: Node, text: string, next: (e: Node) => PossibleValue[], search: Search): PossibleValue[] {
  let results: PossibleValue[] = [{ parts: [], literals: [] }];
  let rest = text;
  for (const name of shortTemplateNames(text)) {
    const at = rest.indexOf('$' + name);
    results = product(results, [{ parts: [{ text: rest.slice(0, at) }], literals: [] }]);
    const b = flow.bindings.resolveName(name, literalNode);
    // Like a read of the name: its definitions, and for a parameter the arguments of this file's calls.
    results = product(results, b ? definitionValues(flow, b, literalNode, next, search) : [UNKNOWN]);
    rest = rest.slice(at + name.length + 1);
  }
  return product(results, [{ parts: [{ text: rest }], literals: [] }]);
}

/** `String.format("http://%s/x", host)` and friends: each `%s`/`%d`/`%@` takes the next argument. */
function formatted(flow: FileFlow, call: Node, next: (e: Node) => PossibleValue[]): PossibleValue[] | undefined {
  const info = flow.lang.call(call)!;
  const receiver = flow.lang.member(info.callee)?.object;
  const args = info.args.map((a) => a.value);
  const ownFormat = receiver && !/^(String|NSString)$/.test(receiver.text);
  const format = ownFormat ? receiver : args.shift();
  if (!format) return undefined;
  const formats = next(format);
  return formats.flatMap((f) => {
    const parts: ValuePart[] = [];
    let argIndex = 0;
    for (const p of f.parts) {
      if (!('text' in p)) { parts.push(p); continue; }
      const pieces = p.text.split(/(%(?:\d+\$)?[-#+ 0,(]*\d*(?:\.\d+)?(?:l{0,2}|h)?[sdif@xXu])/);
      for (const piece of pieces) {
        if (!/^%/.test(piece)) { if (piece) parts.push({ text: piece }); continue; }
        const arg = args[argIndex++];
        const value = arg ? next(arg) : [UNKNOWN];
        parts.push(...(value.length === 1 ? value[0]!.parts : [{ unknown: true as const }]));
      }
    }
    return [{ parts, literals: f.literals }];
  });
}

function product(a: PossibleValue[], b: PossibleValue[]): PossibleValue[] {
  const out: PossibleValue[] = [];
  for (const x of a) for (const y of b) {
    out.push({ parts: merge([...x.parts, ...y.parts]), literals: [...x.literals, ...y.literals] });
    if (out.length >= MAX_VALUES) return out;
  }
  return out;
}

function merge(parts: ValuePart[]): ValuePart[] {
  const out: ValuePart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && 'text' in last && 'text' in p) out[out.length - 1] = { text: last.text + p.text };
    else if (last && 'unknown' in last && 'unknown' in p) continue;
    else if (!('text' in p) || p.text !== '') out.push(p);
  }
  return out;
}

function cap(values: PossibleValue[]): PossibleValue[] {
  const seen = new Set<string>();
  const out: PossibleValue[] = [];
  for (const v of values) {
    const key = render(v, '\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
    if (out.length >= MAX_VALUES) break;
  }
  return out;
}

/** The content of a string literal's source text: `"a"`, `'a'`, `` `a` ``, `"""a"""`, Kotlin `$"a"`, ObjC `@"a"`. */
export function stripQuotes(text: string): string {
  return text.trim().replace(/^[@$]?("""|["'`])/, '').replace(/("""|["'`])$/, '');
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_m, c: string) => ESCAPES[c] ?? c);
}
