import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { render, valuesOf } from '../../server/out/core/dataflow/values';
import { flowOf } from './helpers/snippets';

/**
 * Engine pieces the OAuth rules rely on: values of Kotlin short templates (`"…$type…"`) that
 * name a parameter are the arguments of this file's calls, like any other read of it.
 */
function sinkArgument(root: Node): Node {
  const visit = (n: Node): Node | undefined => {
    if (n.type === 'call_expression' && n.namedChildren[0]?.text === 'sink') return n.namedChildren[1]?.namedChildren[0]?.namedChildren[0] ?? undefined;
    for (const c of n.namedChildren) {
      const found = c && visit(c);
      if (found) return found;
    }
    return undefined;
  };
  const found = visit(root);
  assert.ok(found, 'a sink(…) call');
  return found;
}

describe('values of Kotlin short templates', () => {
  test('a parameter named in "$name" takes the arguments of the calls in this file', async () => {
    const { flow, root } = await flowOf('kotlin', `
const val AUTH = "https://id.example.com/authorize"
fun url(type: String) = "$AUTH?response_type=$type"
fun a() = url("token")
fun b() = url("code")
fun c(t: String) { sink("$t!") }
fun d() { sink(url("x")) }
`);
    const values = valuesOf(flow, sinkArgument(root)).map((v) => render(v)).sort();
    assert.deepEqual(values, ['…!']);
    const fn = root.namedChildren.find((n) => n?.type === 'function_declaration' && n.text.startsWith('fun url'))!;
    const template = fn.descendantsOfType('string_literal')[0]!;
    assert.deepEqual(valuesOf(flow, template).map((v) => render(v)).sort(), [
      'https://id.example.com/authorize?response_type=code',
      'https://id.example.com/authorize?response_type=token',
      'https://id.example.com/authorize?response_type=x',
    ]);
  });
});
