import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FileFlow } from '../../server/out/core/dataflow/flow';
import { FLOW_LANGUAGES } from '../../server/out/core/dataflow/language';
import { OverBudget } from '../../server/out/core/rule-matches';
import { parseSnippet } from './helpers/snippets';

/** `const v1 = "http://…"; const v2 = v1; …; sink(vN)`: a flow search walks the whole chain back. */
function chain(length: number): string {
  const lines = ['const v1 = "http://telemetry.shop.io/";'];
  for (let i = 2; i <= length; i++) lines.push(`const v${i} = v${i - 1};`);
  lines.push(`sink(v${length});`);
  return `${lines.join('\n')}\n`;
}

describe('flow searches and the time budget', () => {
  test('a search checks the analysis\' budget as it goes and stops with OverBudget when it has run out', async () => {
    const { root } = await parseSnippet('typescript', chain(300));
    const sinkArg = (flow: FileFlow) => {
      const call = root.descendantsOfType('call_expression').find((c) => c?.text.startsWith('sink('))!;
      return flow.lang.call(call)!.args[0]!.value;
    };
    const isLiteral = (flow: FileFlow) => (n: { type: string }) => flow.lang.strings.has(n.type);
    const patient = new FileFlow(FLOW_LANGUAGES.typescript!, root);
    assert.equal(patient.sourcesReaching(sinkArg(patient), isLiteral(patient)).length, 1, 'within budget: the literal 300 steps back is found');
    let asked = 0;
    const spent = new FileFlow(FLOW_LANGUAGES.typescript!, root, () => { asked++; return true; });
    assert.throws(() => spent.sourcesReaching(sinkArg(spent), isLiteral(spent)), OverBudget);
    assert.equal(asked, 1, 'asked once, after a few hundred steps: the clock is not read on every step');
  });
});
