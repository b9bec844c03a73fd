import { parseSnippet } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Query } from 'web-tree-sitter';
import { customPredicatesHold } from '../../server/out/core/predicates';
import { FileContext } from '../../server/out/core/file-context';
import { loadWordLists } from '../../server/out/node/rule-files';
import type { GrammarId } from '../../server/out/core/types';

const LISTS = loadWordLists();

/** The text of every @finding the query reports once our own predicates are applied. */
async function findings(grammar: GrammarId, code: string, querySource: string): Promise<string[]> {
  const { root: snippetRoot, language } = await parseSnippet(grammar, code);
  const tree = { rootNode: snippetRoot };
  const query = new Query(language, querySource);
  const out: string[] = [];
  for (const m of query.matches(tree.rootNode)) {
    const byName = new Map(m.captures.map((c) => [c.name, c.node]));
    if (customPredicatesHold(new FileContext(grammar, tree.rootNode, code, LISTS), query.predicatesForPattern(m.patternIndex), (n) => byName.get(n))) {
      out.push(byName.get('finding')!.text);
    }
  }
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

describe('#sc-returns-only? "^true$" (always answers true)', () => {
  test('Kotlin: expression bodies, lambdas and returns', async () => {
    const code = `val a = HostnameVerifier { _, _ -> true }
val b = HostnameVerifier { h, _ -> h == "api.shop.io" }
fun c(h: String): Boolean = true
fun d(h: String): Boolean { if (h.isEmpty()) return false; return true }
fun e(h: String): Boolean { return true }`;
    const q = `([
      (lambda_literal) @_b
      (function_body) @_b
    ] @finding (#sc-returns-only? @_b "^true$"))`;
    const got = await findings('kotlin', code, q);
    assert.deepEqual(got, ['{ _, _ -> true }', '= true', '{ return true }']);
  });

  test('TypeScript: a return inside a nested function is not ours', async () => {
    const code = `function a() { return true; }\nfunction b() { const f = () => { return true; }; return f(); }`;
    const q = '(function_declaration name: (identifier) @finding body: (statement_block) @_b (#sc-returns-only? @_b "^true$"))';
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

describe('#sc-inside? "function-named"', () => {
  test('reaches through lambdas and anonymous classes to the named method', async () => {
    const code = `class C extends WebViewClient {
  public void onReceivedSslError(WebView v, SslErrorHandler handler, SslError e) {
    dialog.setPositiveButton("OK", (d, w) -> handler.proceed());
  }
  public void other(SslErrorHandler handler) { handler.proceed(); }
}`;
    const q = '((method_invocation name: (identifier) @finding) (#eq? @finding "proceed") (#sc-inside? @finding "function-named" "^onReceivedSslError$"))';
    assert.deepEqual(await findings('java', code, q), ['proceed']);
  });
});

describe('#sc-not-has-call? / #sc-has-call? (under the node)', () => {
  test('callee names anywhere under the node', async () => {
    const code = `func a(t: SecTrust) { var e: CFError?; if SecTrustEvaluateWithError(t, &e) { done() } }
func b(t: SecTrust) { done() }`;
    const no = '(function_declaration name: (simple_identifier) @finding body: (function_body) @_b (#sc-not-has-call? @_b "^SecTrustEvaluate"))';
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
  test('options passed to a matching call, through parentheses, casts and a local', async () => {
    const code = `https.createServer({ a: 1 }, app);
https.createServer(({ b: 2 }) as any);
new https.Agent({ c: 3 });
const o = { d: 4 }; https.createServer(o);
tls.connect({ e: { f: 5 } });`;
    const q = '((object) @finding (#sc-not-argument-of? @finding "^createServer$"))';
    assert.deepEqual(await findings('typescript', code, q), ['{ c: 3 }', '{ e: { f: 5 } }', '{ f: 5 }']);
  });
});

describe('#sc-argument-of?', () => {
  test('a property value that reaches a matching call, in place, through a constant or a helper', async () => {
    const code = `jwt.verify(t, k, { algorithms: ['none'] });
const OPTS = { algorithm: 'none' }; jwt.sign(p, k, OPTS);
zlib.deflate(d, { algorithm: 'none' });
function check(o) { return jwt.verify(t, k, o); } check({ alg: 'none' });
const unused = { alg: 'none' };`;
    const q = '((pair value: (_) @finding) (#sc-argument-of? @finding "^(sign|verify)$"))';
    assert.deepEqual(await findings('typescript', code, q), ["['none']", "'none'", "'none'"]);
  });
});

describe('#sc-not-has-call? "function"', () => {
  test('judges the enclosing function only; module-level code always passes', async () => {
    const code = `const a = { x: 1 };
function b() { const s = tls.connect({ y: 2 }, () => s.getPeerCertificate()); }
function c() { return tls.connect({ z: 3 }); }
function d(s) { return s.getPeerCertificate(); }`;
    const q = '((object) @finding (#sc-not-has-call? @finding "^getPeerCertificate$" "function"))';
    assert.deepEqual(await findings('typescript', code, q), ['{ x: 1 }', '{ z: 3 }']);
  });
});

describe('#sc-not-inside? "preview" (Swift)', () => {
  const q = '((line_string_literal) @finding (#sc-not-inside? @finding "preview"))';
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

describe('#sc-host-only-verifier?', () => {
  test('Java: answers from the host alone are reported; certificate looks and delegation are not', async () => {
    const code = `class V {
      void install(OkHttpClient.Builder b) {
        b.hostnameVerifier((h, s) -> h.equals("api.shop.io"));
        b.hostnameVerifier((h, s) -> h.equalsIgnoreCase(s.getPeerHost()));
        b.hostnameVerifier((h, s) -> HOSTS.contains(h));
        b.hostnameVerifier((h, s) -> true);
        b.hostnameVerifier((h, s) -> false);
        b.hostnameVerifier((h, s) -> h.endsWith(".shop.io") && OkHostnameVerifier.INSTANCE.verify(h, s));
        b.hostnameVerifier((h, s) -> h.equals(API_HOST) && s.getPeerCertificates().length > 0);
        b.hostnameVerifier((h, s) -> BuildConfig.DEBUG);
      }
    }`;
    const q = `((lambda_expression parameters: (_ . (_) @_h . (_) @_s .) body: (_) @_b) @finding
      (#sc-host-only-verifier? @_b @_h @_s))`;
    assert.deepEqual(await findings('java', code, q), [
      '(h, s) -> h.equals("api.shop.io")', '(h, s) -> h.equalsIgnoreCase(s.getPeerHost())', '(h, s) -> HOSTS.contains(h)']);
  });

  test('Kotlin: lambda parameters are not uses; `_` is never used', async () => {
    const code = `val a = HostnameVerifier { host, _ -> host == BuildConfig.API_HOST }
val b = HostnameVerifier { host, session -> host in HOSTS && session.peerCertificates.isNotEmpty() }
val c = HostnameVerifier { host, session -> if (host == API_HOST) true else false }
val d = HostnameVerifier { _, _ -> false }
val e = HostnameVerifier { host, session -> host == API_HOST && HttpsURLConnection.getDefaultHostnameVerifier().verify(host, session) }`;
    const q = `((lambda_literal (lambda_parameters . (_) @_h . (_) @_s .)) @finding
      (#sc-host-only-verifier? @finding @_h @_s))`;
    assert.deepEqual(await findings('kotlin', code, q), ['{ host, _ -> host == BuildConfig.API_HOST }', '{ host, session -> if (host == API_HOST) true else false }']);
  });
});

describe('expiry predicates (#sc-completes-normally?, #sc-no-call-outside-try?, #sc-scope-can-reject?)', () => {
  test('#sc-completes-normally?: a branch that returns or falls out of its catch; not one followed by a throw', async () => {
    const code = `class T {
      void a(Exception e) throws Exception { try { x(); } catch (Exception e2) { if (e instanceof A) { log(); return; } throw e; } }
      void b(Exception e) throws Exception { try { x(); } catch (Exception e2) { if (e instanceof B) { log(); } throw e; } }
      void c(Exception e) throws Exception { try { x(); } catch (Exception e2) { if (e instanceof C) { log(); } else { throw e; } } }
      boolean d(Exception e) { if (e instanceof D) { return false; } return true; }
      void f(Exception e) throws Exception { if (e instanceof F) { throw e; } }
    }`;
    const q = '((if_statement condition: (parenthesized_expression (instanceof_expression right: (_) @finding)) consequence: (_) @_then) (#sc-completes-normally? @_then))';
    assert.deepEqual(await findings('java', code, q), ['A', 'C']);
  });

  test('#sc-no-call-outside-try?: only the guarded call may match', async () => {
    const code = `class T {
      void a() { try { platform.checkServerTrusted(c, t); } catch (E1 e) { } }
      void b() { try { c[0].checkValidity(); } catch (E2 e) { } platform.checkServerTrusted(c, t); }
      void d() { try { c[0].checkValidity(); } catch (E3 e) { } pins(c); }
    }`;
    const q = '((catch_clause (catch_formal_parameter (catch_type) @finding)) (#sc-no-call-outside-try? @finding "^checkServerTrusted$"))';
    assert.deepEqual(await findings('java', code, q), ['E1', 'E3']);
  });

  test('#sc-scope-can-reject?: silent where the whole method checks nothing (trust-all reports it)', async () => {
    const code = `class T {
      void a(X509Certificate[] c) { try { c[0].checkValidity(); } catch (E1 e) { Log.w("t", "x"); } }
      void b(X509Certificate[] c) throws CertificateException { try { c[0].checkValidity(); } catch (E2 e) { } if (!pinned(c)) throw new CertificateException("pin"); }
    }`;
    const q = '((catch_clause (catch_formal_parameter (catch_type) @finding)) (#sc-scope-can-reject? @finding "^(w|checkValidity)$"))';
    assert.deepEqual(await findings('java', code, q), ['E2']);
  });
});

describe('#sc-condition-leads-to?', () => {
  test('Swift: if, else-if, guard and case conditions, only when they lead to the pattern', async () => {
    const code = `func h(_ r: SecTrustResultType, _ e: Int, done: (URLSession.AuthChallengeDisposition) -> Void) {
    if r == .recoverableTrustFailure { done(.useCredential) }
    if e == Int(errSecCertificateExpired) { done(.cancelAuthenticationChallenge) } else if e == Int(errSecCertificateNotValidYet) { done(.useCredential) }
    switch r {
    case .proceed, .recoverableTrustFailure: done(.useCredential)
    default: done(.cancelAuthenticationChallenge)
    }
    guard r != .invalid || e == Int(CSSMERR_TP_CERT_EXPIRED) else { return }
    done(.useCredential)
    let label = r == .recoverableTrustFailure ? "x" : "y"
}`;
    const q = `((simple_identifier) @finding
      (#any-of? @finding "recoverableTrustFailure" "errSecCertificateExpired" "errSecCertificateNotValidYet" "CSSMERR_TP_CERT_EXPIRED")
      (#sc-condition-leads-to? @finding "\\\\.useCredential"))`;
    assert.deepEqual(await findings('swift', code, q), ['recoverableTrustFailure', 'errSecCertificateNotValidYet', 'recoverableTrustFailure', 'CSSMERR_TP_CERT_EXPIRED']);
  });
});

describe('#sc-opened-in-external-browser?', () => {
  const q = (literal: string) => `((${literal}) @finding (#sc-opened-in-external-browser? @finding))`;
  test('Kotlin: ACTION_VIEW intents and uriHandler.openUri, through Uri.parse / toUri; not Custom Tabs or HTTP clients', async () => {
    const code = `fun f(context: Context, uriHandler: UriHandler, host: String) {
    context.startActivity(Intent(Intent.ACTION_VIEW, Uri.parse("http://a.shop.io")))
    context.startActivity(Intent(ACTION_VIEW, "http://b.shop.io".toUri()))
    val intent = Intent(Intent.ACTION_VIEW)
    intent.data = Uri.parse("http://c.shop.io/" + host)
    uriHandler.openUri("http://d.shop.io")
    CustomTabsIntent.Builder().build().launchUrl(context, Uri.parse("http://e.shop.io"))
    client.get("http://f.shop.io")
    context.startActivity(Intent(Intent.ACTION_SEND, Uri.parse("http://g.shop.io")))
}`;
    assert.deepEqual(await findings('kotlin', code, q('string_literal')), ['"http://a.shop.io"', '"http://b.shop.io"', '"http://c.shop.io/"', '"http://d.shop.io"']);
  });

  test('Swift and TypeScript: UIApplication.open, Link, Linking.openURL, shell.openExternal; not SFSafariViewController or window.open', async () => {
    const swift = `func f() {
    UIApplication.shared.open(URL(string: "http://a.shop.io")!)
    _ = Link("x", destination: URL(string: "http://b.shop.io")!)
    _ = SFSafariViewController(url: URL(string: "http://c.shop.io")!)
}`;
    assert.deepEqual(await findings('swift', swift, q('line_string_literal')), ['"http://a.shop.io"', '"http://b.shop.io"']);
    const ts = `Linking.openURL('http://a.shop.io'); shell.openExternal(\`http://\${host}/b\`); window.open('http://c.shop.io'); WebBrowser.openBrowserAsync('http://d.shop.io');`;
    assert.deepEqual(await findings('typescript', ts, '([(string) (template_string)] @finding (#sc-opened-in-external-browser? @finding))'), ["'http://a.shop.io'", '`http://${host}/b`']);
  });
});

describe('#sc-has-call? / #sc-not-has-call? (within node, member, function)', () => {
  const code = `class T {
    val field = load("x")
    fun a() { val s = "x"; session.evaluate(s) }
    fun b() { val s = "y"; run { session.evaluate(s) } }
    fun c() { val s = "z" }
  }`;
  test('node: under the capture, nested lambdas included', async () => {
    const q = '((function_declaration name: (identifier) @finding (function_body) @_b) (#sc-has-call? @_b "^evaluate$"))';
    assert.deepEqual(await findings('kotlin', code, q), ['a', 'b']);
  });
  test('member: the member function around a node; function: nothing to search outside one', async () => {
    const member = '((string_literal) @finding (#sc-not-has-call? @finding "^evaluate$" "member"))';
    assert.deepEqual(await findings('kotlin', code, member), ['"z"']);
    const fn = '((string_literal) @finding (#sc-not-has-call? @finding "^load$" "function"))';
    assert.deepEqual(await findings('kotlin', code, fn), ['"x"', '"x"', '"y"', '"z"'], 'the field initializer is outside any function');
  });
  test('a bad `within` names the choices', async () => {
    await assert.rejects(findings('kotlin', code, '((string_literal) @finding (#sc-has-call? @finding "x" "file"))'), /expected one of node, member, function, got 'file'/);
  });
});

describe('#sc-inside? / #sc-not-inside?', () => {
  test('function-named and call-to', async () => {
    const code = `function verify() { const a = 'x'; }
const b = https.createServer({ k: 'y' });
expect(parse('z'));`;
    assert.deepEqual(await findings('typescript', code, `((string) @finding (#sc-inside? @finding "function-named" "^verify$"))`), ["'x'"]);
    assert.deepEqual(await findings('typescript', code, `((object) @finding (#sc-inside? @finding "call-to" "^createServer$"))`), ["{ k: 'y' }"]);
    assert.deepEqual(await findings('typescript', code, `((string) @finding (#sc-not-inside? @finding "call-to" "list:assertion-callees"))`), ["'x'", "'y'"]);
  });
  test('annotated-function and preview', async () => {
    const kt = `@Preview
@Composable
fun Sample() { Text("a") }
fun Real() { Text("b") }`;
    assert.deepEqual(await findings('kotlin', kt, '((string_literal) @finding (#sc-not-inside? @finding "preview"))'), ['"b"']);
    assert.deepEqual(await findings('kotlin', kt, '((string_literal) @finding (#sc-inside? @finding "annotated-function" "^Preview$"))'), ['"a"']);
  });
});

describe('#sc-after? (the sibling before a node, comments skipped)', () => {
  test('conditions after if / guard / comma, not values bound after =', async () => {
    const swift = `func f() {
  if let role = jwt.role, /* admin only */ role == "admin", case .a = kind {}
  guard // why
    ready else { return }
}`;
    const q = '([(if_statement condition: (_) @finding) (guard_statement condition: (_) @finding)] (#sc-after? @finding "^(if|guard|,)$"))';
    assert.deepEqual(await findings('swift', swift, q), ['let', 'role == "admin"', 'ready']);
  });
  test('a node with nothing before it never matches', async () => {
    assert.deepEqual(await findings('typescript', 'const x = a ? b : c;', '((ternary_expression condition: (_) @finding) (#sc-after? @finding "."))'), []);
  });
});

describe('#sc-mentions? / #sc-not-mentions? (text around a node)', () => {
  const code = `class A {
    fun url() = "https://x/authorize?response_type=code&client_id=1"
}
class B {
    fun url() = "https://x/authorize?response_type=code&client_id=2"
    fun pkce() = "code_challenge"
}
class C {
    // TODO: add code_challenge — für später 🔐
    fun url() = "https://x/authorize?response_type=code&client_id=4" /* code_challenge */
}
fun top() = "https://x/authorize?response_type=code&client_id=3"`;
  test('type: the outermost class around the node, else the file; comments do not count', async () => {
    const q = '((string_literal) @finding (#match? @finding "response_type") (#sc-not-mentions? @finding "code_challenge" "type"))';
    assert.deepEqual(await findings('kotlin', code, q), ['"https://x/authorize?response_type=code&client_id=1"', '"https://x/authorize?response_type=code&client_id=4"']);
  });
  test('member and file scopes', async () => {
    const member = '((string_literal) @finding (#match? @finding "response_type") (#sc-mentions? @finding "client_id=2" "member"))';
    assert.deepEqual(await findings('kotlin', code, member), ['"https://x/authorize?response_type=code&client_id=2"']);
    const file = '((string_literal) @finding (#match? @finding "response_type") (#sc-not-mentions? @finding "code_challenge"))';
    assert.deepEqual(await findings('kotlin', code, file), []);
  });
});

describe('#sc-app-redirect? (an authorization request that comes back to the app)', () => {
  const q = '((pair key: (property_identifier) @_k value: (string) @finding) (#eq? @_k "response_type") (#sc-app-redirect? @finding))';
  test('custom schemes, loopback and unknown redirects come back to the app; web callbacks do not', async () => {
    const code = `
function app() { return new URLSearchParams({ redirect_uri: 'com.shop.app:/oauth', response_type: 'a' }); }
function none() { return new URLSearchParams({ response_type: 'b' }); }
function loopback() { return new URLSearchParams({ redirect_uri: 'http://127.0.0.1:8080/cb', response_type: 'c' }); }
function web(server: string) { return new URLSearchParams({ redirect_uri: \`\${server}/_oauth/google\`, response_type: 'd' }); }
function https() { return new URLSearchParams({ redirect_uri: 'https://shop.io/cb', response_type: 'e' }); }
function unknown(r: string) { return new URLSearchParams({ redirect_uri: r, response_type: 'f' }); }
function encoded(server: string) {
  const redirectUri = \`\${server}/_oauth/x\`;
  const params = \`?client_id=1&redirect_uri=\${encodeURIComponent(redirectUri)}&state=s\`;
  return { params, q: { response_type: 'g' } };
}`;
    assert.deepEqual(await findings('typescript', code, q), ["'a'", "'b'", "'c'", "'f'"]);
  });
});

describe('#sc-mentions? reads code, not comments, across tokens', () => {
  test('an import of a server framework', async () => {
    const q = `((string) @finding (#eq? @finding "'s3cr3t'") (#sc-mentions? @finding "from ['\\"]express['\\"]"))`;
    assert.deepEqual(await findings('typescript', "// 🔐 ünïcode\nimport express from 'express';\nconst a = 's3cr3t';", q), ["'s3cr3t'"]);
    assert.deepEqual(await findings('typescript', "// import express from 'express';\nconst a = 's3cr3t';", q), []);
  });
});

describe('#sc-secret-like-literal?', () => {
  test('real-looking secrets, not placeholders, names, algorithms or base64 test values', async () => {
    const code = `const a = [
  '0346b65fd23746ec557b1a02c81723664c67b13c', 'GOCSPX-4kq1Zr8yPq7wXn2Lm5Vb', 'q8Xv2Lr9Tn4Wm7Yb',
  '', 'secret', 'YOUR_CLIENT_SECRET', '<your-client-secret>', 'client_secret_post', 'fakeSecret123',
  'CLIENT_SECRET', 'HMAC-SHA1', 'oauth.client.secret', 'https://id.shop.io/x1', 'xxxxxxxxxxxx',
  'dGVzdC1jbGllbnQtc2VjcmV0LWZvci1icnVubw==', \`a\${b}c1234567890\`,
];`;
    const q = '([(string) (template_string)] @finding (#sc-secret-like-literal? @finding))';
    assert.deepEqual(await findings('typescript', code, q), ["'0346b65fd23746ec557b1a02c81723664c67b13c'", "'GOCSPX-4kq1Zr8yPq7wXn2Lm5Vb'", "'q8Xv2Lr9Tn4Wm7Yb'"]);
  });
});

describe('#sc-url-value-matches? (through URL parsing and building)', () => {
  test('Kotlin: Uri.parse, Uri.Builder paths, OkHttp builders, toString()', async () => {
    const code = `const val AUTH = "https://id.shop.io/oauth2/authorize"
fun a(w: WebView) { w.loadUrl(Uri.parse(AUTH).buildUpon().appendQueryParameter("x", "1").build().toString()) }
fun b(w: WebView, d: String) { val u = Uri.Builder().scheme("https").authority(d).path("/oauth/authorize").build(); w.loadUrl(u.toString()) }
fun c(w: WebView, base: String) { w.loadUrl(base.toHttpUrl().newBuilder().addPathSegments("auth/authorize").build().toString()) }
fun d(w: WebView) { w.loadUrl(Uri.parse("https://shop.io/help").toString()) }`;
    const q = '((call_expression (navigation_expression (identifier) @_f .) (value_arguments . (value_argument (_) @finding))) (#eq? @_f "loadUrl") (#sc-url-value-matches? @finding "(^|/)(oauth2?|auth)/authorize"))';
    assert.equal((await findings('kotlin', code, q)).length, 3);
  });
  test('Swift: URLRequest(url: URL(string:)!), URLComponents(string:).url', async () => {
    const code = `let s = "https://github.com/login/oauth/authorize"
func a(w: WKWebView) { w.load(URLRequest(url: URL(string: s)!)) }
func b(w: WKWebView) { var c = URLComponents(string: s)!; let r = URLRequest(url: c.url!); w.load(r) }
func d(w: WKWebView) { w.load(URLRequest(url: URL(string: "https://shop.io")!)) }`;
    const q = '((call_expression (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_f)) (call_suffix (value_arguments . (value_argument value: (_) @finding)))) (#eq? @_f "load") (#sc-url-value-matches? @finding "login/oauth/authorize"))';
    assert.deepEqual(await findings('swift', code, q), ['URLRequest(url: URL(string: s)!)', 'r']);
  });
});

describe('#sc-jsx-attribute?', () => {
  test('the uri of a WebView source, not of an Image source', async () => {
    const code = `const a = <WebView source={{ uri: x }} />;\nconst b = <Image source={{ uri: y }} />;\nconst c = { source: { uri: z } };`;
    const q = '((pair key: (property_identifier) @_k value: (_) @finding) (#eq? @_k "uri") (#sc-jsx-attribute? @finding "WebView$" "^source$"))';
    assert.deepEqual(await findings('tsx', code, q), ['x']);
  });
});

describe('#sc-named-like?', () => {
  test('secret-named values, not pagination tokens or what a local is assigned from a one-time token', async () => {
    const code = `function f(session: S, user: U, nextPageToken: string, authToken: string) {
  const transfer = 1;
  const token = encodeURIComponent(user.getTransferToken());
  return [session.accessToken, nextPageToken, authToken, token, user.name];
}`;
    const q = '((array (_) @finding) (#sc-named-like? @finding "secret-like-names" "non-secret-token-names"))';
    assert.deepEqual(await findings('typescript', code, q), ['session.accessToken', 'authToken']);
  });
});

describe('#sc-made-by? / #sc-not-made-by?', () => {
  test('Kotlin: receivers, locals, fields, lambdas with receiver and declarations of what the file does not set', async () => {
    const code = `class S(private val ctx: Context, @EncryptedPrefs private val injected: SharedPreferences) {
  private val plain = ctx.getSharedPreferences("s", 0)
  private val secure = EncryptedSharedPreferences.create(ctx, "s", key, a, b)
  fun f(t: String) {
    plain.edit().putString("a", t)
    secure.edit().putString("b", t)
    plain.edit { putString("c", t) }
    with(secure.edit()) { putString("d", t) }
    injected.edit().putString("e", t)
    bundle.putString("f", t)
  }
}`;
    const q = `((call_expression (navigation_expression (identifier) @_m .)) @finding
      (#eq? @_m "putString") (#sc-made-by? @finding "^edit$" "receiver") (#sc-not-made-by? @finding "list:encrypted-storage-names" "receiver"))
    ((call_expression (identifier) @_m) @finding
      (#eq? @_m "putString") (#sc-made-by? @finding "^edit$" "receiver") (#sc-not-made-by? @finding "list:encrypted-storage-names" "receiver"))`;
    assert.deepEqual(await findings('kotlin', code, q), ['plain.edit().putString("a", t)', 'putString("c", t)']);
  });

  test('Kotlin: a comment between the steps of a builder chain is not a step', async () => {
    const code = `fun f(code: String) {
  NotificationCompat.Builder(ctx, "c")
    .setSmallIcon(icon)
    // the code itself is what the user needs
    .setContentText(code)
  SweetAlertDialog(ctx)
    /* same method name, a dialog */
    .setContentText(code)
}`;
    const q = `((call_expression (navigation_expression (identifier) @_m .)) @finding
      (#eq? @_m "setContentText") (#sc-made-by? @finding "^Builder$" "receiver"))`;
    const got = await findings('kotlin', code, q);
    assert.equal(got.length, 1);
    assert.match(got[0]!, /^NotificationCompat\.Builder/);
  });

  test('Java: constructor arguments and try-with-resources; SecureRandom is not Random', async () => {
    const code = `class R {
  void f() throws Exception {
    Random a = new Random(System.currentTimeMillis());
    SecureRandom b = new SecureRandom();
    try (FileOutputStream out = context.openFileOutput("s", 0)) { out.write(x); }
    a.nextInt(); b.nextInt();
  }
}`;
    const q = `((method_invocation object: (identifier) @finding) (#sc-made-by? @finding "^(currentTimeMillis|openFileOutput)$"))`;
    assert.deepEqual(await findings('java', code, q), ['out', 'a']);
  });

  test('Java: a class literal names its class (getSystemService(SmsManager.class))', async () => {
    const code = `class S {
  private final SmsManager sms;
  S(Context c) { this.sms = c.getSystemService(SmsManager.class); }
  void f(Context c) {
    sms.sendTextMessage(a, null, t, null, null);
    c.getSystemService(android.telephony.SmsManager.class).sendTextMessage(a, null, t, null, null);
    c.getSystemService(TelephonyManager.class).sendTextMessage(a, null, t, null, null);
  }
}`;
    const q = `((method_invocation name: (identifier) @_m) @finding (#eq? @_m "sendTextMessage") (#sc-made-by? @finding "^SmsManager$" "receiver"))`;
    const got = await findings('java', code, q);
    assert.deepEqual(got.map((t) => t.slice(0, 20)), ['sms.sendTextMessage(', 'c.getSystemService(a']);
  });

  test('Swift and TypeScript: a type in a declaration, an object key of the options', async () => {
    const swift = `final class S {
  private let defaults: UserDefaults
  private let keychain = Keychain(service: "x")
  init(defaults: UserDefaults = .standard) { self.defaults = defaults }
  func f(t: String) { defaults.set(t, forKey: "a"); keychain.set(t, forKey: "b") }
}`;
    const sq = `((call_expression (navigation_expression target: (_) @finding)) (#sc-made-by? @finding "^UserDefaults$"))`;
    assert.deepEqual(await findings('swift', swift, sq), ['defaults']);
    const ts = `const plain = new MMKV({ id: 'a' });
const vault = new MMKV({ id: 'b', encryptionKey: k });
plain.set('t', t); vault.set('t', t);`;
    const tq = `((call_expression function: (member_expression object: (identifier) @finding)) (#sc-not-made-by? @finding "list:encrypted-storage-names"))`;
    assert.deepEqual(await findings('typescript', ts, tq), ['plain']);
  });

  test('a value is made by its arguments and parts; "receiver" asks only about the object a call is made on', async () => {
    const ts = `const a = Math.floor(Math.random() * 1e6);
const b = \`n-\${crypto.randomUUID()}\`;
store.put(secret, Math.random());`;
    const q = `((variable_declarator value: (_) @finding) (#sc-made-by? @finding "^random$"))
      ((call_expression) @finding (#sc-made-by? @finding "^random$" "receiver"))`;
    assert.deepEqual(await findings('typescript', ts, q), ['Math.floor(Math.random() * 1e6)']);
  });

  test('what a local is filled with, and what a lambda answers, make it; a takeIf test does not', async () => {
    const kotlin = `fun f(random: java.util.Random, secure: java.security.SecureRandom) {
  val sb = StringBuilder()
  repeat(8) { sb.append(CHARS[random.nextInt(CHARS.length)]) }
  val a = sb.toString()
  val bytes = ByteArray(16)
  secure.nextBytes(bytes)
  val b = bytes.toHex()
  val c = (1..8).map { CHARS.random() }.joinToString("")
  val d = cached?.takeIf { it.isFresh(random.nextInt()) }
}`;
    const q = `((property_declaration (variable_declaration (identifier) @finding) . (_) @_v) (#sc-made-by? @_v "^(Random|random)$"))`;
    assert.deepEqual(await findings('kotlin', kotlin, q), ['a', 'c']);
  });
});

describe('#sc-called-on? / #sc-stays-local? / #sc-kept-in-field?', () => {
  const created = '((method_invocation name: (identifier) @_m) @finding (#eq? @_m "createSocket")';

  test('Java: methods called on the value through locals and casts, in the member or the file, with arguments', async () => {
    const code = `class C {
  private SSLSocket kept;
  void a() { SSLSocket s = (SSLSocket) f.createSocket(h, 1); s.startHandshake(); }
  void b() { kept = (SSLSocket) f.createSocket(h, 2); }
  void c() { kept.getOutputStream(); }
  void d() { Socket s = f.createSocket(h, 3); s.setSoTimeout(5); }
  void e() { SSLSocketFactory sf = new Factory(ks); sf.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER); }
  void g() { X509HostnameVerifier v = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER; SSLSocketFactory sf = new Factory(ks); sf.setHostnameVerifier(v); }
  void i() { SSLSocketFactory sf = new Factory(ks); sf.setHostnameVerifier(SSLSocketFactory.STRICT_HOSTNAME_VERIFIER); }
}`;
    assert.deepEqual(await findings('java', code, `${created} (#sc-called-on? @finding "^(startHandshake|getOutputStream)$" "member"))`), ['f.createSocket(h, 1)']);
    assert.deepEqual(await findings('java', code, `${created} (#sc-called-on? @finding "^(startHandshake|getOutputStream)$"))`), ['f.createSocket(h, 1)', 'f.createSocket(h, 2)']);
    const verifier = '((object_creation_expression) @finding (#sc-called-on? @finding "^setHostnameVerifier$" "file" "^ALLOW_ALL_HOSTNAME_VERIFIER$"))';
    assert.deepEqual(await findings('java', code, verifier), ['new Factory(ks)', 'new Factory(ks)']);
  });

  test('Kotlin: property reads and sets, use/let/also (it or a named parameter), apply/with (no receiver)', async () => {
    const code = `fun a() { f.createSocket(h, 1).use { it.outputStream.write(x) } }
fun b() { f.createSocket(h, 2).use { s -> s.getInputStream() } }
fun c() { (f.createSocket(h, 3) as SSLSocket).apply { startHandshake() } }
fun d() { with(f.createSocket(h, 4)) { outputStream.write(x) } }
fun e() { val s = f.createSocket(h, 5); s.soTimeout = 5 }
fun g() { val sf = Factory(ks); sf.hostnameVerifier = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER }`;
    const q = '((call_expression (navigation_expression (identifier) @_m .)) @finding (#eq? @_m "createSocket") (#sc-called-on? @finding "^(startHandshake|getInputStream|inputStream|outputStream)$"))';
    assert.deepEqual(await findings('kotlin', code, q), ['f.createSocket(h, 1)', 'f.createSocket(h, 2)', 'f.createSocket(h, 3)', 'f.createSocket(h, 4)']);
    const setter = '((call_expression (identifier) @_t) @finding (#eq? @_t "Factory") (#sc-called-on? @finding "^hostnameVerifier$" "file" "^ALLOW_ALL_HOSTNAME_VERIFIER$"))';
    assert.deepEqual(await findings('kotlin', code, setter), ['Factory(ks)']);
  });

  test('a value returned, or passed to a call outside the file, leaves; one kept in a field or closed does not', async () => {
    const code = `class C {
  private SSLSocket kept;
  Socket a() { SSLSocket s = (SSLSocket) f.createSocket(h, 1); s.startHandshake(); return s; }
  void b() { SSLSocket s = (SSLSocket) f.createSocket(h, 2); s.startHandshake(); new Connection(s); }
  void c() { kept = (SSLSocket) f.createSocket(h, 3); kept.startHandshake(); }
  void d() { SSLSocket s = (SSLSocket) f.createSocket(h, 4); s.startHandshake(); IOUtils.closeQuietly(s); }
  Socket e() { return wrap(f.createSocket(h, 5)); }
  private Socket wrap(Socket s) { return s; }
}`;
    assert.deepEqual(await findings('java', code, `${created} (#sc-stays-local? @finding "^closeQuietly$"))`), ['f.createSocket(h, 3)', 'f.createSocket(h, 4)']);
    assert.deepEqual(await findings('java', code, `${created} (#sc-stays-local? @finding "."))`), ['f.createSocket(h, 2)', 'f.createSocket(h, 3)', 'f.createSocket(h, 4)']);
    assert.deepEqual(await findings('java', code, `${created} (#sc-kept-in-field? @finding))`), ['f.createSocket(h, 3)']);
    const qualified = `class D { private Socket s; void a() { Socket local = f.createSocket(h, 1); this.s = local; } void b() { Socket t = f.createSocket(h, 2); t.close(); } }`;
    assert.deepEqual(await findings('java', qualified, `${created} (#sc-kept-in-field? @finding))`), ['f.createSocket(h, 1)']);
  });

  test('Kotlin: kept in a property through also, or through a local', async () => {
    const code = `class C {
  private var kept: SSLSocket? = null
  fun a() { kept = (f.createSocket(h, 1) as SSLSocket).also { it.startHandshake() } }
  fun b() { val s = f.createSocket(h, 2); kept = s as SSLSocket }
  fun c() { val s = f.createSocket(h, 3); s.startHandshake() }
}`;
    const q = '((call_expression (navigation_expression (identifier) @_m .)) @finding (#eq? @_m "createSocket") (#sc-kept-in-field? @finding))';
    assert.deepEqual(await findings('kotlin', code, q), ['f.createSocket(h, 1)', 'f.createSocket(h, 2)']);
  });
});
