import type { Node } from 'web-tree-sitter';
import { FileFlow } from './dataflow/flow';
import { FLOW_LANGUAGES } from './dataflow/language';
import type { RegionIndex } from './regions';
import type { GrammarId } from './types';
import { WordLists } from './word-lists';

/**
 * What the rules share while one file is analysed: the tree, the text, and the file's data
 * flow, built on first use (most files that pass the trigger prefilter need it once, the
 * others never pay for it).
 */
export class FileContext {
  private flowModel: FileFlow | null | undefined;
  private readonly regionIndexes = new Map<string, RegionIndex>();

  constructor(
    readonly grammar: GrammarId, readonly root: Node, readonly text: string, readonly lists: WordLists = new WordLists(),
    /** The analysis' time budget, which flow searches check as they go. */
    private readonly overBudget: () => boolean = () => false,
  ) {}

  get flow(): FileFlow | undefined {
    if (this.flowModel === undefined) {
      const lang = FLOW_LANGUAGES[this.grammar];
      this.flowModel = lang ? new FileFlow(lang, this.root, this.overBudget) : null;
    }
    return this.flowModel ?? undefined;
  }

  /** The file's regions of one kind (regions.ts), built on first use and kept with the file. */
  regions(kind: string, build: () => RegionIndex): RegionIndex {
    let index = this.regionIndexes.get(kind);
    if (!index) this.regionIndexes.set(kind, (index = build()));
    return index;
  }
}
