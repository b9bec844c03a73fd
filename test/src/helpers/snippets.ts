import assert from 'node:assert/strict';
import { Parser, type Language, type Node } from 'web-tree-sitter';
import { FileFlow } from '../../../server/out/core/dataflow/flow';
import { FLOW_LANGUAGES } from '../../../server/out/core/dataflow/language';
import type { GrammarId } from '../../../server/out/core/types';
import { GrammarLoader } from '../../../server/out/node/grammar-files';

/** Code snippets for unit tests of the engine: parsed with the shipped grammars. */
const loader = new GrammarLoader();

/** Parses a snippet that must be valid code. The tree lives as long as the test process. */
export async function parseSnippet(grammar: GrammarId, code: string): Promise<{ root: Node; language: Language }> {
  const language = await loader.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  const tree = parser.parse(code)!;
  parser.delete();
  assert.equal(tree.rootNode.hasError, false, 'snippet parses');
  return { root: tree.rootNode, language };
}

/** A snippet's data-flow model. */
export async function flowOf(grammar: GrammarId, code: string): Promise<{ flow: FileFlow; root: Node }> {
  const { root } = await parseSnippet(grammar, code);
  return { flow: new FileFlow(FLOW_LANGUAGES[grammar]!, root), root };
}
