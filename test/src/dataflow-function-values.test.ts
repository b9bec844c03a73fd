import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Parser, type Node } from 'web-tree-sitter';
import { FileFlow } from '../../server/out/core/dataflow/flow';
import { FLOW_LANGUAGES } from '../../server/out/core/dataflow/language';
import { GrammarLoader } from '../../server/out/core/grammars';
import type { GrammarId } from '../../server/out/core/types';

/**
 * A function of the file named without a call is a value: `{ checkServerIdentity: skip }`
 * with `function skip() {}` flows from that declaration. Only where the language lets a bare
 * name stand for a function (TypeScript, Swift); in Java and Kotlin a bare name is a field.
 */
const loader = new GrammarLoader();

async function functionsReaching(grammar: GrammarId, code: string): Promise<string[][]> {
  const language = await loader.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  const tree = parser.parse(code)!;
  assert.equal(tree.rootNode.hasError, false, 'snippet parses');
  const flow = new FileFlow(FLOW_LANGUAGES[grammar]!, tree.rootNode);
  const sinks: Node[] = [];
  const visit = (n: Node): void => {
    const call = flow.lang.call(n);
    if (call && call.callee.text === 'sink') sinks.push(call.args[0]!.value);
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(tree.rootNode);
  const isFunction = (n: Node): boolean => flow.lang.functions.has(n.type);
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
    assert.deepEqual(await functionsReaching('typescript', code), [
      ['function skip(host: string, cert: object) { return undefined; }'], ['() => undefined'], ['function later() {}'],
    ]);
  });

  test('Swift: a function passed by name', async () => {
    const code = `
func acceptAll(_ trust: SecTrust) -> Bool { return true }
func f() {
  sink(acceptAll)
}
`;
    assert.deepEqual(await functionsReaching('swift', code), [['func acceptAll(_ trust: SecTrust) -> Bool { return true }']]);
  });

  test('Java and Kotlin: a bare name is never a method', async () => {
    const java = `
class C {
  private String verify = "x";
  boolean verify(String h, Object s) { return true; }
  void m() { sink(verify); }
}
`;
    assert.deepEqual(await functionsReaching('java', java), [[]]);
    const kotlin = `
fun allow(h: String) = true
fun m() { sink(allow) }
`;
    assert.deepEqual(await functionsReaching('kotlin', kotlin), [[]]);
  });
});
