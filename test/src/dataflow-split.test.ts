import { parseSnippet } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Query, type Node } from 'web-tree-sitter';
import { destinationsOf } from '../../server/out/core/dataflow/forward';
import { render, valuesOf } from '../../server/out/core/dataflow/values';
import { FileContext } from '../../server/out/core/file-context';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { customPredicatesHold } from '../../server/out/core/predicates';
import { loadWordLists } from '../../server/out/node/rule-files';
import { OverBudget, reportedBy } from '../../server/out/core/rule-matches';
import type { GrammarId } from '../../server/out/core/types';

/**
 * The engine pieces that let rules follow a weakness split across statements: flow names
 * (`#set! flow`), parameters and function references as flow origins, the forward walk
 * behind #sc-not-argument-of? and #sc-value-used?, call predicates that judge this file's
 * functions by their bodies, and the smaller resolution fixes they needed.
 */
const LISTS = loadWordLists();

async function parse(grammar: GrammarId, code: string): Promise<{ file: FileContext; root: Node; language: Awaited<ReturnType<GrammarLoader['load']>> }> {
  const { root: snippetRoot, language } = await parseSnippet(grammar, code);
  const tree = { rootNode: snippetRoot };
  return { file: new FileContext(grammar, tree.rootNode, code, LISTS), root: tree.rootNode, language };
}

/** What a query reports (direct and flow findings): `line:text` of each target, 1-based, sorted. */
async function reported(grammar: GrammarId, code: string, querySource: string): Promise<string[]> {
  const { file, root, language } = await parse(grammar, code);
  const query = new Query(language, querySource);
  const out = reportedBy(query, query.matches(root), file, undefined).map((r) => `${r.target.startPosition.row + 1}:${r.target.text}`);
  query.delete();
  return out.sort();
}

/** The text of every @finding whose custom predicates hold. */
async function matching(grammar: GrammarId, code: string, querySource: string): Promise<string[]> {
  const { file, root, language } = await parse(grammar, code);
  const query = new Query(language, querySource);
  const out: string[] = [];
  for (const m of query.matches(root)) {
    const byName = new Map(m.captures.map((c) => [c.name, c.node]));
    if (customPredicatesHold(file, query.predicatesForPattern(m.patternIndex), (n) => byName.get(n))) out.push(byName.get('finding')!.text);
  }
  query.delete();
  return out;
}

function find(root: Node, predicate: (n: Node) => boolean): Node {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (predicate(n)) return n;
    for (let i = n.namedChildCount - 1; i >= 0; i--) stack.push(n.namedChild(i)!);
  }
  throw new Error('node not found');
}

describe('flow names: (#set! flow "…")', () => {
  const query = `
((false) @source (#set! flow "off"))
((true) @source (#set! flow "on"))
((pair key: (property_identifier) @_k value: (_) @sink) (#set! flow "off") (#eq? @_k "verify"))
((pair key: (property_identifier) @_k value: (_) @sink) (#set! flow "on") (#eq? @_k "insecure"))
((ternary_expression) @sanitizer (#set! flow "off"))`;

  test('a source only reaches sinks of its own flow; a sanitizer only stops its own flow', async () => {
    const code = `const yes = true, no = false;
const a = { verify: no };
const b = { verify: yes };
const c = { insecure: yes };
const d = { insecure: no };
const e = { verify: x ? false : true, insecure: x ? true : false };`;
    assert.deepEqual(await reported('typescript', code, query), ['2:no', '4:yes', '6:x ? true : false']);
  });
});

describe('flow findings', () => {
  test('a sink reached only through another reported sink is not reported again', async () => {
    const query = `
((string) @source (#match? @source "insecure"))
((array (identifier) @sink))
((call_expression arguments: (arguments (identifier) @sink)))`;
    const code = `const FLAG = '--insecure';
const ARGS = ['--quiet', FLAG];
launch(ARGS);
launch(FLAG);`;
    assert.deepEqual(await reported('typescript', code, query), ['2:FLAG', '4:FLAG']);
  });
});

describe('flow origins: parameters, functions named as values, references', () => {
  test('Java: a parameter is a source; Type::method and this::method reach the method', async () => {
    const query = `
((formal_parameter type: (type_identifier) @_t name: (identifier) @source) (#eq? @_t "Handler"))
((method_invocation object: (_) @sink name: (identifier) @_m) (#eq? @_m "proceed"))
((method_declaration name: (identifier) @_n) @source (#eq? @_n "accept"))
((method_invocation name: (identifier) @_m arguments: (argument_list (_) @sink)) (#eq? @_m "install"))`;
    const code = `class C {
  private Handler pending;
  void on(Handler h) { pending = h; help(h); }
  void later() { pending.proceed(); }
  private void help(Handler x) { x.proceed(); }
  void other(Wizard w) { w.proceed(); }
  static boolean accept(String s) { return true; }
  boolean reject(String s) { return false; }
  void wire() { install(C::accept); install(this::reject); }
}`;
    assert.deepEqual(await reported('java', code, query), ['4:pending', '5:x', '9:C::accept']);
  });

  test('Kotlin: ::f, it in let/also, !!, and constructor properties read in the class body', async () => {
    const query = `
([(parameter (identifier) @source [(user_type) (nullable_type)] @_t) (class_parameter (identifier) @source (user_type) @_t)] (#match? @_t "^Handler"))
((call_expression (navigation_expression (_) @sink (identifier) @_m .)) (#eq? @_m "proceed"))
((function_declaration name: (identifier) @_n) @source (#eq? @_n "accept"))
((call_expression (identifier) @_m (value_arguments (value_argument (_) @sink))) (#eq? @_m "install"))`;
    const code = `class Sheet(private val handler: Handler) {
  fun ok() { handler.proceed() }
}
fun on(h: Handler?) {
  h?.let { it.proceed() }
  h!!.proceed()
  listOf(1).forEach { it.proceed() }
}
fun accept(s: String) = true
fun wire() { install(::accept) }`;
    assert.deepEqual(await reported('kotlin', code, query), ['10:::accept', '2:handler', '5:it', '6:h!!']);
  });

  test('TypeScript: a function declaration or class method passed by name', async () => {
    const query = `
([(function_declaration) (method_definition) (arrow_function)] @source)
((call_expression function: (identifier) @_f arguments: (arguments (_) @sink)) (#eq? @_f "register"))`;
    const code = `function handle(e) { return 1; }
class App {
  onError(e) { return 2; }
  start() { register(this.onError); }
}
const arrow = (e) => 3;
register(handle);
register(arrow);
register(unknown);`;
    assert.deepEqual(await reported('typescript', code, query), ['4:this.onError', '7:handle', '8:arrow']);
  });
});

describe('forward destinations', () => {
  test('#sc-not-argument-of? follows the value through locals, spreads, nesting and helpers', async () => {
    const code = `const a = { k: 1 }; https.createServer(a);
const b = { k: 2 }; https.createServer(b); https.request(b);
function opts() { return { k: 3 }; }
tls.createServer(opts());
const c = { tls: { k: 4 } }; https.createServer({ ...c, port: 1 });
function unused() { return { k: 5 }; }`;
    const q = '((pair key: (property_identifier) @_k value: (_) @finding) (#eq? @_k "k") (#sc-not-argument-of? @finding "^createServer$"))';
    assert.deepEqual(await matching('typescript', code, q), ['2', '5']);
  });

  test('#sc-value-used?: overwritten, never read, or replaced by a later key is unused', async () => {
    const code = `export function f() {
  let o = { k: 1 }; o = { other: true }; send(o);
  const p = { k: 2 };
  const q = { k: 3 }; send({ ...q, k: 0 });
  const r = { k: 4 }; send({ k: 0, ...r });
  let s = { k: 5 }; if (cond) { s = {}; } send(s);
  const t = { k: 6 }; send(t.k);
  const u = { k: 7 }; send(u.other);
}
export const v = { k: 8 };`;
    const q = '((pair key: (property_identifier) @_k value: (_) @finding) (#eq? @_k "k") (#sc-value-used? @finding))';
    assert.deepEqual((await matching('typescript', code, q)).sort(), ['0', '0', '4', '5', '6', '8']);
  });

  test('destinations name the call a value is handed to, through this file\'s functions', async () => {
    const { file, root } = await parse('kotlin', `fun build(x: Opts) = use(x)
fun go() { val o = Opts(); build(o) }`);
    const value = find(root, (n) => n.type === 'call_expression' && n.text === 'Opts()');
    const destinations = destinationsOf(file.flow!, value);
    assert.deepEqual(destinations.map((d) => [d.kind, d.call?.text]), [['argument', 'use(x)']]);
  });
});

describe('call predicates judge functions of this file by their bodies', () => {
  test('#sc-noop-trust-check?: a helper that only logs checks nothing; one that throws checks', async () => {
    const code = `class T {
  void a(X509Certificate[] c) { audit(c); }
  void b(X509Certificate[] c) throws CertificateException { require(c); }
  void c(X509Certificate[] c) { Log.d("t", "x"); }
  void d(X509Certificate[] c) { other.verify(c); }
  private void audit(X509Certificate[] c) { Log.i("t", "n=" + c.length); }
  private void require(X509Certificate[] c) throws CertificateException { if (c.length == 0) throw new CertificateException("x"); }
}`;
    const q = '(method_declaration name: (identifier) @finding body: (block) @_b (#match? @finding "^[a-d]$") (#sc-noop-trust-check? @_b))';
    assert.deepEqual(await matching('java', code, q), ['a', 'c']);
  });

  test('#sc-not-has-call? "member": a neutral name that evaluates counts; a check-like name that does not, does not', async () => {
    const code = `final class D {
    func one(_ t: SecTrust) { guard passes(t) else { return }; accept(t) }
    func two(_ t: SecTrust) { guard isTrusted(t) else { return }; proceed(t) }
    private func passes(_ t: SecTrust) -> Bool { return SecTrustEvaluateWithError(t, nil) }
    private func isTrusted(_ t: SecTrust) -> Bool { return true }
}`;
    const q = '((call_expression (simple_identifier) @finding) (#match? @finding "^(accept|proceed)$") (#sc-not-has-call? @finding "^(SecTrustEvaluate\\\\w*|\\\\w*[Tt]rusted)$" "member"))';
    assert.deepEqual(await matching('swift', code, q), ['proceed']);
  });

  test('overloads: a call resolved by name may run any function of that name', async () => {
    const code = `class T {
  void check(X509Certificate[] c, String a) { }
  void check(X509Certificate[] c, String a, Socket s) throws CertificateException { throw new CertificateException("no"); }
  void e(X509Certificate[] c) { check(c, "RSA"); }
}`;
    const q = '(method_declaration name: (identifier) @finding body: (block) @_b (#eq? @finding "e") (#sc-noop-trust-check? @_b))';
    assert.deepEqual(await matching('java', code, q), []);
  });
});

describe('resolution and values', () => {
  test('Java: a qualified call (Log.d) is not a call of this class\'s method d', async () => {
    const { file, root } = await parse('java', 'class C { void d() {} void f() { Log.d("t", "x"); d(); this.d(); } }');
    const calls: Node[] = [];
    const visit = (n: Node): void => { if (n.type === 'method_invocation') calls.push(n); for (const c of n.namedChildren) visit(c!); };
    visit(root);
    assert.deepEqual(calls.map((c) => file.flow!.bindings.functionsCalledBy(c).length), [0, 1, 1]);
  });

  test('an object property taken from a spread only when no later key replaces it', async () => {
    const { file, root } = await parse('typescript', `const base = { k: 'a' };
const x = { ...base };
const y = { ...base, k: 'b' };
const z = { k: 'c', ...base };
sink(x.k); sink(y.k); sink(z.k);`);
    const sinks: Node[] = [];
    const visit = (n: Node): void => { if (n.type === 'call_expression') sinks.push(n.childForFieldName('arguments')!.namedChild(0)!); for (const c of n.namedChildren) visit(c!); };
    visit(root);
    assert.deepEqual(sinks.map((s) => valuesOf(file.flow!, s).map((v) => render(v)).sort()), [['a'], ['b'], ['a', 'c']]);
  });

  test('Swift: an enum case written as .name is known by its name', async () => {
    const { file, root } = await parse('swift', `func f(c: Bool) {
    var d: Disposition = .performDefaultHandling
    if c { d = .useCredential }
    sink(d)
}`);
    const arg = find(root, (n) => n.type === 'simple_identifier' && n.text === 'd' && n.parent?.type === 'value_argument');
    assert.deepEqual(valuesOf(file.flow!, arg).map((v) => render(v)).sort(), ['.performDefaultHandling', '.useCredential']);
  });
});

describe('the time budget covers predicates and flow searches', () => {
  test('reportedBy stops with OverBudget once the budget is gone, and reports normally before', async () => {
    const { file, root, language } = await parse('typescript', 'const url = "http://a.io";\nfetch(url);\n');
    const query = new Query(language, '((string) @source)\n((call_expression arguments: (arguments (_) @sink)))\n');
    try {
      assert.deepEqual(reportedBy(query, query.matches(root), file, undefined, () => false).map((r) => r.target.text), ['url']);
      assert.throws(() => reportedBy(query, query.matches(root), file, undefined, () => true), OverBudget);
    } finally {
      query.delete();
    }
  });
});
