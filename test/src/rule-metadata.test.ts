import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { compileQuery } from '../../server/out/core/compiled-rules';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import type { RuleLanguage } from '../../server/out/core/types';
import { analyzer, RULES_DIR } from './helpers/engine';
import { CONFIG_KIND_HEADINGS, type ConfigKind } from '../../server/out/core/documents/config-node';
import type { Rule } from '../../server/out/core/rule';

function configKindsOf(rule: Rule): ConfigKind[] {
  return [...new Set((rule.config ?? []).flatMap((m) => m.kinds))];
}

/** The first release's rules, with the ids users type in suppressions and CI configs. */
const EXPECTED = {
  'tls-trust-all-certificates': ['java', 'kotlin', 'swift', 'typescript'],
  'tls-reject-unauthorized-env': ['typescript'],
  'tls-hostname-verification-disabled': ['java', 'kotlin', 'swift', 'typescript'],
  'tls-insecure-socket-factory': ['java', 'kotlin'],
  'tls-expired-certificate-accepted': ['java', 'kotlin', 'swift'],
  'tls-webview-ssl-error-proceed': ['java', 'kotlin', 'typescript'],
  'tls-weak-protocol-version': ['info-plist', 'java', 'kotlin', 'swift', 'typescript'],
  'tls-weak-cipher-suite': ['info-plist', 'java', 'kotlin', 'swift', 'typescript'],
  'tls-pinning-misconfigured': ['info-plist', 'java', 'kotlin', 'network-security-config', 'swift'],
  'transport-cleartext-url': ['java', 'kotlin', 'swift', 'typescript'],
  'transport-webview-mixed-content': ['capacitor-config', 'cordova-config', 'java', 'kotlin', 'typescript'],
  'transport-sensitive-data-sms': ['java', 'kotlin', 'swift'],
  'transport-cleartext-protocol': ['java', 'kotlin', 'typescript'],
  'transport-cleartext-server': ['java', 'kotlin', 'typescript'],
  'auth-oauth-implicit-grant': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-oauth-missing-pkce': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-oauth-client-secret-in-app': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-oauth-embedded-webview': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-session-in-url': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-jwt-none-algorithm': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-jwt-hardcoded-secret': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-jwt-unverified-decode': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-jwt-missing-expiration': ['java', 'kotlin', 'typescript'],
  'auth-jwt-sensitive-claims': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-hardcoded-credentials': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-biometric-not-crypto-bound': ['java', 'kotlin', 'swift'],
  'auth-client-side-check': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-jwt-missing-audience': ['java', 'kotlin', 'typescript'],
  'auth-token-in-plain-storage': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-token-in-logs': ['java', 'kotlin', 'swift', 'typescript'],
  'auth-insecure-random-token': ['java', 'kotlin', 'typescript'],
  'auth-insecure-session-cookie': ['java', 'kotlin', 'typescript'],
  'auth-logout-without-server-invalidation': ['kotlin', 'swift', 'typescript'],
  'auth-otp-low-entropy': ['java', 'kotlin', 'swift', 'typescript'],
  'transport-ats-arbitrary-loads': ['cordova-config', 'info-plist'],
  'transport-user-trust-anchors': ['network-security-config'],
  'transport-cleartext-permitted': ['android-manifest', 'capacitor-config', 'cordova-config', 'expo-config', 'network-security-config'],
};

const GRAMMARS_OF: Record<RuleLanguage, ('java' | 'kotlin' | 'swift' | 'typescript' | 'tsx')[]> = {
  java: ['java'], kotlin: ['kotlin'], swift: ['swift'], typescript: ['typescript', 'tsx'],
};

const EN_HEADINGS = ['## What is wrong', '## Why it matters', '## How to fix', '## References'];
const JA_HEADINGS = ['## 問題点', '## なぜ危険か', '## 修正方法', '## 参考資料'];
const LANGUAGE_HEADINGS: Record<RuleLanguage, string> = { kotlin: '### Kotlin', java: '### Java', swift: '### Swift', typescript: '### TypeScript' };

describe('rule catalogue', () => {
  test('ships exactly the catalogue ids, each for the catalogue languages', () => {
    const actual = Object.fromEntries(analyzer().rules.map((r) => [r.id, [...Object.keys(r.languages), ...configKindsOf(r)].sort()]));
    assert.deepEqual(actual, EXPECTED);
  });

  for (const rule of analyzer().rules) {
    describe(rule.id, () => {
      test('every query compiles against its shipped grammars', async () => {
        const loader = new GrammarLoader();
        for (const language of Object.keys(rule.languages) as RuleLanguage[]) {
          for (const grammar of GRAMMARS_OF[language]) {
            const query = compileQuery(rule, language, await loader.load(grammar), analyzer().lists);
            assert.ok(query.patternCount() > 0);
            assert.ok(!/PLACEHOLDER/.test(rule.querySources[language]!.source), `${language} query is still a placeholder`);
          }
        }
      });

      test('messages, titles and descriptions exist in English and Japanese with the same placeholders', () => {
        for (const key of ['message', 'title', 'description'] as const) {
          const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
          assert.deepEqual(placeholders(rule[key].ja), placeholders(rule[key].en), `${key}: ja and en interpolate the same captures`);
          assert.match(rule[key].ja, /[\u3040-\u30ff\u4e00-\u9fff]/, `${key}.ja is written in Japanese`);
        }
      });

      test('every variant has en/ja messages, is selected by a query and shown in an example', () => {
        const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
        const folder = path.join(rule.dir, 'examples');
        const examples = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })
          .filter((f) => fs.statSync(path.join(folder, f)).isFile())
          .map((f) => fs.readFileSync(path.join(folder, f), 'utf8')).join('\n');
        for (const [name, variant] of Object.entries(rule.variants ?? {})) {
          assert.deepEqual(placeholders(variant.message.ja), placeholders(variant.message.en), `${name}: ja and en interpolate the same captures`);
          assert.match(variant.message.ja, /[\u3040-\u30ff\u4e00-\u9fff]/, `${name}: message.ja is written in Japanese`);
          assert.notEqual(variant.message.en, rule.message.en, `${name}: a variant says something of its own`);
          const selected = Object.values(rule.querySources).some((q) => q.source.includes(`(#set! variant "${name}")`)) ||
            (rule.config ?? []).some((m) => m.variant === name);
          assert.ok(selected, `variant ${name} is selected by some (#set! variant "${name}") pattern or config check`);
          assert.ok(examples.includes(`[variant: ${name}]`), `an example annotates a finding with [variant: ${name}]`);
        }
      });

      test('guidance has the same sections in en and ja, one fix per language', () => {
        const sections = (md: string) => md.split('\n').filter((l) => /^#{1,3} /.test(l));
        const en = sections(rule.docs.en);
        const ja = sections(rule.docs.ja);
        assert.equal(en.length, ja.length, 'same number of headings');
        for (const h of EN_HEADINGS) assert.ok(en.includes(h), `en.md has '${h}'`);
        for (const h of JA_HEADINGS) assert.ok(ja.includes(h), `ja.md has '${h}'`);
        for (const language of Object.keys(rule.languages) as RuleLanguage[]) {
          assert.ok(en.includes(LANGUAGE_HEADINGS[language]) && ja.includes(LANGUAGE_HEADINGS[language]), `fix for ${language}`);
        }
        for (const kind of configKindsOf(rule)) {
          const heading = `### ${CONFIG_KIND_HEADINGS[kind]}`;
          assert.ok(en.includes(heading) && ja.includes(heading), `fix for ${kind}: '${heading}'`);
        }
        const fences = (md: string) => (md.match(/^```/gm) ?? []).length;
        assert.equal(fences(rule.docs.en), fences(rule.docs.ja), 'same number of code blocks');
        for (const cwe of rule.cwe) assert.ok(rule.docs.en.includes(cwe) && rule.docs.ja.includes(cwe), `docs cite ${cwe}`);
      });

      test('taxonomy: CWE, Mobile Top 10 2024 and MASVS recorded', () => {
        assert.ok(rule.cwe.length > 0 && rule.owasp.every((o) => o.endsWith(':2024')) && rule.masvs.length > 0);
        assert.ok(fs.existsSync(path.join(RULES_DIR, rule.id, 'rule.yaml')));
      });
    });
  }
});
