import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Parser, Query, type Node } from 'web-tree-sitter';
import { FileFlow } from '../../server/out/core/dataflow/flow';
import { FLOW_LANGUAGES } from '../../server/out/core/dataflow/language';
import { useKinds, useVocabulary } from '../../server/out/core/dataflow/uses';
import { FileContext } from '../../server/out/core/file-context';
import { GrammarLoader } from '../../server/out/core/grammars';
import { customPredicatesHold } from '../../server/out/core/predicates';
import { loadWordLists } from '../../server/out/core/rule-loader';
import type { GrammarId } from '../../server/out/core/types';

/**
 * Cleartext URLs split across statements (issue 6, section 2) on the data-flow engine:
 * Kotlin constructor properties and parameter defaults, Java calls with a receiver, Java
 * collection builders; use kinds that follow a qualified constant, a function's result, a
 * parsed URL and a scheme upgrade, and only the reads a definition reaches; the predicates
 * that tell a default or bare scheme and a flow's sink call.
 */
const loader = new GrammarLoader();
const LISTS = loadWordLists();

async function parse(grammar: GrammarId, code: string): Promise<{ root: Node; parser: Parser }> {
  const language = await loader.load(grammar); // initialises web-tree-sitter before the first Parser
  const parser = new Parser();
  parser.setLanguage(language);
  const tree = parser.parse(code)!;
  assert.equal(tree.rootNode.hasError, false, 'snippet parses');
  return { root: tree.rootNode, parser };
}

/** The text of the string literals that reach each `sink(x)` argument. */
async function sinkSources(grammar: GrammarId, code: string): Promise<string[][]> {
  const { root, parser } = await parse(grammar, code);
  const flow = new FileFlow(FLOW_LANGUAGES[grammar]!, root);
  const out: string[][] = [];
  const visit = (n: Node): void => {
    const call = flow.lang.call(n);
    if (call && call.callee.text === 'sink') {
      out.push(flow.sourcesReaching(call.args[0]!.value, (x) => flow.lang.strings.has(x.type)).map((p) => p.steps[0]!.node.text).sort());
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(root);
  parser.delete();
  return out;
}

/** The use kinds of the first binding declared as `name`. */
async function usesOf(grammar: GrammarId, code: string, name: string): Promise<string[]> {
  const { root, parser } = await parse(grammar, code);
  const flow = new FileFlow(FLOW_LANGUAGES[grammar]!, root);
  let declared: Node | undefined;
  const visit = (n: Node): void => {
    if (!declared && flow.lang.identifiers.has(n.type) && n.text === name && flow.bindings.declaredBy(n)) declared = n;
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(root);
  assert.ok(declared, `a declaration of ${name}`);
  const b = flow.bindings.declaredBy(declared)!;
  const kinds = [...useKinds(flow, b, useVocabulary(LISTS), code, 0, b.site)].sort();
  parser.delete();
  return kinds;
}

/** The text of every @finding whose pattern's predicates hold. */
async function findings(grammar: GrammarId, code: string, querySource: string): Promise<string[]> {
  const { root, parser } = await parse(grammar, code);
  const query = new Query(await loader.load(grammar), querySource);
  const file = new FileContext(grammar, root, code, LISTS);
  const out: string[] = [];
  for (const m of query.matches(root)) {
    const byName = new Map(m.captures.map((c) => [c.name, c.node]));
    if (customPredicatesHold(file, query.predicatesForPattern(m.patternIndex), (n) => byName.get(n))) out.push(byName.get('finding')!.text);
  }
  parser.delete();
  return out;
}

describe('data flow: split URLs, Kotlin', () => {
  test('constructor properties are read in methods and through this; parameter defaults reach the body', async () => {
    const code = `
class C(private val endpoint: String = "http://a.io", host: String = "b.io") {
  private val base = "http://$host"
  fun f() { sink(endpoint) }
  fun g() { sink(this.endpoint) }
  fun h() { sink(base) }
  fun connect(url: String = "ws://c.io") { sink(url) }
  fun i() { connect("https://d.io") }
}
`;
    assert.deepEqual(await sinkSources('kotlin', code), [['"http://a.io"'], ['"http://a.io"'], ['"http://$host"'], ['"https://d.io"', '"ws://c.io"']]);
  });

  test('use kinds: a qualified constant only logged, a function only called for logging, a parsed URL read for its host', async () => {
    const code = `
object Api {
  const val OLD = "http://a.io"
}
class C {
  private val PROMO = "http://b.io"
  private val SHOP = "http://c.io"
  private fun legacyUrl() = "http://d.io"
  fun f(u: String) {
    Log.d("t", Api.OLD)
    Log.d("t", legacyUrl())
    val promo = PROMO.toUri()
    show(promo.host)
    if (Uri.parse(SHOP).host == u) return
  }
}
`;
    assert.deepEqual(await usesOf('kotlin', code, 'OLD'), ['logged']);
    assert.deepEqual(await usesOf('kotlin', code, 'legacyUrl'), ['logged']);
    assert.deepEqual(await usesOf('kotlin', code, 'PROMO'), ['host']);
    assert.deepEqual(await usesOf('kotlin', code, 'SHOP'), ['host']);
  });

  test('use kinds: an upgrade to https edits the value away; an overwritten local reaches nothing', async () => {
    const code = `
fun f(web: WebView) {
  val legacyUrl = "http://a.io"
  web.loadUrl(legacyUrl.replace("http://", "https://"))
  var page = "http://b.io"
  page = "https://b.io"
  web.loadUrl(page)
  val other = "http://c.io"
  web.loadUrl(other.trim())
}
`;
    assert.deepEqual(await usesOf('kotlin', code, 'legacyUrl'), ['compared']);
    assert.deepEqual(await usesOf('kotlin', code, 'page'), ['unused']);
    assert.deepEqual(await usesOf('kotlin', code, 'other'), ['sent']);
  });
});

describe('data flow: split URLs, Java', () => {
  test('a call with a receiver is not this file\'s method of that name; Arrays.asList carries its elements', async () => {
    const code = `
class C {
  private String base = "http://a.io";
  public String toString() { return base; }
  private String helper() { return "http://b.io"; }
  void f(int key) {
    sink(Integer.toString(key));
    sink(this.helper());
    sink(helper());
    sink(java.util.Arrays.asList("http://c.io", base));
  }
}
`;
    assert.deepEqual(await sinkSources('java', code), [[], ['"http://b.io"'], ['"http://b.io"'], ['"http://a.io"', '"http://c.io"']]);
  });

  test('a name that is not called reads the field, not the getter of the same name', async () => {
    const java = 'class C { private String endpoint = "http://a.io"; String endpoint() { return endpoint; } void f() { sink(endpoint()); } }';
    assert.deepEqual(await sinkSources('java', java), [['"http://a.io"']]);
    assert.deepEqual(await usesOf('java', java, 'endpoint'), ['sent']);
    const kotlin = 'class C(private val endpoint: String = "http://b.io") {\n  fun endpoint(): String = endpoint\n  fun f() { sink(endpoint()) }\n}\n';
    assert.deepEqual(await sinkSources('kotlin', kotlin), [['"http://b.io"']]);
  });

  test('use kinds: receivers of method calls (startsWith, getHost after parse, replace to https)', async () => {
    const code = `
class C {
  private static final String OLD = "http://a.io";
  private static final String PROMO = "http://b.io";
  private static final String LEGACY = "http://c.io";
  void f(String u, WebView web) {
    if (u.startsWith(OLD) || OLD.equals(u)) return;
    String host = Uri.parse(PROMO).getHost();
    web.loadUrl(LEGACY.replace("http://", "https://"));
  }
}
`;
    assert.deepEqual(await usesOf('java', code, 'OLD'), ['compared']);
    assert.deepEqual(await usesOf('java', code, 'PROMO'), ['host']);
    assert.deepEqual(await usesOf('java', code, 'LEGACY'), ['compared']);
  });
});

describe('split-URL predicates', () => {
  test('#sc-not-default-scheme?: a scheme put before an address only when it has none', async () => {
    const code = `
class C {
  String a(String url) { if (!url.startsWith("http")) url = "http://" + url; return url; }
  String b(String url) { return url.contains("://") ? url : "http://" + url; }
  String c(String url) { String lower = url.toLowerCase(); if (lower.startsWith("https://")) return url; return "http://" + url; }
  String d(String host, boolean tls) { return tls ? "https://" + host : "http://" + host; }
  String e(String host) { if (!host.startsWith("http")) return "http://" + host + "/api"; return host; }
}
`;
    const q = '((string_literal) @finding (#match? @finding "^\\"http://\\"$") (#sc-not-default-scheme? @finding))';
    // a, b, c are defaults; d chooses the scheme by a flag; e appends a path (an endpoint of its own)
    assert.equal((await findings('java', code, q)).length, 2);
    const kotlin = `
fun a(typed: String): String { var url = typed; if (!url.contains("://")) url = "http://$url"; return url }
fun b(host: String) = if (host.startsWith("http")) host else "http://$host"
fun c(host: String, tls: Boolean) = if (tls) "https://$host" else "http://$host"
fun d(typed: String) = when {
    typed.startsWith("http") -> typed
    else -> "http://$typed"
}
`;
    const kq = '((string_literal) @finding (#match? @finding "^\\"http://") (#sc-not-default-scheme? @finding))';
    assert.deepEqual(await findings('kotlin', kotlin, kq), ['"http://$host"']);
  });

  test('#sc-scheme-prefix?: a bare scheme kept, chosen or prepended; not one in a list or passed alone', async () => {
    const code = `
fun f(secure: Boolean, host: String) {
  val scheme = if (secure) "https://" else "http://"
  val prefix = when { secure -> "https://"; else -> "http://" }
  val url = "http://" + host
  val suggestions = listOf("https://", "http://")
  launch(Uri.parse("http://"))
}
fun g(tls: Boolean) = if (tls) "https://" else "http://"
`;
    const q = '((string_literal) @finding (#sc-scheme-prefix? @finding))';
    assert.deepEqual(await findings('kotlin', code, q), ['"http://"', '"http://"', '"http://"', '"http://"']);
  });

  test('#sc-sink-call?: not a function of this file, a collection builder, proxy setup or a parse read for its host', async () => {
    const code = `
class C {
  private void fetch(String url) { client.get(url); }
  void f(String u) {
    fetch("http://a.io");
    client.post("http://b.io");
    java.util.Arrays.asList("http://c.io");
    builder.addProxyRule("http://d.io");
    String h = Uri.parse("http://e.io").getHost();
    Uri full = Uri.parse("http://f.io");
    open(full);
  }
}
`;
    const q = '((method_invocation arguments: (argument_list (string_literal) @finding)) @_c (#sc-sink-call? @_c))';
    assert.deepEqual(await findings('java', code, q), ['"http://b.io"', '"http://f.io"']);
  });

  test('#sc-not-kept-under?: values kept under namespace or proxy names are no destinations', async () => {
    const code = `
class C {
  static final String NAMESPACE = "http://ws.shop.io/";
  static final String BASE = "http://api.shop.io/";
  void f(String host, boolean b) {
    String proxyUrl = "http://" + host;
    String mediaNs = b ? "http://m.shop.io/ns" : "x";
    String target = "http://" + host;
  }
}
`;
    const q = '((string_literal) @finding (#match? @finding "^\\"http") (#sc-not-kept-under? @finding "not-url-names"))';
    assert.deepEqual(await findings('java', code, q), ['"http://api.shop.io/"', '"http://"']);
    const kotlin = 'val m = mapOf("xmlns" to "http://a.shop.io/ns", "baseUrl" to "http://b.shop.io")\n';
    const kq = '((string_literal) @finding (#match? @finding "^\\"http") (#sc-not-kept-under? @finding "not-url-names"))';
    assert.deepEqual(await findings('kotlin', kotlin, kq), ['"http://b.shop.io"']);
  });

  test('#sc-sink-call?: request headers carry a URL as text', async () => {
    const code = 'class C { void f() { b.addHeader("Referer", "http://a.io"); b.header("Origin", "http://b.io"); b.url("http://c.io"); } }';
    const q = '((method_invocation arguments: (argument_list (string_literal) @finding)) @_c (#match? @finding "http") (#sc-sink-call? @_c))';
    assert.deepEqual(await findings('java', code, q), ['"http://c.io"']);
  });

  test('#sc-url-name? leaves out namespace and proxy names; #sc-cleartext-url? leaves out wildcard patterns', async () => {
    const code = 'class C { String baseUrl; String NSURI; String MEDIA_NAMESPACE_URI; String proxyUrl; String HTTP_PROXY_HOST; String apiHost; }';
    const q = '(variable_declarator name: (identifier) @finding (#sc-url-name? @finding))';
    assert.deepEqual(await findings('java', code, q), ['baseUrl', 'apiHost']);
    const urls = 'class C { void f() { a("http://*/*"); a("http://*.shop.io/*"); a("http://shop.io/*"); } }';
    const u = '((string_literal) @finding (#sc-cleartext-url? @finding))';
    assert.deepEqual(await findings('java', urls, u), ['"http://shop.io/*"']);
  });
});
