import type { Node, Query, QueryMatch } from 'web-tree-sitter';
import type { FlowPath } from './dataflow/flow';
import { inIgnoredContext, type IgnoreContext } from './ignore-in';
import type { FileContext } from './file-context';
import { customPredicatesHold } from './predicates';

/**
 * Turns one rule's query matches into what it reports. A pattern either marks a finding
 * directly (`@finding`), or plays a part in a flow: `@source` (where a bad value is made),
 * `@sink` (where it does harm) and `@sanitizer` (what makes it harmless on the way). A flow
 * finding sits at the sink and carries the path back to its source. A direct finding on a
 * source that already reaches a sink is not reported a second time.
 */
export interface Reported {
  /** The node to underline: `@finding`, or the sink of a flow. */
  target: Node;
  /** Captures for messages and fixes; in a flow, `finding` is the source (the value to fix). */
  captures: Map<string, Node>;
  patternIndex: number;
  paths?: FlowPath[];
}

interface Part {
  node: Node;
  captures: Map<string, Node>;
  patternIndex: number;
  /** Its predicates and ignore contexts already held. */
  checked?: boolean;
}

export function reportedBy(query: Query, matches: readonly QueryMatch[], file: FileContext, ignoreIn: readonly IgnoreContext[] | undefined): Reported[] {
  const direct = new Map<string, Reported>();
  const sources = new Map<number, Part>();
  /** Sink candidates by node, checked only once a source reaches them (see flowFindings). */
  const sinks = new Map<number, Part[]>();
  const barriers = new Set<number>();
  const quiet = (n: Node): boolean => inIgnoredContext(n, ignoreIn, file);
  for (const match of matches) {
    const captures = capturesByName(match.captures);
    const { patternIndex } = match;
    const finding = captures.get('finding');
    const sink = captures.get('sink');
    // A pattern that only names a sink is checked lazily: most arguments of most calls are
    // never reached by a source, and their predicates and ignore contexts cost more than the search.
    if (sink && !finding && !captures.has('source') && !captures.has('sanitizer')) {
      const candidates = sinks.get(sink.id);
      if (candidates) candidates.push({ node: sink, captures, patternIndex });
      else sinks.set(sink.id, [{ node: sink, captures, patternIndex }]);
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
    if (source && !quiet(source) && !sources.has(source.id)) sources.set(source.id, { node: source, captures, patternIndex });
    if (sink && !quiet(sink)) {
      const candidates = sinks.get(sink.id);
      const checked = { node: sink, captures, patternIndex, checked: true };
      if (candidates) candidates.push(checked);
      else sinks.set(sink.id, [checked]);
    }
    const sanitizer = captures.get('sanitizer');
    if (sanitizer) barriers.add(sanitizer.id);
  }
  const flows = flowFindings(query, file, sinks, sources, barriers, quiet);
  const reachedSources = new Set(flows.flatMap((f) => f.paths!.map((p) => p.steps[0]!.node.id)));
  const flowTargets = new Set(flows.map((f) => `${f.target.startIndex}:${f.target.endIndex}`));
  const kept = [...direct.values()].filter((d) => !reachedSources.has(d.target.id) && !flowTargets.has(`${d.target.startIndex}:${d.target.endIndex}`));
  return [...kept, ...flows];
}

/**
 * For each sink node that some source reaches: the first of its patterns (in query order)
 * whose predicates hold plays the sink (e.g. a note variant written above the general sink
 * pattern), whatever order the matches came in.
 */
function flowFindings(query: Query, file: FileContext, sinks: Map<number, Part[]>, sources: Map<number, Part>, barriers: Set<number>, quiet: (n: Node) => boolean): Reported[] {
  if (sinks.size === 0 || sources.size === 0) return [];
  const flow = file.flow;
  const out: Reported[] = [];
  for (const candidates of sinks.values()) {
    const node = candidates[0]!.node;
    // Without a flow model (config files), only a sink that is itself a source reports.
    const paths = flow
      ? flow.sourcesReaching(node, (n) => sources.has(n.id), (n) => barriers.has(n.id))
      : sources.has(node.id) ? [{ steps: [{ node, kind: 'value' as const }] }] : [];
    if (paths.length === 0) continue;
    const sink = candidates.sort((a, b) => a.patternIndex - b.patternIndex).find((c) => c.checked
      || !quiet(c.node) && customPredicatesHold(file, query.predicatesForPattern(c.patternIndex), (n) => c.captures.get(n)));
    if (!sink) continue;
    const first = sources.get(paths[0]!.steps[0]!.node.id)!;
    const captures = new Map([...first.captures, ...sink.captures]);
    captures.set('finding', first.node);
    captures.set('source', first.node);
    captures.set('sink', sink.node);
    out.push({ target: sink.node, captures, patternIndex: sink.patternIndex, paths });
  }
  return out;
}

export function capturesByName(captures: readonly { name: string; node: Node }[]): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const c of captures) if (!map.has(c.name)) map.set(c.name, c.node);
  return map;
}
