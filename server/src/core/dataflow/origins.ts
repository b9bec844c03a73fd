import type { Node } from 'web-tree-sitter';
import type { FileFlow } from './flow';
import { lastName } from './names';

/**
 * What a value is made by, as far as the file shows: the names of the calls, constructors and
 * objects it comes from. `prefs.edit()` with `val prefs = context.getSharedPreferences(…)` is
 * made by `edit`, `getSharedPreferences` and `context`; `EncryptedSharedPreferences.create(…)
 * .edit()` by `edit`, `create` and `EncryptedSharedPreferences`; `UserDefaults.standard` by
 * `standard` and `UserDefaults`; `Random(System.currentTimeMillis())` by `Random`,
 * `currentTimeMillis` and `System`.
 *
 * The walk goes back through the flow model (locals, fields, helper returns, ternaries, `?:`)
 * and into everything that makes the value:
 * - the receiver of each call and member access (`a.b().c()` is made from `a.b()`, made from `a`),
 *   and in Kotlin the implicit receiver of a lambda with receiver (`prefs.edit { putString(…) }`,
 *   `with(editor) { … }`);
 * - the arguments of the calls that make it (a wrapper such as `BufferedWriter(FileWriter(f))`, a
 *   seed, an options object's keys and values) and what a lambda given to them answers
 *   (`(1..16).map { CHARS.random() }`, not the test of `takeIf { … }`);
 * - the class a class literal names (`getSystemService(SmsManager.class)` is made by `SmsManager`);
 * - the parts of a concatenation, template or arithmetic, and the index of an element
 *   (`CHARS[rnd.nextInt(n)]`); a literal that is a plain name counts as one
 *   (`new Cookie("remember_token", …)`);
 * - for a local, what is put into it afterwards (`sb.append(…)`, `rnd.nextBytes(bytes)`).
 * Where the file does not show the value (a parameter, an injected property), the names written
 * in its declaration stand in: its own name, its type and its annotations
 * (`@EncryptedPreferences private val prefs: SharedPreferences`).
 *
 * Used by `#sc-made-by?` to tell a plain store from an encrypted one, a logger from a socket
 * writer, `java.util.Random` from `SecureRandom`. Bounded: a file's worst case stays cheap.
 */
const MAX_NODES = 96;
const MAX_ARGUMENT_HOPS = 2;
const INDEXING = /^(index_expression|subscript_expression|array_access|indexing_suffix)$/;
/** Calls on a local that build it in place: `sb.append(c)`, `list.add(x)`, `digits.push(d)`. */
const BUILDS_RECEIVER = /^(append|appendLine|add|addAll|insert|put|push|set|write|update|plus|concat)$/;
/** Calls that fill the array they are given: `random.nextBytes(bytes)`, `crypto.getRandomValues(arr)`. */
const FILLS_ARGUMENT = /^(nextBytes|getRandomValues|randomFill|randomFillSync|SecRandomCopyBytes|fill)$/;
const NAME_TEXT = /^["'`][\w.@/-]{1,60}["'`]$/;
/** Calls whose lambda checks or acts on the value rather than making it (`x?.takeIf { isUsable(it) }`). */
const CHECKS_ONLY = /^(takeIf|takeUnless|filter|filterNot|also|apply|forEach|onEach|any|all|none|count|check|require|sortedBy|sortedWith|distinctBy)$/;
const ARITHMETIC = /^(binary_expression|additive_expression|multiplicative_expression|unary_expression|prefix_expression|range_expression|parenthesized_expression)$/;

export function originNames(flow: FileFlow, start: Node, receiverOnly = false): Set<string> {
  const { lang } = flow;
  const names = new Set<string>();
  const seen = new Set<number>();
  // `receiverOnly`: a call is asked about the object it is made on (`editor.putString(k, v)`:
  // the editor), not about its own name or the data it is given.
  const onCall = receiverOnly ? lang.call(start) : undefined;
  // Each node carries how many call arguments the walk went into to reach it: a value is made
  // by what its own calls are given (`Long.toHexString(rnd.nextLong())`, a seed of the generator
  // behind it), not by everything those arguments were once made from.
  const queue: { n: Node; hops: number }[] = [];
  if (onCall) {
    seen.add(start.id);
    const receiver = onCall.receiver ?? lang.member(onCall.callee)?.object ?? lang.implicitReceiver?.(start);
    if (receiver) queue.push({ n: receiver, hops: 0 });
  } else queue.push({ n: start, hops: 0 });
  let hops = 0;
  const push = (n: Node | undefined | null, extra = 0): void => {
    if (n && !seen.has(n.id) && hops + extra <= MAX_ARGUMENT_HOPS) queue.push({ n, hops: hops + extra });
  };
  while (queue.length && seen.size < MAX_NODES) {
    const next = queue.shift()!;
    const n = next.n;
    hops = next.hops;
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    const alternatives = lang.alternatives(n);
    if (alternatives) { alternatives.forEach(push); continue; }
    // Java `SmsManager.class` (`getSystemService(SmsManager.class)`): names the class, like
    // Kotlin's `SmsManager::class.java`, which reads as members of the name
    if (n.type === 'class_literal') { names.add(lastName(n.text.replace(/\.class$/, ''))); continue; }
    // A name declared here (a parameter or a property this file never sets): what its
    // declaration says, `@Named("secure") prefs: SharedPreferences`.
    const declared = flow.bindings.declaredBy(n);
    if (declared) {
      for (const id of declared.site.text.match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(id);
      continue;
    }
    const call = lang.call(n);
    if (call) {
      const own = flow.bindings.functionsCalledBy(n);
      if (own.length) { for (const fn of own) flow.returnsOf(fn).forEach(push); continue; }
      const callee = call.callee;
      const member = call.receiver ? { object: call.receiver } : lang.member(callee);
      if (lang.call(callee)) push(callee); // Kotlin `with(x) { … }`: the callee is itself a call
      else names.add(lastName(callee.text));
      // Java `new CertificatePinner.Builder()`: made by the outer type too, as Kotlin's
      // `CertificatePinner.Builder()` is (its callee is a member access of the outer type)
      if (callee.type === 'scoped_type_identifier') names.add(lastName(callee.text.replace(/\s*\.\s*[A-Za-z_$][\w$]*\s*(<[^>]*>)?\s*$/, '')));
      if (member) push(member.object);
      else push(lang.implicitReceiver?.(n));
      // What the call is given makes its result: a wrapped stream, a seed, `Math.floor(Math.random() * 1e6)`,
      // and what a lambda it is given answers (`(1..16).map { CHARS.random() }`).
      for (const a of call.args) push(a.value, 1);
      if (!CHECKS_ONLY.test(lastName(callee.text))) {
        for (const c of n.namedChildren) if (c?.type === 'annotated_lambda') push(c.namedChildren.find((x) => x?.type === 'lambda_literal'), 1);
      }
      continue;
    }
    if (lang.functions.has(n.type)) { flow.returnsOf(n).forEach(push); continue; }
    // `random.nextInt(900000) + 100000`, `"tok-${Date.now()}"`: built from its parts; a plain
    // name given as text (`new Cookie("remember_token", t)`, `require('express-session')`) counts as one
    const parts = lang.concatenation(n) ?? (lang.strings.has(n.type) ? flow.predecessors(n).map((s) => s.node) : undefined);
    if (parts) {
      if (parts.length === 0 && NAME_TEXT.test(n.text)) names.add(n.text.slice(1, -1));
      parts.forEach(push);
      continue;
    }
    // `Math.random() * 1e6`, `rnd.nextInt(9000) + 1000`: arithmetic on the value
    if (ARITHMETIC.test(n.type)) { for (const c of n.namedChildren) push(c); continue; }
    const collection = lang.collection(n);
    if (collection) {
      for (const e of collection.entries) { if (e.key) names.add(e.key); push(e.value); }
      continue;
    }
    // `CHARS[random.nextInt(CHARS.length)]`: an element picked by the index
    if (INDEXING.test(n.type)) { for (const c of n.namedChildren) push(c); continue; }
    const member = lang.member(n);
    if (member || lang.identifiers.has(n.type)) {
      const steps = flow.predecessors(n);
      const b = flow.bindings.resolve(n);
      if (b?.declared.kind === 'local') builtInPlace(flow, b.uses).forEach(push);
      if (steps.length) { for (const s of steps) push(s.node); continue; }
      if (b) continue; // known, but holds nothing the file shows
      if (member) { names.add(member.name); push(member.object); } else names.add(n.text);
    }
  }
  return names;
}

/**
 * What a local is filled with after its declaration: the arguments of the calls that build it
 * (`sb.append(CHARS[rnd.nextInt(n)])`) and the calls that fill it (`rnd.nextBytes(bytes)`:
 * `rnd.nextBytes` and what `rnd` is made by).
 */
function builtInPlace(flow: FileFlow, uses: readonly Node[]): Node[] {
  const { lang } = flow;
  const out: Node[] = [];
  for (const use of uses) {
    const parent = use.parent;
    if (!parent) continue;
    // `sb.append(x)`: Java holds the receiver in the call; Kotlin, Swift and TS in a member access
    const javaCall = lang.call(parent);
    const viaMember = lang.member(parent)?.object.id === use.id && parent.parent ? lang.call(parent.parent) : undefined;
    const onUse = javaCall?.receiver?.id === use.id ? javaCall : viaMember?.callee.id === parent.id ? viaMember : undefined;
    if (onUse && BUILDS_RECEIVER.test(lastName(onUse.callee.text))) out.push(...onUse.args.map((a) => a.value));
    // `random.nextBytes(bytes)`: the argument is filled by the call
    for (let p: Node | null = parent, depth = 0; p && depth < 3; p = p.parent, depth++) {
      const call = lang.call(p);
      if (!call) continue;
      if (call.args.some((a) => a.value.id === use.id || a.value.text === '&' + use.text) && FILLS_ARGUMENT.test(lastName(call.callee.text))) out.push(p);
      break;
    }
  }
  return out;
}
