import type { QueryPredicate } from 'web-tree-sitter';
import type { PredicateStep } from './parse';

/** A capture as text predicates see it: the capture's name and the text of its node. */
export interface TextCapture {
  name: string;
  node: { text: string };
}

export type TextPredicate = (captures: readonly TextCapture[]) => boolean;

export type Properties = Record<string, string | null>;

/** Per pattern, what web-tree-sitter's Query constructor derives from the predicates. */
export interface PatternPredicates {
  /** #eq?, #not-eq?, #any-eq?, #any-not-eq?, #match? (and variants), #any-of?, #not-any-of?: applied to every match. */
  text: TextPredicate[];
  /** Every other predicate, for the caller (our `#sc-…` ones), operator without '#'. */
  other: QueryPredicate[];
  /** #set!, #is?, #is-not? properties; undefined when the pattern has none (as in web-tree-sitter). */
  set: Properties | undefined;
  asserted: Properties | undefined;
  refuted: Properties | undefined;
}

const captureStep = (s: PredicateStep | undefined): s is { type: 'capture'; name: string } => s?.type === 'capture';
const stringStep = (s: PredicateStep | undefined): s is { type: 'string'; value: string } => s?.type === 'string';
const shown = (s: PredicateStep | undefined): string => (s === undefined ? 'undefined' : s.type === 'string' ? s.value : `@${s.name}`);

function nodesNamed(captures: readonly TextCapture[], name: string): TextCapture['node'][] {
  const nodes: TextCapture['node'][] = [];
  for (const c of captures) if (c.name === name) nodes.push(c.node);
  return nodes;
}

/** web-tree-sitter's parseAnyPredicate: #eq?, #not-eq?, #any-eq?, #any-not-eq?. */
function eqPredicate(steps: PredicateStep[], operator: string): TextPredicate {
  if (steps.length !== 3) throw new Error(`Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`);
  const first = steps[1];
  if (!captureStep(first)) throw new Error(`First argument of \`#${operator}\` predicate must be a capture. Got "${shown(first)}"`);
  const isPositive = operator === 'eq?' || operator === 'any-eq?';
  const matchAll = !operator.startsWith('any-');
  const second = steps[2]!;
  if (captureStep(second)) {
    return (captures) => {
      const nodes1 = nodesNamed(captures, first.name);
      const nodes2 = nodesNamed(captures, second.name);
      const compare = (a: TextCapture['node'], b: TextCapture['node']): boolean => (isPositive ? a.text === b.text : a.text !== b.text);
      return matchAll ? nodes1.every((a) => nodes2.some((b) => compare(a, b))) : nodes1.some((a) => nodes2.some((b) => compare(a, b)));
    };
  }
  const value = second.value;
  return (captures) => {
    const nodes = nodesNamed(captures, first.name);
    const test = (n: TextCapture['node']): boolean => (isPositive ? n.text === value : n.text !== value);
    return matchAll ? nodes.every(test) : nodes.some(test);
  };
}

/** web-tree-sitter's parseMatchPredicate: #match?, #not-match?, #any-match?, #any-not-match?. */
function matchPredicate(steps: PredicateStep[], operator: string): TextPredicate {
  if (steps.length !== 3) throw new Error(`Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`);
  const first = steps[1];
  const second = steps[2];
  if (!captureStep(first)) throw new Error(`First argument of \`#${operator}\` predicate must be a capture. Got "${shown(first)}".`);
  if (!stringStep(second)) throw new Error(`Second argument of \`#${operator}\` predicate must be a string. Got ${shown(second)}.`);
  const isPositive = operator === 'match?' || operator === 'any-match?';
  const matchAll = !operator.startsWith('any-');
  const regex = new RegExp(second.value);
  return (captures) => {
    const texts: string[] = [];
    for (const c of captures) if (c.name === first.name) texts.push(c.node.text);
    if (texts.length === 0) return !isPositive;
    const test = (text: string): boolean => (isPositive ? regex.test(text) : !regex.test(text));
    return matchAll ? texts.every(test) : texts.some(test);
  };
}

/** web-tree-sitter's parseAnyOfPredicate: #any-of?, #not-any-of?. */
function anyOfPredicate(steps: PredicateStep[], operator: string): TextPredicate {
  if (steps.length < 2) throw new Error(`Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`);
  const first = steps[1];
  if (!captureStep(first)) throw new Error(`First argument of \`#${operator}\` predicate must be a capture. Got "${shown(first)}".`);
  const isPositive = operator === 'any-of?';
  const rest = steps.slice(2);
  if (!rest.every(stringStep)) throw new Error(`Arguments to \`#${operator}\` predicate must be strings.".`);
  const values = rest.map((s) => (s as { value: string }).value);
  return (captures) => {
    const texts: string[] = [];
    for (const c of captures) if (c.name === first.name) texts.push(c.node.text);
    if (texts.length === 0) return !isPositive;
    return texts.every((t) => values.includes(t)) === isPositive;
  };
}

/** web-tree-sitter's parseSetDirective / parseIsPredicate: one key, an optional value. */
function property(steps: PredicateStep[], operator: string, into: Properties | undefined): Properties {
  if (steps.length < 2 || steps.length > 3) throw new Error(`Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  if (!steps.every(stringStep)) throw new Error(`Arguments to \`#${operator}\` predicate must be strings.".`);
  const props = into ?? {};
  props[(steps[1] as { value: string }).value] = (steps[2] as { value: string } | undefined)?.value ?? null;
  return props;
}

/** The same split of one pattern's predicates as web-tree-sitter's Query constructor (parsePattern). */
export function patternPredicates(predicates: readonly PredicateStep[][]): PatternPredicates {
  const out: PatternPredicates = { text: [], other: [], set: undefined, asserted: undefined, refuted: undefined };
  for (const steps of predicates) {
    const head = steps[0];
    if (!stringStep(head)) throw new Error('Predicates must begin with a literal value');
    const operator = head.value;
    switch (operator) {
      case 'any-not-eq?': case 'not-eq?': case 'any-eq?': case 'eq?':
        out.text.push(eqPredicate(steps, operator));
        break;
      case 'any-not-match?': case 'not-match?': case 'any-match?': case 'match?':
        out.text.push(matchPredicate(steps, operator));
        break;
      case 'not-any-of?': case 'any-of?':
        out.text.push(anyOfPredicate(steps, operator));
        break;
      case 'is?':
        out.asserted = property(steps, operator, out.asserted);
        break;
      case 'is-not?':
        out.refuted = property(steps, operator, out.refuted);
        break;
      case 'set!':
        out.set = property(steps, operator, out.set);
        break;
      default:
        out.other.push({ operator, operands: steps.slice(1) });
    }
  }
  if (out.set) Object.freeze(out.set);
  if (out.asserted) Object.freeze(out.asserted);
  if (out.refuted) Object.freeze(out.refuted);
  Object.freeze(out.other);
  return out;
}
