import { flowOf } from './helpers/snippets';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Parser, type Node } from 'web-tree-sitter';
import { FileFlow } from '../../server/out/core/dataflow/flow';
import { FLOW_LANGUAGES } from '../../server/out/core/dataflow/language';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import type { GrammarId } from '../../server/out/core/types';

/**
 * Collections on their way to a call: Kotlin `*spread`, `arrayOf`/`listOf` and their
 * conversions (`.toTypedArray()`), Java `Arrays.asList`/`List.of`, `toArray`, copies and
 * `String.join`, and the argument list of a varargs call taken as one array
 * (`tlsVersions(a, b)`), so a rule can report once per call.
 */
const loader = new GrammarLoader();

/** Each `sink(…)` call's argument list (the whole list, not one argument). */
function sinkArgumentLists(flow: FileFlow, root: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node): void => {
    const call = flow.lang.call(n);
    if (call && /^sink$/.test(call.callee.text.replace(/^.*\./, ''))) {
      const list = n.namedChildren.find((c) => c && /^(argument_list|value_arguments)$/.test(c.type));
      if (list) out.push(list);
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(root);
  return out;
}

/** The string literals that reach each sink's argument list, sorted. */
async function literalsReaching(grammar: GrammarId, code: string): Promise<string[][]> {
  const { flow, root } = await flowOf(grammar, code);
  const isLiteral = (n: Node): boolean => flow.lang.strings.has(n.type);
  return sinkArgumentLists(flow, root).map((list) => flow.sourcesReaching(list, isLiteral).map((p) => p.steps[0]!.node.text).sort());
}

describe('data flow into collections: Kotlin', () => {
  test('spread, builders and conversions carry their elements; every argument of a varargs call is one list', async () => {
    const code = `
object Defaults {
  val LIST = listOf("TLSv1.1", "TLSv1.2")
}
fun f(b: Builder) {
  val versions = arrayOf("TLSv1", "TLSv1.3")
  b.sink(*versions)
  b.sink(*Defaults.LIST.toTypedArray())
  b.sink("SSLv3", "TLSv1.2")
  val names = arrayListOf("a", "b")
  b.sink(names.joinToString(","))
  b.sink(*mutableListOf("x").toMutableList().toTypedArray())
}
`;
    assert.deepEqual(await literalsReaching('kotlin', code), [
      ['"TLSv1"', '"TLSv1.3"'], ['"TLSv1.1"', '"TLSv1.2"'], ['"SSLv3"', '"TLSv1.2"'], ['"a"', '"b"'], ['"x"'],
    ]);
  });

  test('a call that filters is not a conversion: nothing is followed through it', async () => {
    const code = `
fun f(s: Socket) {
  val weak = listOf("TLSv1")
  s.sink(*s.supportedProtocols.filter { it !in weak }.toTypedArray())
}
`;
    assert.deepEqual(await literalsReaching('kotlin', code), [[]]);
  });
});

describe('data flow into collections: Java', () => {
  test('Arrays.asList, List.of, toArray, copies, unmodifiable views and String.join', async () => {
    const code = `
class C {
  static final String[] BASE = {"TLSv1", "TLSv1.2"};
  void m(Socket s) {
    java.util.List<String> list = Arrays.asList("SSLv3", "TLSv1.3");
    s.sink(list.toArray(new String[0]));
    s.sink(new ArrayList<>(List.of("TLSv1.1")).toArray(new String[0]));
    s.sink(Collections.unmodifiableList(Arrays.asList(BASE)));
    s.sink(String.join(",", BASE));
    s.sink(TlsVersion.TLS_1_0, "TLSv1.2");
  }
}
`;
    assert.deepEqual(await literalsReaching('java', code), [
      ['"SSLv3"', '"TLSv1.3"'], ['"TLSv1.1"'], ['"TLSv1"', '"TLSv1.2"'], ['"TLSv1"', '"TLSv1.2"'], ['"TLSv1.2"'],
    ]);
  });

  test('a list filled in a loop is not followed to what was left out', async () => {
    const code = `
class C {
  static final java.util.List<String> DENY = Arrays.asList("SSLv3", "TLSv1");
  void m(SSLSocket s) {
    java.util.List<String> out = new ArrayList<>();
    for (String p : s.getSupportedProtocols()) if (!DENY.contains(p)) out.add(p);
    s.sink(out.toArray(new String[0]));
  }
}
`;
    assert.deepEqual(await literalsReaching('java', code), [[]]);
  });
});

describe('data flow into collections: Swift', () => {
  test('a settings dictionary in a variable carries its values, NSNumber(value:) boxes without changing them', async () => {
    const language = await loader.load('swift');
    const parser = new Parser();
    parser.setLanguage(language);
    const code = `
func f(stream: OutputStream) {
  let level = "legacy"
  let settings: [String: Any] = [kLevel: level, kMin: NSNumber(value: "boxed"), kOther: NSNumber(integerLiteral: "other")]
  stream.sink(settings, forKey: key)
}
`;
    const tree = parser.parse(code)!;
    assert.equal(tree.rootNode.hasError, false, 'snippet parses');
    const flow = new FileFlow(FLOW_LANGUAGES.swift!, tree.rootNode);
    const sinks: Node[] = [];
    const visit = (n: Node): void => {
      const call = flow.lang.call(n);
      if (call && /\.sink$/.test(call.callee.text)) sinks.push(call.args[0]!.value);
      for (const c of n.namedChildren) if (c) visit(c);
    };
    visit(tree.rootNode);
    const isLiteral = (n: Node): boolean => flow.lang.strings.has(n.type);
    assert.deepEqual(sinks.map((s) => flow.sourcesReaching(s, isLiteral).map((p) => p.steps[0]!.node.text).sort()), [['"boxed"', '"legacy"']]);
  });
});
