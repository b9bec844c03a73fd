import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Parser, Query } from 'web-tree-sitter';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { customPredicatesHold } from '../../server/out/core/predicates';
import type { GrammarId } from '../../server/out/core/types';

const loader = new GrammarLoader();

/** The text of every @finding the query reports once our own predicates are applied. */
async function findings(grammar: GrammarId, code: string, querySource: string): Promise<string[]> {
  const language = await loader.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  const tree = parser.parse(code)!;
  assert.equal(tree.rootNode.hasError, false, 'snippet parses');
  const query = new Query(language, querySource);
  const out: string[] = [];
  for (const m of query.matches(tree.rootNode)) {
    const byName = new Map(m.captures.map((c) => [c.name, c.node]));
    if (customPredicatesHold(grammar, query.predicatesForPattern(m.patternIndex), (n) => byName.get(n))) {
      out.push(byName.get('finding')!.text);
    }
  }
  parser.delete();
  return out;
}

describe('#sc-noop-trust-check?', () => {
  const q = '(method_declaration name: (identifier) @finding body: (block) @_b (#sc-noop-trust-check? @_b))';
  test('empty, logging-only and validity-only bodies check nothing', async () => {
    const code = `class T {
      void a(X509Certificate[] c) {}
      void b(X509Certificate[] c) { Log.d("t", "ok"); }
      void c(X509Certificate[] c) { c[0].checkValidity(); }
      void d(X509Certificate[] c) throws CertificateException { throw new CertificateException("no"); }
      void e(X509Certificate[] c) throws CertificateException { delegate.checkServerTrusted(c, "RSA"); }
    }`;
    assert.deepEqual(await findings('java', code, q), ['a', 'b', 'c']);
  });
});

describe('#sc-returns-true?', () => {
  test('Kotlin: expression bodies, lambdas and returns', async () => {
    const code = `val a = HostnameVerifier { _, _ -> true }
val b = HostnameVerifier { h, _ -> h == "api.shop.io" }
fun c(h: String): Boolean = true
fun d(h: String): Boolean { if (h.isEmpty()) return false; return true }
fun e(h: String): Boolean { return true }`;
    const q = `([
      (lambda_literal) @_b
      (function_body) @_b
    ] @finding (#sc-returns-true? @_b))`;
    const got = await findings('kotlin', code, q);
    assert.deepEqual(got, ['{ _, _ -> true }', '= true', '{ return true }']);
  });

  test('TypeScript: a return inside a nested function is not ours', async () => {
    const code = `function a() { return true; }\nfunction b() { const f = () => { return true; }; return f(); }`;
    const q = '(function_declaration name: (identifier) @finding body: (statement_block) @_b (#sc-returns-true? @_b))';
    assert.deepEqual(await findings('typescript', code, q), ['a']);
  });
});

describe('#sc-returns-only?', () => {
  test('every own return matches; a throw disqualifies', async () => {
    const code = `const a = { checkServerIdentity: () => { return undefined; } };
const b = { checkServerIdentity: (h, c) => { if (h !== 'x') return new Error('bad'); return undefined; } };
const c = { checkServerIdentity: () => { console.log('skip'); } };
const d = { checkServerIdentity: () => { throw new Error('x'); } };`;
    const q = '(pair key: (property_identifier) @finding value: (arrow_function body: (statement_block) @_b) (#sc-returns-only? @_b "^(undefined|null|)$"))';
    assert.equal((await findings('typescript', code, q)).length, 2);
  });
});

describe('#sc-always-calls-with?', () => {
  test('the callback is called, and only ever with an accepting value', async () => {
    const code = `s.setCertificateVerifyProc((req, cb) => cb(0));
s.setCertificateVerifyProc((req, cb) => { if (ok(req)) cb(0); else cb(-3); });
s.setCertificateVerifyProc((req, cb) => { log(req); });`;
    const q = `(call_expression arguments: (arguments (arrow_function parameters: (formal_parameters (_) (required_parameter pattern: (identifier) @_cb)) body: (_) @_body) @finding) (#sc-always-calls-with? @_body @_cb "^\\\\(0\\\\)$"))`;
    assert.deepEqual(await findings('typescript', code, q), ['(req, cb) => cb(0)']);
  });
});

describe('#sc-inside-function?', () => {
  test('reaches through lambdas and anonymous classes to the named method', async () => {
    const code = `class C extends WebViewClient {
  public void onReceivedSslError(WebView v, SslErrorHandler handler, SslError e) {
    dialog.setPositiveButton("OK", (d, w) -> handler.proceed());
  }
  public void other(SslErrorHandler handler) { handler.proceed(); }
}`;
    const q = '((method_invocation name: (identifier) @finding) (#eq? @finding "proceed") (#sc-inside-function? @finding "^onReceivedSslError$"))';
    assert.deepEqual(await findings('java', code, q), ['proceed']);
  });
});

describe('#sc-no-call? / #sc-has-call?', () => {
  test('callee names anywhere under the node', async () => {
    const code = `func a(t: SecTrust) { var e: CFError?; if SecTrustEvaluateWithError(t, &e) { done() } }
func b(t: SecTrust) { done() }`;
    const no = '(function_declaration name: (simple_identifier) @finding body: (function_body) @_b (#sc-no-call? @_b "^SecTrustEvaluate"))';
    const has = '(function_declaration name: (simple_identifier) @finding body: (function_body) @_b (#sc-has-call? @_b "^SecTrustEvaluate"))';
    assert.deepEqual(await findings('swift', code, no), ['b']);
    assert.deepEqual(await findings('swift', code, has), ['a']);
  });
});

describe('#sc-may-send? and #sc-url-name?', () => {
  test('logging and string comparison do not send; URL-ish names hold URLs', async () => {
    const code = `fetch("http://a.io"); console.log("http://a.io"); url.startsWith("http://"); new WebSocket("ws://a.io");
const apiBase = "x"; const label = "y";`;
    const send = '((_ arguments: (arguments (string) @finding)) @_c (#sc-may-send? @_c))';
    assert.deepEqual(await findings('typescript', code, send), ['"http://a.io"', '"ws://a.io"']);
    const names = '(variable_declarator name: (identifier) @finding (#sc-url-name? @finding))';
    assert.deepEqual(await findings('typescript', code, names), ['apiBase']);
  });
});

describe('#sc-not-argument-of?', () => {
  test('options passed straight to a matching call, through parentheses and casts', async () => {
    const code = `https.createServer({ a: 1 }, app);
https.createServer(({ b: 2 }) as any);
new https.Agent({ c: 3 });
const o = { d: 4 }; https.createServer(o);
tls.connect({ e: { f: 5 } });`;
    const q = '((object) @finding (#sc-not-argument-of? @finding "^createServer$"))';
    assert.deepEqual(await findings('typescript', code, q), ['{ c: 3 }', '{ d: 4 }', '{ e: { f: 5 } }', '{ f: 5 }']);
  });
});

describe('#sc-function-no-call?', () => {
  test('judges the enclosing function only; module-level code always passes', async () => {
    const code = `const a = { x: 1 };
function b() { const s = tls.connect({ y: 2 }, () => s.getPeerCertificate()); }
function c() { return tls.connect({ z: 3 }); }
function d(s) { return s.getPeerCertificate(); }`;
    const q = '((object) @finding (#sc-function-no-call? @finding "^getPeerCertificate$"))';
    assert.deepEqual(await findings('typescript', code, q), ['{ x: 1 }', '{ z: 3 }']);
  });
});

describe('#sc-not-inside-swift-preview?', () => {
  const q = '((line_string_literal) @finding (#sc-not-inside-swift-preview? @finding))';
  test('strings in #Preview macros and PreviewProvider types are preview code', async () => {
    const code = `let live = "a"
#Preview { Row(url: "b") }
struct Row_Previews: PreviewProvider {
    static var previews: some View { Row(url: "c") }
}
struct Row: View { var body: some View { Text("d") } }
`;
    assert.deepEqual(await findings('swift', code, q), ['"a"', '"d"']);
  });
});
