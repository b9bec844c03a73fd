import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../../server/out/core/types';
import { FINDINGS_CHANGED_DELAY_MS, FindingsIndex, type FindingSources } from '../../server/out/lsp/findings-index';
import type { WorkspaceConfig } from '../../server/out/lsp/workspace-config';

// The findings index without a server: which results win, review mode's changed lines, and how
// change notifications are coalesced.

function finding(ruleId: string, line: number): Finding {
  return {
    ruleId, severity: 'warning', confidence: 'high', range: { start: { line, character: 0 }, end: { line, character: 5 } },
    startIndex: 0, endIndex: 5, message: { en: `${ruleId} at ${line}`, ja: `${ruleId} (${line} 行)` }, fingerprint: `${ruleId}:${line}`,
  };
}

const A = 'file:///ws/A.kt';
const B = 'file:///ws/B.kt';

function sources(overrides: Partial<FindingSources> = {}): FindingSources {
  return {
    openResults: () => [{ uri: A, findings: [finding('transport-cleartext-url', 8)] }],
    scanResults: () => new Map<string, Finding[]>([[A, [finding('transport-cleartext-url', 2), finding('tls-trust-all-certificates', 5)]], [B, [finding('auth-token-in-logs', 1)]]]).entries(),
    scanned: () => true,
    rule: () => undefined,
    locale: () => 'en',
    config: () => ({ baselineFor: () => undefined }) as unknown as WorkspaceConfig,
    ...overrides,
  };
}

describe('findings index', () => {
  test('an open file\'s latest analysis replaces the scan\'s findings of that file', async () => {
    const { items, scanned } = await new FindingsIndex(sources(), () => {}).list();
    assert.equal(scanned, true);
    assert.deepEqual(items.map((i) => `${i.uri} ${i.ruleId} ${i.range.start.line} ${i.category}`), [
      `${A} transport-cleartext-url 8 transport`,
      `${B} auth-token-in-logs 1 auth`,
    ]);
    assert.equal(items[0]!.title, 'transport-cleartext-url', 'the rule id when the rule is unknown');
  });

  test('marks findings on lines changed on this branch when review mode says so, and only then', async () => {
    const prepared: string[] = [];
    const review = {
      prepare: async (uri: string) => { prepared.push(uri); },
      changedRange: (uri: string, range: { start: { line: number } }) => (uri === A ? range.start.line === 8 : undefined),
    };
    const items = (await new FindingsIndex(sources(), () => {}, review).list()).items;
    assert.deepEqual(items.map((i) => i.changed), [true, undefined]);
    assert.deepEqual(prepared, [B], 'closed files are prepared from disk; open ones already were, with their editor text');
    assert.ok((await new FindingsIndex(sources(), () => {}).list()).items.every((i) => !('changed' in i)));
  });

  test('tells the client once per burst of changes, and again for changes after it', async () => {
    let notified = 0;
    const index = new FindingsIndex(sources(), () => { notified++; });
    for (let i = 0; i < 50; i++) index.changed();
    assert.equal(notified, 0, 'not at once');
    await new Promise((r) => setTimeout(r, FINDINGS_CHANGED_DELAY_MS + 50));
    assert.equal(notified, 1);
    index.changed();
    await new Promise((r) => setTimeout(r, FINDINGS_CHANGED_DELAY_MS + 50));
    assert.equal(notified, 2);
  });
});
