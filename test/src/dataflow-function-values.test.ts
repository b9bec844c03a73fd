import { parseSnippet } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Node } from 'web-tree-sitter';
import { FileFlow } from '../../server/out/core/dataflow/flow';
import { FLOW_LANGUAGES } from '../../server/out/core/dataflow/language';
import type { GrammarId } from '../../server/out/core/types';

/**
 * A function of the file named without a call is a value that flows from its declaration
 * (its name): `{ checkServerIdentity: skip }` with `function skip() {}` in TypeScript, a
 * Swift function passed by name, Java method references (`this::allowAll`, `Hosts::allowAll`)
 * and Kotlin callable references (`::allowAll`, `this::allowAll`). A bare name in Java or
 * Kotlin is a field, never a method.
 */

/** What reaches each `sink(x)`: a function's name, or a function literal's first line. */
async function functionsReaching(grammar: GrammarId, code: string): Promise<string[][]> {
  const { root: snippetRoot } = await parseSnippet(grammar, code);
  const tree = { rootNode: snippetRoot };
  const flow = new FileFlow(FLOW_LANGUAGES[grammar]!, tree.rootNode);
  const sinks: Node[] = [];
  const visit = (n: Node): void => {
    const call = flow.lang.call(n);
    if (call && /(^|\.)sink$/.test(call.callee.text)) sinks.push(call.args[0]!.value);
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(tree.rootNode);
  const isFunctionName = (n: Node): boolean => !!n.parent && flow.lang.functions.has(n.parent.type) && flow.bindings.declaredBy(n)?.declared.kind === 'function';
  // A named function is reached at its name (and at its whole declaration, not counted twice here).
  const isFunction = (n: Node): boolean => (flow.lang.functions.has(n.type) && !flow.lang.declarations(n)?.some((d) => d.kind === 'function')) || isFunctionName(n);
  return sinks.map((s) => flow.sourcesReaching(s, isFunction).map((p) => p.steps[0]!.node.text.split('\n')[0]!));
}

describe('data flow: functions named as values', () => {
  test('TypeScript: a declared function, an arrow in a const, through an options object and a ternary', async () => {
    const code = `
function skip(host: string, cert: object) { return undefined; }
const quiet = () => undefined;
const opts = { checkServerIdentity: skip };
sink(opts.checkServerIdentity);
sink(flag ? quiet : undefined);
sink(later);
function later() {}
`;
    assert.deepEqual(await functionsReaching('typescript', code), [['skip'], ['() => undefined'], ['later']]);
  });

  test('Swift: a function passed by name', async () => {
    const code = `
func acceptAll(_ trust: SecTrust) -> Bool { return true }
func f() {
  sink(acceptAll)
}
`;
    assert.deepEqual(await functionsReaching('swift', code), [['acceptAll']]);
  });

  test('Java: method references to this class and to another class of the file; a bare name is a field', async () => {
    const code = `
class C {
  private String verify = "x";
  boolean verify(String h, Object s) { return true; }
  private boolean allowAll(String h, Object s) { return true; }
  void m(Builder b) {
    b.sink(this::allowAll);
    b.sink(Hosts::any);
    b.sink(verify);
  }
}
class Hosts { static boolean any(String h, Object s) { return true; } }
`;
    assert.deepEqual(await functionsReaching('java', code), [['allowAll'], ['any'], []]);
  });

  test('Kotlin: callable references, with or without a receiver; a bare name is no function', async () => {
    const code = `
fun allow(h: String, s: Any) = true
object Hosts {
  fun anyHost(h: String, s: Any) = true
}
class C {
  private fun mine(h: String, s: Any) = true
  fun m(b: Builder) {
    b.sink(::allow)
    b.sink(this::mine)
    b.sink(Hosts::anyHost)
    b.sink(allow)
  }
}
`;
    assert.deepEqual(await functionsReaching('kotlin', code), [['allow'], ['mine'], ['anyHost'], []]);
  });
});
