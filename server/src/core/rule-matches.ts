import type { Node, QueryMatch } from 'web-tree-sitter';
import { variantOf } from './compiled-rules';
import type { DerivedSearch, FlowPath } from './dataflow/flow';
import { inIgnoredContext, type IgnoreContext } from './ignore-in';
import type { FileContext } from './file-context';
import { customPredicatesHold } from './predicates';
import type { RuleQuery } from './rule-query';

/**
 * Turns one rule's query matches into what it reports. A pattern either marks a finding
 * directly (`@finding`), or plays a part in a flow: `@source` (where a bad value is made),
 * `@sink` (where it does harm) and `@sanitizer` (what makes it harmless on the way). A flow
 * finding sits at the sink and carries the path back to its source. A direct finding on a
 * source that already reaches a sink is not reported a second time. A rule that watches
 * several kinds of value names each flow with `(#set! flow "name")` on its source and sink
 * patterns: a source (and a sanitizer) only counts for sinks of its own flow; unnamed
 * ones form one flow.
 */
export interface Reported {
  /** The node to underline: `@finding`, or the sink of a flow. */
  target: Node;
  /** Captures for messages and fixes; in a flow, `finding` is the source (the value to fix). */
  captures: Map<string, Node>;
  patternIndex: number;
  paths?: FlowPath[];
  /** A flow's captures once per path (the path's own source): a fix edits every source. */
  pathCaptures?: Map<string, Node>[];
}

interface Part {
  node: Node;
  captures: Map<string, Node>;
  patternIndex: number;
  /** `(#set! flow "name")` of the pattern; '' when unnamed. */
  flow: string;
  /** Its predicates and ignore contexts already held. */
  checked?: boolean;
}

const DEBUG_ONLY: readonly IgnoreContext[] = ['debug-only'];

import { OverBudget } from './over-budget';

export { OverBudget };

export function reportedBy(
  query: RuleQuery, matches: readonly QueryMatch[], file: FileContext, ignoreIn: readonly IgnoreContext[] | undefined,
  overBudget: () => boolean = () => false,
): Reported[] {
  const checkBudget = (): void => {
    if (overBudget()) throw new OverBudget();
  };
  const direct = new Map<string, Reported>();
  /** Source candidates by flow and node; those of source-only patterns are checked when a sink's search meets them. */
  const sources = new Map<string, Part[]>();
  /** Sink candidates by flow and node, checked only once a source reaches them (see flowFindings). */
  const sinks = new Map<string, Part[]>();
  const barriers = new Set<string>();
  const flowOf = (patternIndex: number): string => String(query.setProperties[patternIndex]?.['flow'] ?? '');
  const quiet = (n: Node): boolean => inIgnoredContext(n, ignoreIn, file);
  const add = (parts: Map<string, Part[]>, part: Part): void => {
    const key = `${part.flow}:${part.node.id}`;
    const candidates = parts.get(key);
    if (candidates) candidates.push(part);
    else parts.set(key, [part]);
  };
  for (const match of matches) {
    checkBudget();
    const captures = capturesByName(match.captures);
    const { patternIndex } = match;
    const flow = flowOf(patternIndex);
    const finding = captures.get('finding');
    const sink = captures.get('sink');
    // A pattern that only names a sink is checked lazily: most arguments of most calls are
    // never reached by a source, and their predicates and ignore contexts cost more than the search.
    if (sink && !finding && !captures.has('source') && !captures.has('sanitizer')) {
      add(sinks, { node: sink, captures, patternIndex, flow });
      continue;
    }
    // Likewise a pattern that only names a source: most literals and flags are never reached
    // from a sink, and a file's predicates on all of them cost more than the searches.
    const source = captures.get('source');
    if (source && !finding && !sink && !captures.has('sanitizer')) {
      add(sources, { node: source, captures, patternIndex, flow });
      continue;
    }
    // When several patterns report the same range, the first pattern in the query file wins,
    // so a specific pattern (e.g. a note variant) is written above the general one.
    const key = finding ? `${finding.startIndex}:${finding.endIndex}` : '';
    const earlier = finding ? direct.get(key) : undefined;
    if (earlier && earlier.patternIndex <= patternIndex && !captures.has('source') && !sink && !captures.has('sanitizer')) continue;
    if (!customPredicatesHold(file, query.predicatesForPattern(patternIndex), (n) => captures.get(n))) continue;
    if (finding && !quiet(finding) && !(earlier && earlier.patternIndex <= patternIndex)) {
      direct.set(key, { target: finding, captures, patternIndex });
    }
    if (source && !quiet(source)) add(sources, { node: source, captures, patternIndex, flow, checked: true });
    if (sink && !quiet(sink)) add(sinks, { node: sink, captures, patternIndex, flow, checked: true });
    const sanitizer = captures.get('sanitizer');
    if (sanitizer) barriers.add(`${flow}:${sanitizer.id}`);
  }
  // A value that only gets to the sink through debug-only code (`BuildConfig.DEBUG ? token : ""`,
  // an assignment inside `if (__DEV__)`) never gets there in a release build.
  const debugPaths = ignoreIn?.includes('debug-only') ?? false;
  const flows = flowFindings(query, file, sinks, sources, barriers, quiet, debugPaths, checkBudget);
  const reachedSources = new Set(flows.flatMap((f) => f.paths!.map((p) => p.steps[0]!.node.id)));
  const flowTargets = new Set(flows.map((f) => `${f.target.startIndex}:${f.target.endIndex}`));
  const kept = [...direct.values()].filter((d) => !reachedSources.has(d.target.id) && !flowTargets.has(`${d.target.startIndex}:${d.target.endIndex}`));
  return [...kept, ...flows];
}

/**
 * One finding per sink node that some source of its flow reaches, whatever the number of
 * sources (and of named flows) reaching it. The first of its sink patterns (in query order)
 * whose predicates hold plays the sink (a note variant written above the general pattern
 * wins). The variant is the first source's when that source's pattern selects one, else the
 * sink's; sources whose pattern selects no variant come first, so a note never hides a warning.
 */
function flowFindings(
  query: RuleQuery, file: FileContext, sinks: Map<string, Part[]>, sources: Map<string, Part[]>, barriers: Set<string>, quiet: (n: Node) => boolean,
  debugPaths: boolean, checkBudget: () => void,
): Reported[] {
  if (sinks.size === 0 || sources.size === 0) return [];
  const flow = file.flow;
  const out: Reported[] = [];
  const reported = new Set<number>();
  const derived = derivedSearches(query, file);
  // The source a node plays, decided once: the first of its patterns (in query order) whose
  // predicates and ignore contexts hold.
  // The first of a node's parts (in query order) whose predicates and ignore contexts hold.
  // Predicates first: most candidates fail them, and a file whose candidates all do never
  // needs its ignored regions.
  const firstHolding = (parts: Part[]): Part | undefined => parts.sort((a, b) => a.patternIndex - b.patternIndex).find((c) => c.checked
    || customPredicatesHold(file, query.predicatesForPattern(c.patternIndex), (n) => c.captures.get(n)) && !quiet(c.node));
  const resolved = new Map<string, Part | null>();
  const sourceAt = (key: string): Part | undefined => {
    let part = resolved.get(key);
    if (part === undefined) {
      checkBudget();
      part = firstHolding(sources.get(key) ?? []) ?? null;
      resolved.set(key, part);
    }
    return part ?? undefined;
  };
  const inDebugCode = (n: Node): boolean => inIgnoredContext(n, DEBUG_ONLY, file);
  // Most files that trigger a rule hold no source at all (no cleartext URL, no secret-named
  // value): proving that by checking the candidates costs less than searching back from every
  // sink, which in deeply nested code walks far. The first source that holds ends the check.
  if (![...sources.keys()].some((key) => sourceAt(key) !== undefined)) return [];
  // Per flow name: nodes proven to reach none of its sources (see sourcesReaching).
  const deadEnds = new Map<string, Set<number>>();
  // A node that is a sink of several flows reports once, for the flow whose sink pattern comes
  // first in the query (as within one flow): a specific sink written above a general one wins.
  const firstPattern = (parts: Part[]): number => Math.min(...parts.map((p) => p.patternIndex));
  for (const candidates of [...sinks.values()].sort((a, b) => firstPattern(a) - firstPattern(b))) {
    checkBudget();
    const { node, flow: name } = candidates[0]!;
    if (reported.has(node.id)) continue;
    const isSource = (n: Node): boolean => sources.has(`${name}:${n.id}`) && sourceAt(`${name}:${n.id}`) !== undefined;
    const sourceOf = (p: FlowPath): Part => sourceAt(`${name}:${p.steps[0]!.node.id}`)!;
    const hasVariant = (p: FlowPath): number => (variantOf(query, sourceOf(p).patternIndex) === undefined ? 0 : 1);
    // The sink's own predicates first: they are one check, the search walks back up to
    // hundreds of nodes, and with broad sources (any string, any number) most searches succeed.
    const sink = firstHolding(candidates);
    if (!sink) continue;
    // Without a flow model (config files), only a sink that is itself a source reports.
    const found = flow
      ? flow.sourcesReaching(node, isSource, (n) => barriers.has(`${name}:${n.id}`) || debugPaths && inDebugCode(n), deadEndsOf(deadEnds, name), derived.get(name))
      : isSource(node) ? [{ steps: [{ node, kind: 'value' as const }] }] : [];
    if (found.length === 0) continue;
    reported.add(node.id);
    const paths = [...found].sort((a, b) => hasVariant(a) - hasVariant(b));
    const pathCaptures = paths.map((p) => {
      const source = sourceOf(p);
      const captures = new Map([...source.captures, ...sink.captures]);
      captures.set('finding', source.node);
      captures.set('source', source.node);
      captures.set('sink', sink.node);
      return captures;
    });
    const first = sourceOf(paths[0]!);
    const patternIndex = variantOf(query, first.patternIndex) !== undefined ? first.patternIndex : sink.patternIndex;
    out.push({ target: sink.node, captures: pathCaptures[0]!, patternIndex, paths, pathCaptures });
  }
  // `const ARGS = ['--x', FLAG]; launch(ARGS)`: where every path to a sink already passed
  // through another reported sink (the array element), that earlier finding says it all.
  const sinkIds = new Set(out.map((f) => f.target.id));
  return out.filter((f) => !f.paths!.every((p) => p.steps.slice(0, -1).some((s) => sinkIds.has(s.node.id))));
}

/**
 * Flows that step through derived values: `(#set! through "LIST")` on any pattern of the flow
 * names the word list of callees and members that carry their object on (derived.ts),
 * `(#set! through-arguments "LIST")` the callees whose arguments carry on (default: the same
 * list), and `(#set! needs "part")` counts a source only through a part of it.
 */
function derivedSearches(query: RuleQuery, file: FileContext): Map<string, DerivedSearch> {
  const out = new Map<string, DerivedSearch>();
  for (let i = 0; i < query.patternCount(); i++) {
    const props = query.setProperties[i];
    const through = props?.['through'];
    if (!through) continue;
    const name = String(props?.['flow'] ?? '');
    out.set(name, { through: file.lists.matcher(through), needsPart: false });
  }
  for (let i = 0; i < query.patternCount(); i++) {
    const props = query.setProperties[i];
    const search = out.get(String(props?.['flow'] ?? ''));
    if (!search) continue;
    if (props?.['needs'] === 'part') search.needsPart = true;
    const args = props?.['through-arguments'];
    if (args) search.throughArguments = file.lists.matcher(args);
  }
  return out;
}

function deadEndsOf(byFlow: Map<string, Set<number>>, name: string): Set<number> {
  let set = byFlow.get(name);
  if (!set) byFlow.set(name, (set = new Set()));
  return set;
}

export function capturesByName(captures: readonly { name: string; node: Node }[]): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const c of captures) if (!map.has(c.name)) map.set(c.name, c.node);
  return map;
}
