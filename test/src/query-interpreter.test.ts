import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Parser, Query, type Language, type Node } from 'web-tree-sitter';
import { QuerySourceError, UnsupportedQueryError } from '../../server/out/core/query-interpreter/errors';
import { InterpretedQuery } from '../../server/out/core/query-interpreter/query';
import type { GrammarId } from '../../server/out/core/types';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { compareQuery } from './helpers/query-parity';
import { QueryFuzzer, random } from './helpers/query-fuzz';
import { parseSnippet } from './helpers/snippets';

const loader = new GrammarLoader();

/** The interpreter's matches, as `capture=text` lists, after checking they are tree-sitter's (same order). */
async function matches(grammar: GrammarId, code: string, query: string): Promise<string[]> {
  const { root, language } = await parseSnippet(grammar, code);
  return matchesOn(language, root, query);
}

function matchesOn(language: Language, root: Node, query: string): string[] {
  const parity = compareQuery(language, query, root);
  assert.deepEqual(parity.differences, [], query);
  assert.equal(parity.uncertain, false, `${query}: the interpreter's own answer`);
  return new InterpretedQuery(language, query).matches(root)
    .map((m) => m.captures.map((c) => `${c.name}=${c.node.text}`).join(' '));
}

describe('query interpreter: matching semantics (each also checked against tree-sitter)', () => {
  test('child patterns match direct children in order, not necessarily adjacent: one match per combination', async () => {
    assert.deepEqual(await matches('typescript', 'f(a, b, c);', '(arguments (identifier) @x (identifier) @y)'),
      ['x=a y=b', 'x=a y=c', 'x=b y=c']);
    assert.deepEqual(await matches('typescript', 'f(g(a));', '(call_expression (arguments (identifier) @x))'), ['x=a']);
  });

  test('anchors: first named child, last named child, adjacent named siblings', async () => {
    assert.deepEqual(await matches('typescript', 'f(a, b, c);', '(arguments . (identifier) @first)'), ['first=a']);
    assert.deepEqual(await matches('typescript', 'f(a, b, c);', '(arguments (identifier) @last .)'), ['last=c']);
    // anonymous nodes (the commas) do not break adjacency, a named node (the string) does
    assert.deepEqual(await matches('typescript', 'f(a, "s", b, c);', '(arguments (identifier) @a . (identifier) @b)'), ['a=b b=c']);
  });

  test('alternations: one pattern, a match per branch that matches, captures from the branch', async () => {
    assert.deepEqual(await matches('typescript', 'f(a, b); o.g(c);',
      '(call_expression function: [(identifier) @fn (member_expression property: (property_identifier) @fn)])'), ['fn=f', 'fn=g']);
    assert.deepEqual(await matches('typescript', 'f("a", 1, b);', '[(string) (number)] @lit'), ['lit="a"', 'lit=1']);
  });

  test('quantifiers ? * +, also inside an alternation', async () => {
    assert.deepEqual(await matches('typescript', 'f(a, b, 1); g();', '(arguments (identifier)* @ids)'), ['ids=a', 'ids=b', '']);
    assert.deepEqual(await matches('typescript', 'f(a, b, 1); g();', '(arguments (identifier)+ @ids)'), ['ids=a', 'ids=b']);
    assert.deepEqual(await matches('typescript', 'f("s", a); f(b);', '(arguments (string)? @s . (identifier) @id)'), ['s="s" id=a', 'id=b']);
    assert.deepEqual(await matches('typescript', 'f(1, a); f(2);', '(call_expression arguments: (arguments (number) @n (identifier)? @opt))'),
      ['n=1 opt=a', 'n=2']);
    assert.deepEqual(await matches('typescript', 'f(a, 1, b, 2);', '(arguments [(identifier)+ (number)] @x)'), ['x=a', 'x=1', 'x=b', 'x=2']);
  });

  test('fields and negated fields', async () => {
    assert.deepEqual(await matches('typescript', 'const o = { a: 1, b: x };', '(pair key: (property_identifier) @k value: (_) @v)'), ['k=a v=1', 'k=b v=x']);
    assert.deepEqual(await matches('typescript', 'function a(): void {} function b() {}', '(function_declaration !return_type name: (identifier) @n)'), ['n=b']);
  });

  test('anonymous nodes and wildcards: "…" names a token, _ any node, (_) a named node', async () => {
    assert.deepEqual(await matches('typescript', 'x = a || b ?? c; y ||= 1; z ??= 2;',
      '[(binary_expression operator: "||" @op) (augmented_assignment_expression operator: ["||=" "??="] @op)]'), ['op=||', 'op=||=', 'op=??=']);
    assert.deepEqual(await matches('typescript', 'f(a, b);', '(arguments _ @any)'), ['any=(', 'any=a', 'any=,', 'any=b', 'any=)']);
    assert.deepEqual(await matches('typescript', 'f(a, b);', '(arguments (_) @named)'), ['named=a', 'named=b']);
  });

  test('several captures on one node; a wildcard root captured through its child', async () => {
    assert.deepEqual(await matches('typescript', 'f(a);', '(identifier) @a @b'), ['a=f b=f', 'a=a b=a']);
    assert.deepEqual(await matches('typescript', 'f(a);', '(_ (identifier) @id) @parent'), ['parent=f(a) id=f', 'parent=(a) id=a']);
  });

  test('top-level sibling patterns (not rooted)', async () => {
    assert.deepEqual(await matches('typescript', '// c\nf(a);\ng(b);', '((comment) (expression_statement) @stmt)'), ['stmt=f(a);', 'stmt=g(b);']);
  });

  test('text predicates as web-tree-sitter applies them', async () => {
    const code = 'f(a, b, a); g(x);';
    assert.deepEqual(await matches('typescript', code, '((arguments (identifier) @x (identifier) @y) (#eq? @x @y))'), ['x=a y=a']);
    assert.deepEqual(await matches('typescript', code, '((identifier) @x (#not-eq? @x "a") (#match? @x "^[bfg]"))'), ['x=f', 'x=b', 'x=g']);
    assert.deepEqual(await matches('typescript', code, '((identifier) @x (#any-of? @x "g" "x"))'), ['x=g', 'x=x']);
    assert.deepEqual(await matches('typescript', code, '((identifier) @x (#not-any-of? @x "a" "b") (#not-match? @x "^f"))'), ['x=g', 'x=x']);
    // a #match? on a capture the match does not have fails; #eq? holds
    assert.deepEqual(await matches('typescript', 'f(1); f(2, b);', '((arguments (number) @n (identifier)? @id) (#match? @id "."))'), ['n=2 id=b']);
    assert.deepEqual(await matches('typescript', 'f(1); f(2, b);', '((arguments (number) @n (identifier)? @id) (#eq? @id "zz"))'), ['n=1']);
  });

  test('ERROR nodes: (_) does not match them', async () => {
    const { language } = await parseSnippet('typescript', 'f(a);');
    const parser = new Parser();
    parser.setLanguage(language);
    const tree = parser.parse('f(a b c; @@ x = ;')!;
    parser.delete();
    assert.ok(tree.rootNode.hasError);
    for (const q of ['(_) @n', '(ERROR) @e', '(ERROR (identifier) @id)', '(program (_) @top)']) matchesOn(language, tree.rootNode, q);
    tree.delete();
  });
});

describe('query interpreter: what the engine reads of a query', () => {
  const source = `
; a comment
((call_expression function: (identifier) @fn) @finding
  (#set! variant "note")
  (#set! deprecated)
  (#sc-inside? @finding "call-to" "^x$")
  (#eq? @fn "f"))
((string) @source (#sc-cleartext-url? @source))`;

  test('capture names, pattern count, #set! properties and our predicates, as web-tree-sitter exposes them', async () => {
    const language = await loader.load('typescript');
    const q = new InterpretedQuery(language, source);
    const ts = new Query(language, source);
    assert.deepEqual(q.captureNames, ['fn', 'finding', 'source']);
    assert.deepEqual(q.captureNames, ts.captureNames);
    assert.equal(q.patternCount(), 2);
    assert.deepEqual(q.setProperties[0], { variant: 'note', deprecated: null });
    assert.equal(q.setProperties[1], undefined);
    assert.deepEqual(q.predicatesForPattern(0), [
      { operator: 'sc-inside?', operands: [{ type: 'capture', name: 'finding' }, { type: 'string', value: 'call-to' }, { type: 'string', value: '^x$' }] },
    ]);
    assert.deepEqual(q.predicatesForPattern(1), [{ operator: 'sc-cleartext-url?', operands: [{ type: 'capture', name: 'source' }] }]);
    for (let i = 0; i < 2; i++) {
      assert.deepEqual(q.predicatesForPattern(i), ts.predicatesForPattern(i));
      assert.deepEqual(q.setProperties[i], ts.setProperties[i]);
    }
    ts.delete();
  });

  test('string escapes in predicates', async () => {
    const language = await loader.load('typescript');
    const src = String.raw`((string) @s (#sc-x? @s "a\"b\\c\nd\te\.f"))`;
    const q = new InterpretedQuery(language, src);
    const ts = new Query(language, src);
    assert.deepEqual(q.predicatesForPattern(0), ts.predicatesForPattern(0));
    assert.deepEqual(q.predicatesForPattern(0)[0]!.operands[1], { type: 'string', value: 'a"b\\c\nd\te.f' });
    ts.delete();
  });
});

describe('query interpreter: errors name the line, like tree-sitter refuses', () => {
  const cases: [string, string, RegExp][] = [
    ['a misspelt node', '(program)\n\n(call_expresion) @x', /Bad node name 'call_expresion' \(line 3\)/],
    ['a misspelt field', '(program)\n(call_expression functio: (identifier)) @x', /Bad field name 'functio' \(line 2\)/],
    ['a predicate on an unknown capture', '((identifier) @x\n  (#eq? @y "a"))', /Bad capture name @y \(line 2\)/],
    ['an unclosed pattern', '(program)\n(call_expression (identifier) @x', /Bad syntax .* \(line 2\)/],
    ['an unterminated string', '((identifier) @x (#eq? @x "a))\n', /Bad syntax .* \(line 1\)/],
    ['an anchor at the end of a group', '((identifier) @x .)', /Bad syntax/],
    ['an unknown anonymous node', '(binary_expression "=>>>" @op)', /Bad node name/],
  ];
  for (const [name, src, message] of cases) {
    test(name, async () => {
      const language = await loader.load('typescript');
      let tsError: (Error & { index?: number }) | undefined;
      try { new Query(language, src).delete(); } catch (e) { tsError = e as Error; }
      assert.ok(tsError, 'tree-sitter refuses it too');
      assert.throws(() => new InterpretedQuery(language, src), (e: unknown) => {
        assert.ok(e instanceof QuerySourceError);
        assert.match(e.message, message);
        // the same line as tree-sitter's error offset
        assert.equal(e.line, src.slice(0, tsError!.index).split('\n').length);
        return true;
      });
    });
  }

  test('syntax the interpreter does not run: the caller compiles it with tree-sitter', async () => {
    const language = await loader.load('typescript');
    assert.throws(() => new InterpretedQuery(language, '(program)\n(MISSING identifier) @m'), (e: unknown) => e instanceof UnsupportedQueryError && /MISSING.*line 2/.test(e.message));
    assert.throws(() => new InterpretedQuery(language, '(identifier) @x\n(#eq? @x "a")'), (e: unknown) => e instanceof UnsupportedQueryError && /outside any node pattern.*line 2/.test(e.message));
  });
});

describe('query interpreter: random queries shaped after real code, against tree-sitter', () => {
  // A deterministic sample; /tmp-style throwaway runs of the same fuzzer tried thousands more.
  const SAMPLES: [GrammarId, string][] = [
    ['typescript', `import https from 'https';
const agent = new https.Agent({ rejectUnauthorized: false, ca: [cert, other] });
export async function fetchAll(urls: string[], opts = { retry: 3 }) {
  for (const u of urls) { if (!u.startsWith('https://') || opts.retry > 1) await fetch(u, { agent }); }
  return urls.map((u, i) => ({ u, i })).filter(Boolean) ?? [];
}`],
    ['kotlin', `class Net(private val client: OkHttpClient) {
  fun get(url: String, retries: Int = 3): Response? {
    val req = Request.Builder().url("http://" + url).header("a", "b").build()
    return if (retries > 0) client.newCall(req).execute() else null
  }
}`],
    ['java', `class A implements X509TrustManager {
  public void checkServerTrusted(X509Certificate[] chain, String authType) { if (chain == null) { return; } log(chain[0], authType); }
  static final String[] P = { "TLSv1", "TLSv1.2" };
}`],
    ['swift', `final class Net: NSObject, URLSessionDelegate {
  func urlSession(_ s: URLSession, didReceive c: URLAuthenticationChallenge, completionHandler h: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
    if let t = c.protectionSpace.serverTrust { h(.useCredential, URLCredential(trust: t)) } else { h(.performDefaultHandling, nil) }
  }
  let settings: [String: Any] = [kCFStreamSSLValidatesCertificateChain as String: false, "x": [1, 2]]
}`],
  ];
  for (const [grammar, code] of SAMPLES) {
    test(`${grammar}: 40 random queries`, async () => {
      const { root, language } = await parseSnippet(grammar, code);
      let compared = 0;
      let uncertain = 0;
      for (let seed = 1; compared < 40 && seed < 400; seed++) {
        const q = new QueryFuzzer(language, root, random(seed)).query();
        try { new Query(language, q).delete(); } catch { continue; } // tree-sitter refuses it (an impossible pattern)
        const parity = compareQuery(language, q, root);
        assert.deepEqual(parity.differences, [], `seed ${seed}:\n${q}`);
        compared++;
        if (parity.uncertain) uncertain++;
      }
      assert.equal(compared, 40);
      // Answers from tree-sitter's fallback prove nothing about the interpreter: keep them few.
      assert.ok(uncertain <= 6, `${uncertain} of 40 queries fell back to tree-sitter`);
    });
  }
});
