import { flowOf } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Node } from 'web-tree-sitter';
import { expressionUseKinds, useKinds, useVocabulary } from '../../server/out/core/dataflow/uses';
import { render, valuesOf } from '../../server/out/core/dataflow/values';
import { loadWordLists } from '../../server/out/node/rule-files';
import type { GrammarId } from '../../server/out/core/types';

/**
 * Data flow for URLs split across statements: how a value is used (through URL parsing,
 * string building, helpers of the file and member reads), which definitions a read sees
 * (`let` members set in an initializer, parameter defaults), and guards against cycles.
 */
const VOCABULARY = useVocabulary(loadWordLists());

function all(root: Node, keep: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const visit = (n: Node): void => {
    if (keep(n)) out.push(n);
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(root);
  return out;
}

/** The use kinds of the binding declared under `name`, with only the reads its own definition reaches. */
async function usesOf(grammar: GrammarId, code: string, name: string): Promise<string[]> {
  const { flow, root } = await flowOf(grammar, code);
  const id = all(root, (n) => n.text === name && !!flow.bindings.declaredBy(n))[0];
  assert.ok(id, `a declaration of ${name}`);
  const b = flow.bindings.declaredBy(id)!;
  return [...useKinds(flow, b, VOCABULARY, root.text, 0, b.assignments.length ? b.site : undefined)].sort();
}

async function sinkValues(grammar: GrammarId, code: string): Promise<string[][]> {
  const { flow, root } = await flowOf(grammar, code);
  const calls = all(root, (n) => flow.lang.call(n)?.callee.text === 'sink');
  return calls.map((c) => valuesOf(flow, flow.lang.call(c)!.args[0]!.value).map((v) => render(v)).sort());
}

describe('data flow: how a URL is used', () => {
  test('Swift: parsed only for its host, passed to a helper that logs it, or a function whose result is only logged', async () => {
    const code = `
private let mirror = "http://m.io"
private let helped = "http://h.io"
private func mirrorURL() -> String { return "http://f.io" }
private let sent = "http://s.io"
func isMirror(_ h: String) -> Bool { return URL(string: mirror)?.host == h }
func note(_ u: String) { print(u) }
func f() {
  note(helped)
  print(mirrorURL())
  let url = URL(string: sent)!
  session.dataTask(with: url).resume()
}
`;
    assert.deepEqual(await usesOf('swift', code, 'mirror'), ['host']);
    assert.deepEqual(await usesOf('swift', code, 'helped'), ['logged']);
    assert.deepEqual(await usesOf('swift', code, 'mirrorURL'), ['logged']);
    assert.deepEqual(await usesOf('swift', code, 'sent'), ['sent']);
  });

  test('Swift: String(format:) carries the value on; self.x reads are member reads', async () => {
    const code = `
final class C {
  private let base = "http://b.io"
  private let other = "http://o.io"
  func f() {
    let full = String(format: "%@/v1", self.base)
    print(full)
    AF.request(self.other)
  }
}
`;
    assert.deepEqual(await usesOf('swift', code, 'base'), ['logged']);
    assert.deepEqual(await usesOf('swift', code, 'other'), ['sent']);
  });

  test('TypeScript: a value overwritten before every read is unused; writes are no reads; this.x is read', async () => {
    const code = `
export function f() {
  let apiUrl = "http://old.io";
  apiUrl = "https://new.io";
  fetch(apiUrl);
}
class K {
  private base = "http://k.io";
  go() { return fetch(this.base); }
}
`;
    assert.deepEqual(await usesOf('typescript', code, 'apiUrl'), ['unused']);
    assert.deepEqual(await usesOf('typescript', code, 'base'), ['sent']);
  });

  test('TypeScript: a top-level name nobody reads is unused in a module, but a global of a script', async () => {
    assert.deepEqual(await usesOf('typescript', 'import x from "x";\nconst apiUrl = "http://a.io";', 'apiUrl'), ['unused']);
    assert.deepEqual(await usesOf('typescript', 'const apiUrl = "http://a.io";', 'apiUrl'), ['exported']);
    assert.deepEqual(await usesOf('typescript', 'const http = require("http");\nconst apiUrl = "http://a.io";', 'apiUrl'), ['unused']);
  });

  test('an argument where it stands: parsed for a part, shown, logged, or sent after parsing', async () => {
    const code = `
const h = new URL("http://b.io").hostname;
const { pathname } = { pathname: new URL("http://p.io").pathname };
t.setPlaceholder("http://u.io");
console.log("http://c.io");
fetch(new URL("http://d.io"));
`;
    const { flow, root } = await flowOf('typescript', code);
    const literals = all(root, (n) => n.type === 'string' && n.text.startsWith('"http'));
    assert.deepEqual(literals.map((l) => [...expressionUseKinds(flow, l, VOCABULARY, root.text)].sort()), [['host'], ['host'], ['ui'], ['logged'], ['sent']]);
  });
});

describe('data flow: definitions of split URLs', () => {
  test('Swift: a let member set in init, a parameter default, and an interpolated return', async () => {
    const code = `
final class S {
  private let endpoint: String
  init(endpoint: String = "http://cart.io") { self.endpoint = endpoint }
  func f() { sink(endpoint + "/items") }
}
`;
    assert.deepEqual(await sinkValues('swift', code), [['http://cart.io/items']]);
  });

  test('JavaScript: a field created by `this.x = …` in the constructor', async () => {
    const code = `
class Client {
  constructor(host = "r.io", secure = false) { this.prefix = (secure ? "https://" : "http://") + host; }
  send() { sink(this.prefix + "/r"); }
}
`;
    assert.deepEqual(await sinkValues('typescript', code), [['http://r.io/r', 'https://r.io/r']]);
  });

  test('TypeScript: the default of a destructured parameter', async () => {
    const code = `
function f({ apiHost = "http://eu.io" }: { apiHost?: string }) { sink(apiHost + "/s"); }
`;
    assert.deepEqual(await sinkValues('typescript', code), [['http://eu.io/s']]);
  });

  test("a field's `+=` that reaches itself is followed once", async () => {
    const code = `
class A {
  s = "http://a.io";
  f() { this.s += "/x"; sink(this.s); }
}
`;
    const values = (await sinkValues('typescript', code))[0]!;
    assert.ok(values.includes('http://a.io') && values.includes('http://a.io/x'), values.join(' '));
    const { flow, root } = await flowOf('typescript', code);
    const sink = all(root, (n) => flow.lang.call(n)?.callee.text === 'sink')[0]!;
    const sources = flow.sourcesReaching(flow.lang.call(sink)!.args[0]!.value, (n) => n.type === 'string');
    assert.deepEqual(sources.map((p) => p.steps[0]!.node.text).sort(), ['"/x"', '"http://a.io"']);
  });

  test('a property read that leads back to itself ends instead of recursing', async () => {
    const code = `
func f() {
  var node = Node()
  node.next = node.next.next
  sink(node.next.url)
}
`;
    assert.deepEqual(await sinkValues('swift', code), [['…']]);
  });
});
