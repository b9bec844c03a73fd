import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Analyzer } from '../../server/out/core/analyzer';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { loadRules, loadWordLists } from '../../server/out/node/rule-files';
import { oneRuleFolder } from './helpers/rule-folders';

/**
 * Flows over derived values (dataflow/derived.ts): `(#set! through "LIST")` lets a flow step
 * from a call, member or element named in the list to its object and arguments, and from an
 * operator to its operands; `(#set! needs "part")` counts a source only through such a read.
 */
const RULE_YAML = (id: string) => `id: ${id}
title: { en: Demo, ja: デモ }
description: { en: A demo flow rule., ja: デモのフロー規則。 }
severity: warning
confidence: medium
tags: [test]
cwe: [CWE-347]
owasp: [M3:2024]
masvs: [MASVS-AUTH-1]
references: [https://cwe.mitre.org/data/definitions/347.html]
triggers: ["key", "decode"]
message: { en: "reaches {{sink}}", ja: "{{sink}} に届きます" }
languages:
  typescript:
    query: queries/typescript.scm
`;

const KEY_QUERY = `
((string) @source
  (#set! through "jwt-key-conversions"))
((call_expression
  function: (identifier) @_fn
  arguments: (arguments . (_) @sink))
  (#eq? @_fn "useKey"))
`;

const CLAIM_QUERY = `
((call_expression function: (member_expression property: (property_identifier) @_fn)) @source
  (#eq? @_fn "split")
  (#set! through "any-read")
  (#set! through-arguments "claim-passing-callees")
  (#set! needs "part"))
((call_expression function: (identifier) @_fn) @source
  (#eq? @_fn "decode")
  (#set! through "any-read")
  (#set! through-arguments "claim-passing-callees")
  (#set! needs "part"))
((member_expression property: (property_identifier) @_p) @sanitizer
  (#eq? @_p "exp"))
((if_statement condition: (parenthesized_expression (_) @sink)))
`;

const TS = { language: 'typescript', grammar: 'typescript' } as const;

function analyzerFor(id: string, query: string): Analyzer {
  return new Analyzer(loadRules(oneRuleFolder(id, RULE_YAML(id), query)), (g) => new GrammarLoader().load(g), loadWordLists());
}

async function lines(analyzer: Analyzer, code: string[]): Promise<number[]> {
  const { findings, ruleErrors } = await analyzer.analyze(code.join('\n'), TS);
  assert.deepEqual(ruleErrors ?? [], []);
  return findings.map((f) => f.range.start.line).sort((a, b) => a - b);
}

describe('flows over derived values', () => {
  test('a literal key reaches the sink through conversions, not through lookups', async () => {
    const analyzer = analyzerFor('auth-demo-key', KEY_QUERY);
    assert.deepEqual(await lines(analyzer, [
      "const SECRET = 'abc';", // 0
      'useKey(new TextEncoder().encode(SECRET));', // 1: encode is a conversion
      "useKey(Buffer.from('def', 'utf8'));", // 2
      "useKey(vault.get('jwt-key'));", // 3: a lookup name is not the key
      'useKey(process.env.KEY);', // 4
    ]), [1, 2]);
  });

  test('a decision on a claim of a decoded token; the token as a whole or a sanitized claim is not one', async () => {
    const analyzer = analyzerFor('auth-demo-claims', CLAIM_QUERY);
    assert.deepEqual(await lines(analyzer, [
      'const claims = decode(token);', // 0
      "if (claims.role === 'admin') grant();", // 1: a claim read
      'if (!claims) deny();', // 2: the token as a whole
      'if (claims.exp < now) refresh();', // 3: sanitized
      "if (claims && claims['scope'].includes('write')) grant();", // 4: the part path counts
      'if (check(decode(t2).sub)) grant();', // 5: an argument of an unknown call is not the claim
      "function isAdmin(c) { return c.groups.includes('admins'); }", // 6
      'if (isAdmin(claims)) grant();', // 7: a helper of this file: judged by its body
      'function expired(c) { return c.exp < now; }', // 8
      'if (expired(claims)) refresh();', // 9
      "const parts = token.split('.'); const body = JSON.parse(atob(parts[1].replace(/-/g, '+')));", // 10
      "if (typeof body !== 'object') deny();", // 11: the shape of the decoded payload, no claim
      "if (body.admin) grant();", // 12
    ]), [1, 4, 7, 12]);
  });

  test('an unknown list in (#set! through) is rejected', async () => {
    const dir = oneRuleFolder('auth-demo-bad', RULE_YAML('auth-demo-bad'), '((string) @source (#set! through "no-such-list"))\n((identifier) @sink)\n');
    const broken = new Analyzer(loadRules(dir), (g) => new GrammarLoader().load(g), loadWordLists());
    const r = await broken.analyze("const key = 'x';", TS);
    assert.match(r.ruleErrors?.[0]?.message ?? '', /through "no-such-list"\) names no word list/);
    assert.ok(fs.existsSync(path.join(dir, 'auth-demo-bad', 'rule.yaml')));
  });
});
