import { Analyzer } from '../core/analyzer';
import type { TieringPolicy } from '../core/compiled-rules';
import { GrammarLoader } from './grammar-files';
import { loadRules, loadWordLists } from './rule-files';

export interface AnalyzerSetup {
  /** A folder of rule folders; default: this installation's `server/rules`. */
  rulesDir?: string;
  /** A folder of `tree-sitter-*.wasm`; default: this installation's `grammars`. */
  grammarDir?: string;
  /** When queries move from the interpreter to tree-sitter's compiled queries; default DEFAULT_TIERING. */
  tiering?: TieringPolicy;
}

/**
 * The analyzer of this installation, for the CLI, the language server, the tests and the
 * benchmarks: rules and word lists read and validated from disk, grammars loaded from
 * `grammars/` on demand.
 */
export function createAnalyzer(setup: AnalyzerSetup = {}): Analyzer {
  const grammars = new GrammarLoader(setup.grammarDir);
  return new Analyzer(loadRules(setup.rulesDir), (id) => grammars.load(id), loadWordLists(setup.rulesDir), setup.tiering);
}
