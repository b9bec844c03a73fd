import assert from 'node:assert/strict';
import { Parser, Query, type Language, type Node } from 'web-tree-sitter';
import { FileContext } from '../../../server/out/core/file-context';
import { customPredicatesHold } from '../../../server/out/core/predicates';
import type { WordLists } from '../../../server/out/core/word-lists';
import { loadWordLists } from '../../../server/out/node/rule-files';
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

let lists: WordLists | undefined;

/**
 * The text of every `@finding` a query reports on a snippet once the project's own `#sc-`
 * predicates are applied: for unit tests of predicates, without a whole rule around them.
 */
export async function predicateFindings(grammar: GrammarId, code: string, querySource: string): Promise<string[]> {
  const { root, language } = await parseSnippet(grammar, code);
  const query = new Query(language, querySource);
  const file = new FileContext(grammar, root, code, (lists ??= loadWordLists()));
  const out: string[] = [];
  for (const m of query.matches(root)) {
    const byName = new Map(m.captures.map((c) => [c.name, c.node]));
    if (customPredicatesHold(file, query.predicatesForPattern(m.patternIndex), (n) => byName.get(n))) out.push(byName.get('finding')!.text);
  }
  return out;
}
