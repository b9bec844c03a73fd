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
}

export function reportedBy(query: Query, matches: readonly QueryMatch[], file: FileContext, ignoreIn: readonly IgnoreContext[] | undefined): Reported[] {
  const direct = new Map<string, Reported>();
  const sources = new Map<number, Part>();
  const sinks = new Map<number, Part>();
  const barriers = new Set<number>();
  const quiet = (n: Node): boolean => inIgnoredContext(n, ignoreIn, file);
  // A pattern that only marks sinks is judged last, and only where a source reaches: most
  // arguments of most calls carry no bad value, and their predicates need not run at all.
  const sinkOnly: Part[] = [];
  for (const match of matches) {
    const captures = capturesByName(match.captures);
    const { patternIndex } = match;
    const sinkNode = captures.get('sink');
    if (sinkNode && !captures.has('finding') && !captures.has('source') && !captures.has('sanitizer')) {
      sinkOnly.push({ node: sinkNode, captures, patternIndex });
      continue;
    }
    const finding = captures.get('finding');
    // When several patterns report the same range, the first pattern in the query file wins,
    // so a specific pattern (e.g. a note variant) is written above the general one.
    const key = finding ? `${finding.startIndex}:${finding.endIndex}` : '';
    const earlier = finding ? direct.get(key) : undefined;
    if (earlier && earlier.patternIndex <= patternIndex && !captures.has('source') && !captures.has('sink') && !captures.has('sanitizer')) continue;
    if (!customPredicatesHold(file, query.predicatesForPattern(patternIndex), (n) => captures.get(n))) continue;
    if (finding && !quiet(finding) && !(earlier && earlier.patternIndex <= patternIndex)) {
      direct.set(key, { target: finding, captures, patternIndex });
    }
    const source = captures.get('source');
    if (source && !quiet(source) && !sources.has(source.id)) sources.set(source.id, { node: source, captures, patternIndex });
    const sink = captures.get('sink');
    if (sink && !quiet(sink) && !sinks.has(sink.id)) sinks.set(sink.id, { node: sink, captures, patternIndex });
    const sanitizer = captures.get('sanitizer');
    if (sanitizer) barriers.add(sanitizer.id);
  }
  const paths = new Map<number, FlowPath[]>();
  const pathsTo = (sink: Node): FlowPath[] => {
    let found = paths.get(sink.id);
    if (!found) {
      found = reaching(file, sink, sources, barriers);
      paths.set(sink.id, found);
    }
    return found;
  };
  for (const part of sources.size > 0 ? sinkOnly : []) {
    if (sinks.has(part.node.id) || pathsTo(part.node).length === 0) continue;
    if (!customPredicatesHold(file, query.predicatesForPattern(part.patternIndex), (n) => part.captures.get(n))) continue;
    if (!quiet(part.node)) sinks.set(part.node.id, part);
  }
  const flows = flowFindings([...sinks.values()], sources, pathsTo);
  const reachedSources = new Set(flows.flatMap((f) => f.paths!.map((p) => p.steps[0]!.node.id)));
  const flowTargets = new Set(flows.map((f) => `${f.target.startIndex}:${f.target.endIndex}`));
  const kept = [...direct.values()].filter((d) => !reachedSources.has(d.target.id) && !flowTargets.has(`${d.target.startIndex}:${d.target.endIndex}`));
  return [...kept, ...flows];
}

/** The paths from sources to a sink. Without a flow model (config files), only a sink that is itself a source. */
function reaching(file: FileContext, sink: Node, sources: Map<number, Part>, barriers: Set<number>): FlowPath[] {
  const flow = file.flow;
  return flow
    ? flow.sourcesReaching(sink, (n) => sources.has(n.id), (n) => barriers.has(n.id))
    : sources.has(sink.id) ? [{ steps: [{ node: sink, kind: 'value' as const }] }] : [];
}

function flowFindings(sinks: Part[], sources: Map<number, Part>, pathsTo: (sink: Node) => FlowPath[]): Reported[] {
  if (sinks.length === 0 || sources.size === 0) return [];
  const out: Reported[] = [];
  for (const sink of sinks) {
    const paths = pathsTo(sink.node);
    if (paths.length === 0) continue;
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
