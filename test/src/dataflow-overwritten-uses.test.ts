import { parseSnippet } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Query } from 'web-tree-sitter';
import { FileContext } from '../../server/out/core/file-context';
import { customPredicatesHold } from '../../server/out/core/predicates';
import { loadWordLists } from '../../server/out/node/rule-files';
import type { GrammarId } from '../../server/out/core/types';

/**
 * `#sc-used-beyond?` judges the value stored at a declaration or assignment by the reads that
 * value reaches: a local overwritten before it is read is unused, and writing a name is not
 * reading it. The capture may be the name or the stored expression itself; an expression
 * stored nowhere (an argument) is used where it stands.
 */
const LISTS = loadWordLists();

async function reported(grammar: GrammarId, code: string, querySource: string): Promise<string[]> {
  const { root: snippetRoot, language } = await parseSnippet(grammar, code);
  const tree = { rootNode: snippetRoot };
  const query = new Query(language, querySource);
  const file = new FileContext(grammar, tree.rootNode, code, LISTS);
  const out: string[] = [];
  for (const m of query.matches(tree.rootNode)) {
    const byName = new Map(m.captures.map((c) => [c.name, c.node]));
    if (customPredicatesHold(file, query.predicatesForPattern(m.patternIndex), (n) => byName.get(n))) out.push(byName.get('finding')!.text);
  }
  return out;
}

describe('#sc-used-beyond?: only the reads a value reaches', () => {
  test('Java: a local overwritten before the read is unused; a branch overwrite keeps it used', async () => {
    const code = `
class C {
  void m(SSLSocket s, boolean c) {
    String[] a = {"TLSv1"};
    a = MODERN;
    s.setEnabledProtocols(a);
    String[] b = {"TLSv1.1"};
    if (c) { b = MODERN; }
    s.setEnabledProtocols(b);
    String[] w = {"SSLv3"};
    w = MODERN;
  }
}`;
    const q = '((variable_declarator name: (identifier) @_name) @finding (#sc-used-beyond? @_name "unused logged"))';
    assert.deepEqual(await reported('java', code, q), ['b = {"TLSv1.1"}']);
  });

  test('Java: the captured value itself, at a declaration or an assignment, or passed in place', async () => {
    const code = `
class C {
  void m(HttpsURLConnection conn) {
    HostnameVerifier v = (h, s) -> true;
    v = HttpsURLConnection.getDefaultHostnameVerifier();
    conn.setHostnameVerifier(v);
    HostnameVerifier u;
    u = (h, s) -> true;
    conn.setHostnameVerifier(u);
    conn.setHostnameVerifier((h, s) -> true);
  }
}`;
    const q = '((lambda_expression) @finding (#sc-used-beyond? @finding "unused"))';
    assert.deepEqual(await reported('java', code, q), ['(h, s) -> true', '(h, s) -> true']);
  });

  test('Kotlin: a var overwritten before use, a val logged only, a val sent', async () => {
    const code = `
fun f(b: OkHttpClient.Builder) {
  var v = HostnameVerifier { _, _ -> true }
  v = OkHostnameVerifier
  b.hostnameVerifier(v)
  val logged = "TLSv1"
  Log.d("t", logged)
  val sent = "TLSv1.1"
  b.configure(sent)
}`;
    const q = '((property_declaration (variable_declaration (identifier) @finding)) (#sc-used-beyond? @finding "unused logged"))';
    assert.deepEqual(await reported('kotlin', code, q), ['sent']);
  });
});
