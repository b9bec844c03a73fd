import type { Node } from 'web-tree-sitter';
import type { FlowPath, StepKind } from './dataflow/flow';
import { rangeOf } from './positions';
import type { Localized, RelatedLocation } from './types';

/**
 * The related locations of a flow finding, in words an editor can show: where each value
 * comes from (LSP `relatedInformation`, SARIF `relatedLocations`) and, for a path of several
 * steps, each step on the way (SARIF `codeFlows`).
 */
const MAX_SOURCES = 3;
const MAX_STEPS = 12;

const STEP_TEXT: Record<StepKind, Localized> = {
  value: { en: 'the value is passed on here', ja: 'ここで値が受け渡されます' },
  part: { en: 'it becomes part of this value', ja: 'この値の一部になります' },
  definition: { en: 'it is stored here', ja: 'ここに格納されます' },
  argument: { en: 'it is passed as an argument here', ja: 'ここで引数として渡されます' },
  return: { en: 'it is returned from here', ja: 'ここから返されます' },
  property: { en: 'it is a property of this object', ja: 'このオブジェクトのプロパティです' },
  derived: { en: 'a value is computed from it here', ja: 'ここでこの値から別の値が作られます' },
  operand: { en: 'it is an operand here', ja: 'ここで演算の対象になります' },
};
const SOURCE_TEXT: Localized = { en: 'the value comes from here', ja: '値はここから来ています' };
const SINK_TEXT: Localized = { en: 'and is used here', ja: 'そしてここで使われます' };

export function explainFlow(paths: readonly FlowPath[]): { related: RelatedLocation[]; flowSteps?: RelatedLocation[] } {
  const related = paths.slice(0, MAX_SOURCES).map((p) => located(p.steps[0]!.node, SOURCE_TEXT));
  const steps = paths[0]!.steps;
  if (steps.length <= 1) return { related };
  const flowSteps = steps.slice(0, MAX_STEPS).map((s, i) => located(s.node, i === 0 ? SOURCE_TEXT : i === steps.length - 1 ? SINK_TEXT : STEP_TEXT[s.kind]));
  return { related, flowSteps };
}

function located(n: Node, message: Localized): RelatedLocation {
  return { range: rangeOf(n), startIndex: n.startIndex, endIndex: n.endIndex, message };
}
