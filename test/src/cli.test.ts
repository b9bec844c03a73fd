import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { LARGE_SCAN_BYTES, scanWorkload, WASM_PLANS } from '../../server/out/node/wasm-tiering';
import { project, securecomm } from './helpers/cli';
import { REPO, RULES_DIR } from './helpers/engine';
import { tempDir } from './helpers/temp-dir';

const INSECURE_TS = `export const API_BASE_URL = "http://api.weather-app.io/v1";\n`;
const SECURE_TS = `export const API_BASE_URL = "https://api.weather-app.io/v1";\n`;

describe('securecomm scan: exit codes', () => {
  test('1 when a finding is at or above --fail-on', () => {
    const dir = project({ 'src/api.ts': INSECURE_TS });
    const r = securecomm(['scan', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^src\/api\.ts:1:29 {2}warning {2}transport-cleartext-url {2}Cleartext URL/m);
    assert.match(r.stdout, /1 finding \(0 error, 1 warning, 0 note\) in 1 file analysed; 0 suppressed; 0 files skipped/);
  });

  test('0 when findings are below --fail-on', () => {
    const dir = project({ 'src/api.ts': INSECURE_TS });
    assert.equal(securecomm(['scan', '.', '--fail-on', 'error'], dir).code, 0);
  });

  test('0 when the code is clean', () => {
    const dir = project({ 'src/api.ts': SECURE_TS });
    const r = securecomm(['scan', 'src'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /0 findings/);
  });

  test('0 when the only finding is suppressed, and the reason is not lost', () => {
    const dir = project({ 'a.ts': `// securecomm-ignore transport-cleartext-url -- lab device, no TLS\n${INSECURE_TS}` });
    const r = securecomm(['scan', '.', '--format', 'json'], dir);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout);
    assert.equal(json.summary.suppressed, 1);
    assert.deepEqual(json.findings[0].suppressed, { reason: 'lab device, no TLS', line: 1 });
  });

  for (const [args, message] of [
    [['scan', '.', '--format', 'xml'], /--format must be one of text, json, sarif, markdown, html \(got 'xml'\)/],
    [['scan', '.', '--fail-on', 'fatal'], /--fail-on must be one of error, warning, note/],
    [['scan', '.', '--rules', 'tls-no-such-rule'], /unknown rule id 'tls-no-such-rule' in --rules; known rules: .*transport-cleartext-url/],
    [['scan', 'does-not-exist'], /no such file or folder: does-not-exist/],
    [['scan'], /'scan' needs at least one file or folder/],
    [['audit', '.'], /unknown command 'audit': the commands are 'scan', 'baseline create', 'suppressions' and 'lsp'/],
    [['scan', '.', '--colour'], /Unknown option '--colour'/],
  ] as const) {
    test(`2 with a message that says what to fix: ${args.join(' ')}`, () => {
      const r = securecomm([...args], project({ 'a.ts': SECURE_TS }));
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
    });
  }
});

describe('securecomm scan: what is walked and what is skipped', () => {
  test('skips .git, node_modules, build output and .gitignore entries', () => {
    const dir = project({
      '.gitignore': 'generated/\n*.gen.ts\n',
      'app/src/api.ts': INSECURE_TS,
      'app/.gitignore': 'local-only.ts\n',
      'app/local-only.ts': INSECURE_TS,
      'generated/client.ts': INSECURE_TS,
      'app/api.gen.ts': INSECURE_TS,
      'node_modules/lib/index.js': INSECURE_TS,
      'build/out.js': INSECURE_TS,
      '.git/hooks/x.js': INSECURE_TS,
      'README.md': 'http://insecure.example.net',
    });
    const json = JSON.parse(securecomm(['scan', '.', '--format', 'json'], dir).stdout);
    assert.deepEqual(json.findings.map((f: { path: string }) => f.path), ['app/src/api.ts']);
    assert.equal(json.summary.files, 1);
  });

  test('a file named on the command line is scanned even when ignored', () => {
    const dir = project({ '.gitignore': '*.gen.ts\n', 'api.gen.ts': INSECURE_TS });
    assert.equal(securecomm(['scan', 'api.gen.ts'], dir).code, 1);
  });

  test('binary and oversized files are skipped with the reason; invalid UTF-8 is analysed', () => {
    const dir = project({
      'blob.ts': Buffer.from([0x63, 0x6f, 0x6e, 0x73, 0x74, 0x00, 0x01, 0x02]),
      'huge.js': `// ${'x'.repeat(2 * 1024 * 1024)}\n`,
      'latin1.ts': Buffer.concat([Buffer.from('// Gr\xfc\xdfe\n', 'latin1'), Buffer.from(INSECURE_TS)]),
    });
    const r = securecomm(['scan', '.'], dir);
    assert.match(r.stdout, /^blob\.ts {2}skipped {2}binary file \(contains NUL bytes\)$/m);
    assert.match(r.stdout, /^huge\.js {2}skipped {2}larger than 2 MB \(2\.0 MB\)/m);
    assert.match(r.stdout, /^latin1\.ts:2:29 .*transport-cleartext-url/m);
    assert.match(r.stdout, /^latin1\.ts {2}note {5}not valid UTF-8: analysed with replacement characters$/m);
    assert.equal(r.code, 1);
  });

  test('--rules limits the checks that run', () => {
    const dir = project({ 'a.ts': INSECURE_TS });
    const r = securecomm(['scan', '.', '--rules', 'tls-weak-protocol-version'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /0 findings/);
  });

  test('--locale ja prints Japanese messages', () => {
    const r = securecomm(['scan', '.', '--locale', 'ja'], project({ 'a.ts': INSECURE_TS }));
    assert.match(r.stdout, /平文の URL/);
  });

  test('--output writes the report to a file', () => {
    const dir = project({ 'a.ts': INSECURE_TS });
    const r = securecomm(['scan', '.', '--format', 'json', '--output', 'report.json'], dir);
    assert.equal(r.stdout, '');
    assert.equal(r.code, 1);
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    assert.equal(JSON.parse(readFileSync(`${dir}/report.json`, 'utf8')).findings.length, 1);
  });
});

describe('securecomm scan: reports to read (--format markdown|html)', () => {
  const files = {
    'src/api.ts': 'export const API_URL = "http://api.shop.io";\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n',
    'app/src/main/AndroidManifest.xml': '<manifest>\n  <application android:usesCleartextTraffic="true"/>\n</manifest>\n',
  };

  test('markdown: a summary by category and severity, then each finding with its code and the rule\'s references', () => {
    const r = securecomm(['scan', '.', '--format', 'markdown'], project(files));
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^# SecureComm Review report/);
    assert.match(r.stdout, /\| TLS \| 1 \| 0 \| 0 \| 1 \|/);
    assert.match(r.stdout, /\| Transport \| 0 \| 2 \| 0 \| 2 \|/);
    assert.match(r.stdout, /- \*\*error\*\* `src\/api\.ts:2`: /);
    assert.match(r.stdout, /```typescript\n {2}export const API_URL = "http:\/\/api\.shop\.io";\n {2}export const agent/);
    assert.match(r.stdout, /References: .*<https:\/\/cwe\.mitre\.org\/data\/definitions\/319\.html>/);
  });

  test('the transport and authentication overview says which stacks, libraries and stores are used, and where', () => {
    const dir = project({
      'app/src/main/java/a/Api.kt': 'import okhttp3.OkHttpClient\nimport net.openid.appauth.AuthorizationService\nval c = OkHttpClient()\n',
      'app/src/main/java/a/Store.kt': 'val p = context.getSharedPreferences("s", 0)\nval e = EncryptedSharedPreferences.create()\n',
      'ios/Auth.swift': 'import AuthenticationServices\nlet s = ASWebAuthenticationSession(url: u, callbackURLScheme: "app") { _, _ in }\n',
      'src/api.ts': 'export const API_URL = "http://api.shop.io";\n',
    });
    const md = securecomm(['scan', '.', '--format', 'markdown'], dir).stdout;
    const overview = md.slice(md.indexOf('## Transport and authentication overview'), md.indexOf('## Transport\n'));
    assert.match(overview, /\| HTTP \/ TLS stack \| OkHttp \| 1 \| `app\/src\/main\/java\/a\/Api\.kt` \|/);
    assert.match(overview, /\| Authentication library \| AppAuth \| 1 \|/);
    assert.match(overview, /\| Token and secret storage \| SharedPreferences \| 1 \|/);
    assert.match(overview, /\| Token and secret storage \| EncryptedSharedPreferences \| 1 \|/);
    assert.match(overview, /\| OAuth user agent \| ASWebAuthenticationSession \| 1 \|/);
    assert.doesNotMatch(overview, /Alamofire|axios/, 'only what is used');
  });

  test('html: self-contained (no script, no external file), a chart first, code escaped', () => {
    const r = securecomm(['scan', '.', '--format', 'html'], project(files));
    assert.match(r.stdout, /^<!doctype html>/);
    assert.doesNotMatch(r.stdout, /<script|<link |src="http/, 'nothing to load or run');
    assert.ok(r.stdout.indexOf('<svg') < r.stdout.indexOf('<section>'), 'the chart comes before the findings');
    assert.match(r.stdout, /&lt;application android:usesCleartextTraffic=&quot;true&quot;\/&gt;/, 'XML in excerpts is escaped');
  });
});

describe('securecomm suppressions (the suppression audit)', () => {
  test('lists every suppression with its reason, and flags the unused ones and those without a reason', () => {
    const dir = project({
      'src/api.ts': [
        '// securecomm-ignore transport-cleartext-url -- lab network only',
        'export const LAB_URL = "http://10.20.0.5/api";',
        '// securecomm-ignore transport-cleartext-url -- <reason>',
        'export const DEV_URL = "http://dev.shop.io/api";',
        '// securecomm-ignore tls-trust-all-certificates -- was a test agent, since removed',
        'export const OK_URL = "https://api.shop.io";',
        'const s = "securecomm-ignore transport-cleartext-url -- in a string: not a suppression";',
      ].join('\n') + '\n',
      'src/clean.ts': 'export const x = 1;\n',
    });
    const r = securecomm(['suppressions', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, [
      'src/api.ts:1  transport-cleartext-url  lab network only',
      'src/api.ts:3  transport-cleartext-url  -  [no reason]',
      'src/api.ts:5  tls-trust-all-certificates  was a test agent, since removed  [unused]',
      '3 suppressions; 1 unused; 1 without a reason',
      '',
    ].join('\n'));
  });
});

describe('securecomm baseline', () => {
  test('create records today\'s findings; scan --baseline reports only new ones, also after lines move', () => {
    const dir = project({ 'src/api.ts': 'export const API_URL = "http://api.shop.io";\n' });
    const created = securecomm(['baseline', 'create', dir], dir);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /baseline: 1 findings recorded in .*\.securecomm\/baseline\.json/);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, '.securecomm', 'baseline.json'), 'utf8'));
    assert.deepEqual(baseline.findings.map((f: { ruleId: string; path: string }) => [f.ruleId, f.path]), [['transport-cleartext-url', 'src/api.ts']]);
    // Lines added above the accepted finding, and a new finding below it.
    fs.writeFileSync(path.join(dir, 'src/api.ts'), '// header\n\nexport const API_URL = "http://api.shop.io";\nexport const CDN_URL = "http://cdn.shop.io";\n');
    const r = securecomm(['scan', '.', '--format', 'json', '--baseline', '.securecomm/baseline.json'], dir);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { line: number }) => f.line), [4], 'only the new finding');
    assert.match(r.stderr, /1 findings are in the baseline and not reported/);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ "findings": [] }');
    const bad = securecomm(['scan', '.', '--baseline', 'bad.json'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.json: not a securecomm baseline .*securecomm baseline create/);
  });
});

describe('securecomm scan: half-typed files', () => {
  test('a syntax error does not hide what can be read, and the report says where checking became unsure', () => {
    const broken = [
      'const val BASE_URL = "http://api.shop.io/"',
      '',
      'fun greet() {',
      '    val s = "unterminated',
      '    println(s)',
      '}',
    ].join('\n');
    const dir = project({ 'src/Broken.kt': broken });
    const r = securecomm(['scan', '.', '--format', 'json'], dir);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line]), [['transport-cleartext-url', 1]]);
    assert.deepEqual(json.notes, [{ path: 'src/Broken.kt', note: 'syntax error near line 3: checked as far as the parser could read the code' }]);
    const sarif = JSON.parse(securecomm(['scan', '.', '--format', 'sarif'], dir).stdout);
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text);
    assert.ok(notes.some((t: string) => /syntax error near line 3/.test(t)), notes.join(' | '));
  });
});

describe('securecomm scan: code that does not ship', () => {
  const files = {
    'app/src/main/java/Api.kt': 'const val BASE_URL = "http://api.weather-app.io/"\n',
    'app/src/main/java/com/shop/docs/DocsApi.kt': 'const val DOCS_URL = "http://docs.weather-app.io/"\n',
    'app/src/test/java/ApiTest.kt': 'const val BASE_URL = "http://mock.weather-app.io/"\n',
    'web/src/api.spec.ts': INSECURE_TS,
    'web/__tests__/api.ts': INSECURE_TS,
    'mobile/AppTests/Mocks.kt': 'const val BASE_URL = "http://mock.weather-app.io/"\n',
    'examples/chat/src/client.ts': INSECURE_TS,
    'samples/app/src/main/java/Sample.kt': 'const val BASE_URL = "http://sample.weather-app.io/"\n',
    'docs/snippets/api.ts': INSECURE_TS,
    'benchmarks/src/main/java/Bench.kt': 'const val BASE_URL = "http://bench.weather-app.io/"\n',
  };
  const paths = (json: any) => json.findings.map((f: any) => f.path).sort();

  test('is counted per kind but not scanned by default', () => {
    const r = securecomm(['scan', '.'], project(files));
    assert.match(r.stdout, /^app\/src\/main\/java\/Api\.kt:1:22 /m);
    assert.match(r.stdout, /^app\/src\/main\/java\/com\/shop\/docs\/DocsApi\.kt:1:/m, 'a package named docs ships');
    assert.doesNotMatch(r.stdout, /ApiTest|spec|__tests__|AppTests|examples|samples|snippets|benchmarks/);
    assert.match(r.stdout, /; left out: 4 test, 2 example, 1 docs, 1 benchmark files \(--include test,example,docs,benchmark to scan them\)$/m);
  });

  test('JSON and SARIF carry the counts', () => {
    const dir = project(files);
    const json = JSON.parse(securecomm(['scan', '.', '--format', 'json'], dir).stdout);
    assert.deepEqual(json.summary.leftOut, { test: 4, example: 2, docs: 1, benchmark: 1, fixture: 0, tooling: 0, generated: 0, debug: 0 });
    assert.equal(json.summary.testFilesNotScanned, 4);
    const invocation = JSON.parse(securecomm(['scan', '.', '--format', 'sarif'], dir).stdout).runs[0].invocations[0];
    assert.deepEqual(invocation.properties.leftOutFiles, json.summary.leftOut);
    assert.ok(invocation.toolExecutionNotifications.some((n: any) => n.level === 'note' &&
      n.message.text === 'Non-shipping code left out: 4 test, 2 example, 1 docs, 1 benchmark files (--include test,example,docs,benchmark to scan them).'));
  });

  test('--include-tests and --include KIND,KIND scan those kinds only', () => {
    const dir = project(files);
    const tests = JSON.parse(securecomm(['scan', '.', '--include-tests', '--format', 'json'], dir).stdout);
    assert.equal(tests.findings.length, 6);
    assert.equal(tests.summary.testFilesNotScanned, 0);
    const some = JSON.parse(securecomm(['scan', '.', '--include', 'examples,docs', '--format', 'json'], dir).stdout);
    assert.deepEqual(paths(some), ['app/src/main/java/Api.kt', 'app/src/main/java/com/shop/docs/DocsApi.kt',
      'docs/snippets/api.ts', 'examples/chat/src/client.ts', 'samples/app/src/main/java/Sample.kt']);
    assert.deepEqual(some.summary.leftOut, { test: 4, example: 0, docs: 0, benchmark: 1, fixture: 0, tooling: 0, generated: 0, debug: 0 });
  });

  test('--include all scans everything, with nothing left out', () => {
    const r = securecomm(['scan', '.', '--include', 'all'], project(files));
    assert.match(r.stdout, /^10 findings \(0 error, 10 warning, 0 note\) in 10 files analysed; 0 suppressed; 0 files skipped$/m);
  });

  test('an unknown kind is a usage error listing the kinds', () => {
    const r = securecomm(['scan', '.', '--include', 'examples,samples'], project(files));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--include: unknown kind 'samples'; the kinds are test, example, docs, benchmark, fixture, tooling, generated, debug \(or all\)/);
  });

  test('a file named on the command line is always scanned; a folder named is classified from inside', () => {
    const dir = project(files);
    const file = JSON.parse(securecomm(['scan', 'examples/chat/src/client.ts', 'web/src/api.spec.ts', '--format', 'json'], dir).stdout);
    assert.deepEqual(paths(file), ['examples/chat/src/client.ts', 'web/src/api.spec.ts']);
    const folder = JSON.parse(securecomm(['scan', 'samples', '--format', 'json'], dir).stdout);
    assert.deepEqual(paths(folder), ['samples/app/src/main/java/Sample.kt']);
    assert.equal(folder.summary.leftOut.example, 0);
    // Named next to `.`, the example is scanned once and not counted as left out.
    const both = JSON.parse(securecomm(['scan', '.', 'examples', '--format', 'json'], dir).stdout);
    assert.ok(paths(both).includes('examples/chat/src/client.ts'));
    assert.equal(both.summary.leftOut.example, 1);
  });

  test('.securecomm.yml: include lists kinds, include-tests still works', () => {
    const withKinds = JSON.parse(securecomm(['scan', '.', '--format', 'json'], project({ ...files, '.securecomm.yml': 'include: [examples, benchmarks]\n' })).stdout);
    assert.deepEqual(withKinds.summary.leftOut, { test: 4, example: 0, docs: 1, benchmark: 0, fixture: 0, tooling: 0, generated: 0, debug: 0 });
    const withTests = JSON.parse(securecomm(['scan', '.', '--format', 'json'], project({ ...files, '.securecomm.yml': 'include-tests: true\n' })).stdout);
    assert.deepEqual(withTests.summary.leftOut, { test: 0, example: 2, docs: 1, benchmark: 1, fixture: 0, tooling: 0, generated: 0, debug: 0 });
    const wrong = securecomm(['scan', '.'], project({ ...files, '.securecomm.yml': 'exclude: []\ninclude:\n  - example\n  - sample\n' }));
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^securecomm: \.securecomm\.yml:4: 'include\.1' must be one of: test, tests, example/);
  });
});

describe('securecomm scan: .securecomm.yml', () => {
  const files = {
    'src/api.ts': INSECURE_TS,
    'src/agent.ts': 'export const agent = new https.Agent({ minVersion: "TLSv1" });\n',
    'legacy/old.ts': INSECURE_TS,
  };

  test('turns rules off, changes severities and excludes paths', () => {
    const dir = project({
      ...files,
      '.securecomm.yml': 'rules:\n  transport-cleartext-url: off\n  tls-weak-protocol-version: error\nexclude:\n  - legacy/\n',
    });
    const json = JSON.parse(securecomm(['scan', '.', '--format', 'json'], dir).stdout);
    assert.deepEqual(json.findings.map((f: any) => [f.path, f.ruleId, f.severity]), [['src/agent.ts', 'tls-weak-protocol-version', 'error']]);
  });

  test('a mistake is a configuration error naming the line', () => {
    const dir = project({ ...files, '.securecomm.yml': 'rules:\n  transport-cleartext-url: off\n  tls-weak-protocol: error\n' });
    const r = securecomm(['scan', '.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^securecomm: \.securecomm\.yml:3: unknown rule id 'tls-weak-protocol' \(did you mean 'tls-weak-protocol-version'\?\)/);
  });

  test('a wrong value names its line and the allowed values', () => {
    const dir = project({ ...files, '.securecomm.yml': '# team settings\nrules:\n  transport-cleartext-url: disabled\n' });
    const r = securecomm(['scan', '.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.securecomm\.yml:3: 'rules\.transport-cleartext-url' must be one of: off, on, error, warning, note/);
  });
});

describe('securecomm scan: start-up choices', () => {
  test('the hidden --rules-dir replaces the catalogue (benchmarks run 3× the rules this way)', () => {
    const rules = tempDir('securecomm-rules');
    fs.cpSync(path.join(RULES_DIR, 'transport-cleartext-url'), path.join(rules, 'transport-cleartext-url'), { recursive: true });
    const dir = project({ 'src/api.ts': INSECURE_TS, 'src/agent.ts': 'new https.Agent({ rejectUnauthorized: false });\n' });
    const json = JSON.parse(securecomm(['scan', '.', '--format', 'json', '--rules-dir', rules], dir).stdout);
    assert.deepEqual(json.findings.map((f: any) => f.ruleId), ['transport-cleartext-url']);
    const missing = securecomm(['scan', '.', '--rules-dir', path.join(rules, 'nope')], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--rules-dir: no such folder/);
    assert.doesNotMatch(securecomm(['--help'], dir).stdout, /rules-dir/, 'not a user-facing option');
  });

  test('small scans run WebAssembly in Liftoff (Swift too: its queries start interpreted), large ones keep only Swift in Liftoff', () => {
    const dir = project({ 'a.ts': SECURE_TS, 'README.md': 'x'.repeat(2 * LARGE_SCAN_BYTES) });
    assert.equal(scanWorkload([path.join(dir, 'a.ts'), path.join(dir, 'README.md')]), 'small-scan', 'only rule languages count');
    fs.writeFileSync(path.join(dir, 'App.swift'), 'let x = 1\n');
    assert.equal(scanWorkload([path.join(dir, 'a.ts'), path.join(dir, 'App.swift')]), 'small-scan');
    fs.writeFileSync(path.join(dir, 'big.kt'), 'x'.repeat(LARGE_SCAN_BYTES));
    assert.equal(scanWorkload([path.join(dir, 'a.ts'), path.join(dir, 'big.kt')]), 'large-scan');
    assert.deepEqual(WASM_PLANS['small-scan'].flags, ['--liftoff-only']);
    assert.deepEqual(WASM_PLANS['large-scan'].liftoffOnly, ['swift']);
  });
});

describe('the demo project (README: `npm run demo`)', () => {
  test('shows TLS, cleartext and authentication findings in Kotlin, Java, Swift and TypeScript', () => {
    const r = securecomm(['scan', 'demo', '--format', 'json'], REPO);
    assert.equal(r.code, 1, r.stderr);
    const findings: { ruleId: string; path: string }[] = JSON.parse(r.stdout).findings;
    const languageOf = (p: string) => ({ '.kt': 'Kotlin', '.java': 'Java', '.swift': 'Swift', '.ts': 'TypeScript' } as Record<string, string>)[path.extname(p)];
    for (const language of ['Kotlin', 'Java', 'Swift', 'TypeScript']) {
      const rules = new Set(findings.filter((f) => languageOf(f.path) === language).map((f) => f.ruleId));
      assert.ok([...rules].some((id) => id.startsWith('auth-')), `${language}: an auth finding among ${[...rules].join(', ')}`);
      assert.ok([...rules].some((id) => id.startsWith('tls-')), `${language}: a TLS finding among ${[...rules].join(', ')}`);
      assert.ok(rules.has('transport-cleartext-url'), `${language}: a cleartext finding`);
    }
    assert.ok(!findings.some((f) => f.path.endsWith('safe-client.ts')), 'the safe client stays clean');
  });

  test('reports the planted config mistakes: usesCleartextTraffic, the network security config, an ATS exception', () => {
    const r = securecomm(['scan', 'demo', '--format', 'json'], REPO);
    const findings: { ruleId: string; path: string; severity: string; related?: { path?: string }[] }[] = JSON.parse(r.stdout).findings;
    const at = (file: string) => findings.filter((f) => f.path.endsWith(file)).map((f) => `${f.ruleId} ${f.severity}`).sort();
    assert.deepEqual(at('AndroidManifest.xml'), ['transport-cleartext-permitted note'], 'a note: the named network security config decides on Android 7.0+');
    assert.deepEqual(at('network_security_config.xml'), ['tls-pinning-misconfigured note', 'tls-pinning-misconfigured warning', 'transport-cleartext-permitted warning', 'transport-user-trust-anchors warning']);
    assert.deepEqual(at('Info.plist'), ['tls-weak-protocol-version warning', 'transport-ats-arbitrary-loads warning']);
    const nsc = findings.find((f) => f.path.endsWith('network_security_config.xml'))!;
    assert.ok(nsc.related?.some((x) => x.path?.endsWith('demo/android/app/src/main/AndroidManifest.xml')), 'names the manifest that applies it');
  });
});
