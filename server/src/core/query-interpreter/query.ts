import { Query, type Language, type Node, type QueryCapture, type QueryMatch, type QueryPredicate, type QueryProperties, type Tree } from 'web-tree-sitter';
import type { RuleQuery, RuleQueryOptions } from '../rule-query';
import { FlatTree, NamedTypes } from './flat-tree';
import { runQuery, type RawMatch } from './matcher';
import { parseQuery, type ParsedQuery, type QueryGrammar } from './parse';
import { patternPredicates, type TextCapture, type TextPredicate } from './predicates';

/**
 * A tree-sitter query run by the interpreter in this folder instead of tree-sitter's own
 * query engine: built in about a millisecond where `new Query()` analyses every pattern
 * against the grammar's parse table (10–200 ms a pattern), and answering `matches()` with the
 * same matches, captures and order as web-tree-sitter's Query (test/src/query-interpreter*).
 *
 * One thing the interpreter cannot know without that analysis: whether tree-sitter keeps
 * an alternative state at a few steps (Step.split 'unknown'). It keeps one and tracks it;
 * when such a state could have changed the result on a tree (rare: RunResult.uncertain), the
 * matches of that tree come from tree-sitter's compiled query (`fallback`, compiled once).
 */
export class InterpretedQuery implements RuleQuery {
  readonly captureNames: string[];
  readonly setProperties: QueryProperties[];
  readonly assertedProperties: QueryProperties[];
  readonly refutedProperties: QueryProperties[];
  /** Predicates other than the text predicates and properties, as in web-tree-sitter. */
  readonly predicates: QueryPredicate[][];
  private readonly textPredicates: TextPredicate[][];
  private readonly parsed: ParsedQuery;
  private readonly namedTypes: NamedTypes;
  private compiled: { matches: InterpretedQuery['matches'] } | undefined;
  /** Trees whose matches came from the fallback, because the interpreter could not be sure. */
  uncertainRuns = 0;

  /**
   * Throws QuerySourceError where tree-sitter would refuse the query, UnsupportedQueryError
   * for what it cannot run. `fallback` gives tree-sitter's compiled query when the
   * interpreter cannot be sure of a tree's matches; by default it compiles one.
   */
  constructor(readonly language: Language, private readonly source: string, private readonly fallback?: () => { matches: InterpretedQuery['matches'] }) {
    this.parsed = parseQuery(source, languageGrammar(language));
    this.namedTypes = namedTypesOf(language);
    this.captureNames = this.parsed.captureNames;
    const count = this.parsed.patterns.length;
    this.setProperties = new Array<QueryProperties>(count);
    this.assertedProperties = new Array<QueryProperties>(count);
    this.refutedProperties = new Array<QueryProperties>(count);
    this.predicates = new Array<QueryPredicate[]>(count);
    this.textPredicates = new Array<TextPredicate[]>(count);
    this.parsed.patterns.forEach((pattern, i) => {
      const p = patternPredicates(pattern.predicates);
      this.textPredicates[i] = p.text;
      this.predicates[i] = p.other;
      if (p.set) this.setProperties[i] = p.set;
      if (p.asserted) this.assertedProperties[i] = p.asserted;
      if (p.refuted) this.refutedProperties[i] = p.refuted;
    });
  }

  patternCount(): number {
    return this.parsed.patterns.length;
  }

  predicatesForPattern(patternIndex: number): QueryPredicate[] {
    return this.predicates[patternIndex]!;
  }

  startIndexForPattern(patternIndex: number): number {
    return this.parsed.patterns[patternIndex]!.startIndex;
  }

  endIndexForPattern(patternIndex: number): number {
    return this.parsed.patterns[patternIndex]!.endIndex;
  }

  /** Like web-tree-sitter's Query.matches(node): text predicates applied, in tree-sitter's order. */
  matches(node: Node, options: RuleQueryOptions = {}): QueryMatch[] {
    const tree = flatTreeFor(node, this.namedTypes);
    const progress = options.progressCallback;
    let uncertain = false;
    const out: QueryMatch[] = [];
    try {
      const run = runQuery(this.parsed, tree.flat, progress ? (currentOffset) => progress({ currentOffset }) === true : undefined);
      const kept = run.matches.filter((m) => this.textPredicatesHold(m, tree));
      // A match tree-sitter may not have found, or states it may not have kept: ask tree-sitter.
      uncertain = !run.stopped && (run.uncertain || kept.some((m) => m.extra));
      if (!uncertain) {
        for (const match of kept) {
          const { patternIndex } = match;
          const captures: QueryCapture[] = match.captures.map((c) => ({ patternIndex, name: this.captureNames[c.id]!, node: tree.flat.nodeAt(c.node) }));
          out.push({
            patternIndex,
            captures,
            setProperties: this.setProperties[patternIndex],
            assertedProperties: this.assertedProperties[patternIndex],
            refutedProperties: this.refutedProperties[patternIndex],
          });
        }
      }
    } finally {
      tree.flat.release(); // the cursor nodeAt() used: every cursor must be deleted (core/syntax.ts deleteCursor)
    }
    if (!uncertain) return out;
    this.uncertainRuns++;
    this.compiled ??= this.fallback ? this.fallback() : new Query(this.language, this.source);
    return this.compiled.matches(node, options);
  }

  /** Text predicates read the source text of the flat tree; no Node is made for a match they drop. */
  private textPredicatesHold(match: RawMatch, tree: CachedTree): boolean {
    const predicates = this.textPredicates[match.patternIndex]!;
    if (predicates.length === 0) return true;
    const { flat, text, offset } = tree;
    const captures: TextCapture[] = match.captures.map((c) => ({
      name: this.captureNames[c.id]!,
      node: { text: text.slice(flat.start[c.node]! - offset, flat.end[c.node]! - offset) },
    }));
    return predicates.every((p) => p(captures));
  }
}

/** What the parser needs of a web-tree-sitter Language. */
export function languageGrammar(language: Language): QueryGrammar {
  let supertypes: Set<number> | undefined;
  return {
    symbolForName: (name, named) => language.idForNodeType(name, named) ?? 0,
    fieldIdForName: (name) => language.fieldIdForName(name) ?? 0,
    isSupertype: (symbol) => (supertypes ??= new Set(language.supertypes)).has(symbol),
  };
}

const namedTypesByLanguage = new WeakMap<Language, NamedTypes>();

function namedTypesOf(language: Language): NamedTypes {
  let named = namedTypesByLanguage.get(language);
  if (!named) namedTypesByLanguage.set(language, (named = new NamedTypes(language)));
  return named;
}

interface CachedTree {
  tree: Tree;
  rootId: number;
  flat: FlatTree;
  /** The root's text, and where it starts: a node's text is a slice of it. */
  text: string;
  offset: number;
}

/**
 * The flat copy of the last tree queried: every rule run on a file shares one. A tree must not
 * be edited (`Tree.edit`) and queried again through the same object; the engine never does.
 */
let lastTree: CachedTree | undefined;

function flatTreeFor(root: Node, named: NamedTypes): CachedTree {
  if (lastTree && lastTree.tree === root.tree && lastTree.rootId === root.id) return lastTree;
  lastTree = { tree: root.tree, rootId: root.id, flat: new FlatTree(root, named), text: root.text, offset: root.startIndex };
  return lastTree;
}

/** Drops the flat copy of the last tree (tests; a long-lived process frees it with the next file). */
export function forgetFlatTree(): void {
  lastTree = undefined;
}
