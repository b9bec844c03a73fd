import { parseSnippet } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Parser, Query } from 'web-tree-sitter';
import { isRemoteCleartextUrl } from '../../server/out/core/cleartext';
import { FileContext } from '../../server/out/core/file-context';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { inIgnoredContext } from '../../server/out/core/ignore-in';
import { customPredicatesHold } from '../../server/out/core/predicates';
import { loadWordLists } from '../../server/out/node/rule-files';
import type { GrammarId } from '../../server/out/core/types';
import { analyzer } from './helpers/engine';

/**
 * What makes an http:// literal a cleartext URL to report, beyond its text: the branch it
 * sits in (loopback only, default scheme for a scheme-less address, in Swift and TypeScript),
 * where it goes (proxy clients, serialisation, string building, URL parsing, the external
 * browser, through locals), stand-in data, and fixes that change every source reaching a sink.
 */
const loader = new GrammarLoader();
const LISTS = loadWordLists();

/** The text of each `@x` capture (once per node) of the matches whose predicates hold. */
async function matching(grammar: GrammarId, code: string, querySource: string): Promise<string[]> {
  const { root: snippetRoot, language } = await parseSnippet(grammar, code);
  const tree = { rootNode: snippetRoot };
  const query = new Query(language, querySource);
  const file = new FileContext(grammar, tree.rootNode, code, LISTS);
  const out = new Map<number, string>();
  for (const m of query.matches(tree.rootNode)) {
    const byName = new Map(m.captures.map((c) => [c.name, c.node]));
    const x = byName.get('x')!;
    if (customPredicatesHold(file, query.predicatesForPattern(m.patternIndex), (n) => byName.get(n))) out.set(x.startIndex, x.text);
  }
  return [...out.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
}

describe('#sc-cleartext-url? in context', () => {
  // the two source patterns of the TypeScript query
  const TS_SOURCE = `([(string) (template_string)] @x (#sc-cleartext-url? @x) (#sc-not-default-scheme? @x))
([(string) (template_string)] @x (#sc-scheme-prefix? @x) (#sc-not-default-scheme? @x))`;

  test('a scheme only a loopback host gets, or the default for an address typed without one, is no cleartext URL', async () => {
    const code = `
if (/^localhost(:\\d+)?/.test(host)) { host = \`http://\${host}\`; } else { host = \`https://\${host}\`; }
if (h.includes('localhost') || h.includes('127.0.0.1')) go(\`ws://\${h}\`);
if (!/^localhost/.test(h)) go(\`http://\${h}/api\`);
if (!url.startsWith('http://') && !url.startsWith('https://')) url = \`http://\${url}\`;
const full = hasScheme(u) ? u : 'http://' + u;
if (!v.startsWith('http')) v = 'http://' + v + '/api';
if (secure) a = 'https://' + host; else a = 'http://' + host;
`;
    assert.deepEqual(await matching('typescript', code, TS_SOURCE), ['`http://${h}/api`', "'http://'", "'http://'"]);
  });

  test('Swift: the same in if statements and ternaries', async () => {
    const code = `
func f(_ input: String, _ host: String, _ tls: Bool) {
  var address = input
  if !address.hasPrefix("http") { address = "http://\\(address)" }
  if host.hasPrefix("localhost") { open("http://\\(host)") }
  let scheme = tls ? "https://" : "http://"
  let list = ["http://", "https://"]
}
`;
    const q = `((line_string_literal) @x (#sc-cleartext-url? @x) (#sc-not-default-scheme? @x))
((line_string_literal) @x (#sc-scheme-prefix? @x) (#sc-not-default-scheme? @x))`;
    assert.deepEqual(await matching('swift', code, q), ['"http://"']);
  });

  test('a bare scheme kept for later is a prefix, unless only a loopback host gets it', async () => {
    const code = 'const s = secure ? "https://" : "http://"; const l = ["http://"]; f("http://"); const t = "http://" + host; const p = isLocalhost ? "http://" : "https://";';
    assert.deepEqual(await matching('typescript', code, '((string) @x (#sc-cleartext-url? @x))'), ['"http://"']);
    assert.deepEqual(await matching('typescript', code, '((string) @x (#sc-scheme-prefix? @x))'), ['"http://"', '"http://"']);
  });

  test('Apple Maps and App Store links opened in the external browser are handled by the OS, even through a local', async () => {
    const code = `
func f(_ c: String) {
  if let url = URL(string: "http://maps.apple.com/?ll=\\(c)") { UIApplication.shared.open(url) }
  UIApplication.shared.open(URL(string: "http://itunes.apple.com/app/id1")!)
  session.dataTask(with: URL(string: "http://itunes.apple.com/lookup?id=1")!)
}
`;
    assert.deepEqual(await matching('swift', code, '((line_string_literal) @x (#sc-cleartext-url? @x))'), ['"http://itunes.apple.com/lookup?id=1"']);
  });

  test('host parsing: text interpolated after a loopback host, and match patterns', () => {
    assert.equal(isRemoteCleartextUrl('`http://localhost:${port}${path}`', false, LISTS), false);
    assert.equal(isRemoteCleartextUrl('"http://127.0.0.1\\(path)"', false, LISTS), false);
    assert.equal(isRemoteCleartextUrl('`http://api.shop.io${path}`', false, LISTS), true);
    assert.equal(isRemoteCleartextUrl('"http://*/*"', false, LISTS), false);
    assert.equal(isRemoteCleartextUrl('"http://*.shop.io/*"', false, LISTS), false);
  });
});

describe('sinks of cleartext URLs', () => {
  test('#sc-sink-call?: not a URL parsed for its host, nor a function of this file', async () => {
    const code = `
private func helper(_ u: String) { AF.request(u) }
func f() {
  let h = URL(string: "http://a.io")?.host
  helper("http://b.io")
  AF.request("http://c.io")
}
`;
    const q = '((call_expression (call_suffix (value_arguments (value_argument value: (line_string_literal) @x)))) @_call (#sc-sink-call? @_call))';
    assert.deepEqual(await matching('swift', code, q), ['"http://c.io"']);
  });

  test('#sc-sink-call?: proxy clients, serialisation, string building, i18n and placeholders send nothing', async () => {
    const code = `
new HttpsProxyAgent("http://proxy.io:3128");
JSON.stringify("http://data.io");
t("http://i18n.io");
fetch("http://a.io");
`;
    const q = '((_ arguments: (arguments (string) @x)) @_call (#sc-sink-call? @_call))';
    assert.deepEqual(await matching('typescript', code, q), ['"http://a.io"']);
    const swift = 'func f() {\n  let s = String(format: "http://%@/x", h)\n  let t = TextField("http://192.168.1.2:8080", text: $u)\n  AF.request("http://a.io")\n}\n';
    assert.deepEqual(await matching('swift', swift, '((call_expression (call_suffix (value_arguments (value_argument value: (line_string_literal) @x)))) @_call (#sc-sink-call? @_call))'), ['"http://a.io"']);
  });

  test('#sc-not-in-list?: the negation of #sc-in-list?', async () => {
    const code = 'const proxyUrl = "a"; const apiUrl = "b";';
    assert.deepEqual(await matching('typescript', code, '((variable_declarator name: (identifier) @x) (#sc-not-in-list? @x "not-url-names"))'), ['apiUrl']);
  });
});

describe('ignoreIn previews: stand-in data', () => {
  test('inside a declaration named as a mock, dummy or stub, or a type named as preview data', async () => {
    const code = `
extension Instance {
  static var radarrDummy: Self { var i = Instance(); i.url = "http://10.0.1.5:8310"; return i }
  static var previewURL: String { "http://media.io/preview.jpg" }
}
enum PreviewConstants { static let remote = "http://192.168.2.15:8081" }
enum Api { static let base = "http://api.io" }
`;
    const language = await loader.load('swift');
    const parser = new Parser();
    parser.setLanguage(language);
    const tree = parser.parse(code)!;
    const file = new FileContext('swift', tree.rootNode, code, LISTS);
    const literals: string[] = [];
    const visit = (n: import('web-tree-sitter').Node): void => {
      if (n.type === 'line_string_literal' && !inIgnoredContext(n, ['previews'], file)) literals.push(n.text);
      for (const c of n.namedChildren) if (c) visit(c);
    };
    visit(tree.rootNode);
    parser.delete();
    assert.deepEqual(literals, ['"http://media.io/preview.jpg"', '"http://api.io"']);
  });
});

describe('ignoreIn debug-only: the other side of a release check', () => {
  const lines = async (text: string, grammar: 'typescript' | 'swift' | 'kotlin') =>
    (await analyzer().analyze(text, { language: grammar, grammar }, { ruleIds: new Set(['transport-cleartext-url']) })).findings.map((f) => f.range.start.line);

  test('the else of a production or negated debug check is debug-only; its then-branch is not', async () => {
    const ts = [
      "export const api = process.env.NODE_ENV === 'production' ? 'https://api.io' : 'http://dev.io';",
      "if (!__DEV__) { fetch('http://release.io'); } else { fetch('http://dev.io'); }",
      "if (isProduction) { fetch('https://api.io'); } else { fetch('http://staging.io'); }",
    ].join('\n');
    assert.deepEqual(await lines(ts, 'typescript'), [1]);
  });

  test('Swift: #if targetEnvironment(simulator) and the #else of #if !DEBUG', async () => {
    const swift = [
      '#if targetEnvironment(simulator)',
      'let simURL = "http://192.168.1.5:8080"',
      '#endif',
      '#if !DEBUG',
      'let releaseURL = "http://rel.io"',
      '#else',
      'let debugURL = "http://dev.io"',
      '#endif',
    ].join('\n') + '\n';
    assert.deepEqual(await lines(swift, 'swift'), [4]);
  });
});

describe('fixes of flows', () => {
  test('every source that reaches the sink is fixed', async () => {
    const code = [
      'function ordersUrl(page: number) {',
      "  if (page === 0) return 'http://orders.io/latest';",
      '  return `http://orders.io/page/${page}`;',
      '}',
      'export const load = (p: number) => fetch(ordersUrl(p));',
    ].join('\n');
    const { findings } = await analyzer().analyze(code, { language: 'typescript', grammar: 'typescript' }, { ruleIds: new Set(['transport-cleartext-url']) });
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.fix?.edits.map((e) => [e.range.start.line, e.newText]), [[1, 'https://'], [2, 'https://']]);
  });
});
