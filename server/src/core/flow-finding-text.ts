import type { Node } from 'web-tree-sitter';
import type { FileFlow, FlowPath } from './dataflow/flow';
import { render, stripQuotes, valuesOf } from './dataflow/values';

/**
 * What a flow finding's message shows for `{{finding}}`: the value that reaches the sink, not
 * only the literal it started from. `'http://' + region + '.shop.io/api'` reads
 * `http://….shop.io/api` (unknown parts as `…`), not `'http://'`; the `false` of
 * `{ rejectUnauthorized: false }` reads `rejectUnauthorized: false`. Undefined when the source
 * text says it best (a whole URL literal, a flag with no name next to it).
 */
export function flowFindingText(flow: FileFlow | undefined, path: FlowPath, sink: Node): string | undefined {
  const source = path.steps[0]!.node;
  if (!flow) return undefined;
  if (flow.lang.strings.has(source.type)) {
    const reaching = valuesOf(flow, sink).find((v) => v.literals.some((l) => l.id === source.id));
    const text = reaching && render(reaching);
    return text && text !== stripQuotes(source.text) ? `"${text}"` : undefined;
  }
  const named = source.parent;
  if (named && NAMED_VALUE.test(named.type) && named.text.length <= 60 && !named.text.includes('\n')) return named.text;
  return undefined;
}

/** A value written next to its name: an object property, a labelled argument, an assignment. */
const NAMED_VALUE = /^(pair|value_argument|assignment|assignment_expression|assignment_statement|variable_declarator|keyword_argument)$/;

