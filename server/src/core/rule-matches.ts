import type { Node, QueryMatch } from 'web-tree-sitter';
import { variantOf } from './compiled-rules';
import type { FlowPath } from './dataflow/flow';
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

export function reportedBy(query: RuleQuery, matches: readonly QueryMatch[], file: FileContext, ignoreIn: readonly IgnoreContext[] | undefined): Reported[] {
  const direct = new Map<string, Reported>();
  const sources = new Map<string, Part>();
  /** Sink candidates by flow and node, checked only once a source reaches them (see flowFindings). */
  const sinks = new Map<string, Part[]>();
  const barriers = new Set<string>();
  const flowOf = (patternIndex: number): string => String(query.setProperties[patternIndex]?.['flow'] ?? '');
  const quiet = (n: Node): boolean => inIgnoredContext(n, ignoreIn, file);
  const addSink = (part: Part): void => {
    const key = `${part.flow}:${part.node.id}`;
    const candidates = sinks.get(key);
    if (candidates) candidates.push(part);
    else sinks.set(key, [part]);
  };
  for (const match of matches) {
    const captures = capturesByName(match.captures);
    const { patternIndex } = match;
    const flow = flowOf(patternIndex);
    const finding = captures.get('finding');
    const sink = captures.get('sink');
    // A pattern that only names a sink is checked lazily: most arguments of most calls are
    // never reached by a source, and their predicates and ignore contexts cost more than the search.
    if (sink && !finding && !captures.has('source') && !captures.has('sanitizer')) {
      addSink({ node: sink, captures, patternIndex, flow });
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
    const source = captures.get('source');
    if (source && !quiet(source) && !sources.has(`${flow}:${source.id}`)) sources.set(`${flow}:${source.id}`, { node: source, captures, patternIndex, flow });
    if (sink && !quiet(sink)) addSink({ node: sink, captures, patternIndex, flow, checked: true });
    const sanitizer = captures.get('sanitizer');
    if (sanitizer) barriers.add(`${flow}:${sanitizer.id}`);
  }
  const flows = flowFindings(query, file, sinks, sources, barriers, quiet);
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
  query: RuleQuery, file: FileContext, sinks: Map<string, Part[]>, sources: Map<string, Part>, barriers: Set<string>, quiet: (n: Node) => boolean,
): Reported[] {
  if (sinks.size === 0 || sources.size === 0) return [];
  const flow = file.flow;
  const out: Reported[] = [];
  const reported = new Set<number>();
  // Per flow name: nodes proven to reach none of its sources (see sourcesReaching).
  const deadEnds = new Map<string, Set<number>>();
  for (const candidates of sinks.values()) {
    const { node, flow: name } = candidates[0]!;
    if (reported.has(node.id)) continue;
    const isSource = (n: Node): boolean => sources.has(`${name}:${n.id}`);
    const sourceOf = (p: FlowPath): Part => sources.get(`${name}:${p.steps[0]!.node.id}`)!;
    const hasVariant = (p: FlowPath): number => (variantOf(query, sourceOf(p).patternIndex) === undefined ? 0 : 1);
    // Without a flow model (config files), only a sink that is itself a source reports.
    const found = flow
      ? flow.sourcesReaching(node, isSource, (n) => barriers.has(`${name}:${n.id}`), deadEndsOf(deadEnds, name))
      : isSource(node) ? [{ steps: [{ node, kind: 'value' as const }] }] : [];
    if (found.length === 0) continue;
    const sink = candidates.sort((a, b) => a.patternIndex - b.patternIndex).find((c) => c.checked
      || !quiet(c.node) && customPredicatesHold(file, query.predicatesForPattern(c.patternIndex), (n) => c.captures.get(n)));
    if (!sink) continue;
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
