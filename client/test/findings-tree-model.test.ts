import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildTree, DEFAULT_FILTER, fenceLanguage, filterFromKeys, filterKeys, findingMarkdown, isDefaultFilter, isLineSuppression,
  knowsChanges, nodeId, type CategoryNode, type FindingsFilter,
} from '../src/findings-tree-model';
import type { FindingItem } from '../src/protocol';

const API = 'file:///work/app/src/Api.kt';
const LEGACY = 'file:///work/app/src/Legacy.java';
const pathOf = (uri: string) => uri.replace('file:///work/app/', '');

function finding(uri: string, line: number, ruleId: string, extra: Partial<FindingItem> = {}): FindingItem {
  const category = ruleId.startsWith('tls-') ? 'tls' : ruleId.startsWith('transport-') ? 'transport' : 'auth';
  return {
    uri, range: { start: { line, character: 4 }, end: { line, character: 20 } }, ruleId, title: `Title of ${ruleId}`, category,
    severity: 'warning', confidence: 'high', message: `Message at ${line}`, ...extra,
  };
}

const ITEMS: FindingItem[] = [
  finding(API, 11, 'tls-trust-all-certificates', { severity: 'error' }),
  finding(API, 6, 'transport-cleartext-url'),
  finding(API, 2, 'transport-cleartext-url', { suppressed: { reason: 'local test server' } }),
  finding(LEGACY, 9, 'transport-cleartext-url', { baselined: true }),
  finding(LEGACY, 4, 'tls-hostname-verification-disabled', { severity: 'error', confidence: 'medium' }),
  finding(API, 20, 'auth-token-in-logs', { severity: 'note', confidence: 'low' }),
];

/** The tree as `label (count)` lines, indented by level: easy to read in a failure. */
function outline(tree: readonly CategoryNode[]): string[] {
  return tree.flatMap((c) => [`${c.category} (${c.count})`, ...c.children.flatMap((r) => [
    `  ${r.ruleId} (${r.count})`, ...r.children.flatMap((f) => [
      `    ${f.path} (${f.count})`, ...f.children.map((n) => `      ${n.item.range.start.line + 1}${n.item.suppressed ? ' suppressed' : ''}${n.item.baselined ? ' baselined' : ''}`),
    ]),
  ])]);
}

describe('findings tree model', () => {
  it('groups by category (TLS, transport, auth), rule, file and finding, counting what the Problems panel shows', () => {
    assert.deepEqual(outline(buildTree(ITEMS, DEFAULT_FILTER, pathOf)), [
      'tls (2)',
      '  tls-hostname-verification-disabled (1)',
      '    src/Legacy.java (1)',
      '      5',
      '  tls-trust-all-certificates (1)',
      '    src/Api.kt (1)',
      '      12',
      // The baselined finding is listed (marked) but not counted: the Problems panel shows it as a hint, which it does not list.
      'transport (1)',
      '  transport-cleartext-url (1)',
      '    src/Api.kt (1)',
      '      7',
      '    src/Legacy.java (0)',
      '      10 baselined',
      'auth (1)',
      '  auth-token-in-logs (1)',
      '    src/Api.kt (1)',
      '      21',
    ]);
  });

  it('shows suppressed findings only when asked, dimmed and uncounted; filters by severity and confidence', () => {
    const withSuppressed = buildTree(ITEMS, { ...DEFAULT_FILTER, showSuppressed: true }, pathOf);
    const cleartext = withSuppressed.find((c) => c.category === 'transport')!.children[0]!;
    assert.deepEqual(outline([withSuppressed[1]!]).slice(2, 6), ['    src/Api.kt (1)', '      3 suppressed', '      7', '    src/Legacy.java (0)']);
    assert.equal(cleartext.count, 1);

    const errorsOnly: FindingsFilter = { ...DEFAULT_FILTER, severities: new Set(['error']) };
    assert.deepEqual(buildTree(ITEMS, errorsOnly, pathOf).map((c) => [c.category, c.count]), [['tls', 2]]);
    const lowConfidence: FindingsFilter = { ...DEFAULT_FILTER, confidences: new Set(['low']) };
    assert.deepEqual(outline(buildTree(ITEMS, lowConfidence, pathOf)), ['auth (1)', '  auth-token-in-logs (1)', '    src/Api.kt (1)', '      21']);
    assert.deepEqual(buildTree(ITEMS, { ...DEFAULT_FILTER, severities: new Set() }, pathOf), []);
  });

  it('"only changed on this branch" keeps findings on changed lines, and is offered only when items know it', () => {
    assert.equal(knowsChanges(ITEMS), false);
    const review = ITEMS.map((i, n) => ({ ...i, changed: n % 2 === 0 }));
    assert.equal(knowsChanges(review), true);
    const tree = buildTree(review, { ...DEFAULT_FILTER, onlyChanged: true }, pathOf);
    assert.deepEqual(tree.flatMap((c) => c.children.flatMap((r) => r.children.flatMap((f) => f.children.map((n) => n.item.message)))), ['Message at 4', 'Message at 11']);
    // Without review mode nothing is "changed": the filter empties the tree rather than pretending.
    assert.deepEqual(buildTree(ITEMS, { ...DEFAULT_FILTER, onlyChanged: true }, pathOf), []);
  });

  it('round-trips the filter through the quick pick keys', () => {
    assert.deepEqual(filterKeys(DEFAULT_FILTER), ['severity:error', 'severity:warning', 'severity:note', 'confidence:high', 'confidence:medium', 'confidence:low']);
    assert.equal(isDefaultFilter(DEFAULT_FILTER), true);
    const filter = filterFromKeys(['severity:error', 'confidence:high', 'suppressed', 'changed']);
    assert.deepEqual([[...filter.severities], [...filter.confidences], filter.showSuppressed, filter.onlyChanged], [['error'], ['high'], true, true]);
    assert.deepEqual(filterKeys(filter), ['severity:error', 'confidence:high', 'suppressed', 'changed']);
    assert.equal(isDefaultFilter(filter), false);
  });

  it('gives every node an id that survives a refresh and differs between findings', () => {
    const ids = (tree: CategoryNode[]) => tree.flatMap((c) => [nodeId(c), ...c.children.flatMap((r) => [nodeId(r), ...r.children.flatMap((f) => [nodeId(f), ...f.children.map(nodeId)])])]);
    const first = ids(buildTree(ITEMS, { ...DEFAULT_FILTER, showSuppressed: true }, pathOf));
    assert.equal(new Set(first).size, first.length);
    assert.deepEqual(ids(buildTree([...ITEMS].reverse(), { ...DEFAULT_FILTER, showSuppressed: true }, pathOf)), first);
  });

  it('recognises the line suppression among the server\'s quick fixes, not the whole-file one', () => {
    assert.equal(isLineSuppression('        // securecomm-ignore tls-trust-all-certificates -- <reason>\n', 'tls-trust-all-certificates'), true);
    assert.equal(isLineSuppression('    <!-- securecomm-ignore transport-cleartext-permitted: <reason> -->\n', 'transport-cleartext-permitted'), true);
    assert.equal(isLineSuppression('// securecomm-ignore-file tls-trust-all-certificates -- <reason>\n', 'tls-trust-all-certificates'), false);
    assert.equal(isLineSuppression('// securecomm-ignore tls-trust-all-certificates-x -- <reason>\n', 'tls-trust-all-certificates'), false);
  });
});

describe('finding as a Markdown review comment', () => {
  const LINES = [
    'class Api {',
    '    val trustAll = object : X509TrustManager {',
    '        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}',
    '    }',
    '',
    '}',
  ];
  const item = finding(API, 2, 'tls-trust-all-certificates', {
    title: 'Server certificates are accepted without validation', severity: 'error',
    message: 'Any server certificate is accepted (checkServerTrusted is empty).',
    fix: 'Delete the trust manager', helpUri: 'https://cwe.mitre.org/data/definitions/295.html',
  });

  it('has the title, rule, severity, file:line, message, the code with its language, the fix and the rule link', () => {
    assert.equal(findingMarkdown(item, 'src/Api.kt', LINES, 'en'), [
      '**Server certificates are accepted without validation** (`tls-trust-all-certificates`, error, high confidence)',
      '',
      '`src/Api.kt:3`',
      '',
      'Any server certificate is accepted (checkServerTrusted is empty).',
      '',
      '```kotlin',
      'val trustAll = object : X509TrustManager {',
      '    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}',
      '}',
      '```',
      '',
      '**Fix:** Delete the trust manager',
      '',
      'Rule: [tls-trust-all-certificates](https://cwe.mitre.org/data/definitions/295.html)',
      '',
    ].join('\n'));
  });

  it('is written in Japanese for a Japanese editor, and says why a finding is suppressed', () => {
    const text = findingMarkdown({ ...item, suppressed: { reason: 'ラボ CA のテスト用' } }, 'src/Api.kt', LINES, 'ja');
    assert.match(text, /\(`tls-trust-all-certificates`, エラー, 確度 高\)/);
    assert.match(text, /コードで抑制されています: ラボ CA のテスト用。/);
    assert.match(text, /\*\*修正:\*\* Delete the trust manager/);
    assert.match(text, /ルール: \[tls-trust-all-certificates\]/);
  });

  it('quotes at most a dozen lines, leaves out the link and fix when there are none, and survives a file shorter than the range', () => {
    const long = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const wide = { ...item, range: { start: { line: 5, character: 0 }, end: { line: 30, character: 1 } } };
    const { fix: _fix, helpUri: _help, ...bare } = wide;
    const text = findingMarkdown(bare, 'Legacy.java', long, 'en');
    assert.equal(text.match(/^line \d+$/gm)?.length, 12);
    assert.match(text, /```java\nline 4\n/);
    assert.doesNotMatch(text, /Fix:|Rule:/);
    assert.doesNotMatch(findingMarkdown(item, 'src/Api.kt', [], 'en'), /```/, 'no code block when the file is gone');
  });

  it('fences code that itself contains a fence with four backticks', () => {
    const text = findingMarkdown({ ...item, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } }, 'README.ts', ['const s = "```"'], 'en');
    assert.match(text, /````typescript\nconst s = "```"\n````/);
  });

  it('names the fence language by extension', () => {
    assert.deepEqual(['A.kt', 'B.swift', 'c.tsx', 'd.mjs', 'Info.plist', 'app.json', 'Makefile'].map(fenceLanguage),
      ['kotlin', 'swift', 'tsx', 'javascript', 'xml', 'json', '']);
  });
});
