import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { project, securecomm } from './helpers/cli';
import { REPO } from './helpers/engine';
import { tempDir } from './helpers/temp-dir';

const MULTITOOL = path.join(REPO, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

function scanToSarif(): { dir: string; file: string; log: any } {
  const dir = project({
    'src/api.ts': 'export const API_BASE_URL = "http://api.weather-app.io/v1";\n',
    'src/lab device.ts': '// securecomm-ignore transport-cleartext-url -- lab network only\nexport const labUrl = "http://10.1.2.3/api";\n',
    'src/blob.js': Buffer.from([0, 1, 2, 3]),
    // a flow: the value is made on one line and used on another (relatedLocations, codeFlows)
    'src/agent.ts': "import https from 'node:https';\nconst verify = false;\nconst options = { timeout: 5 };\nexport const agent = new https.Agent({ ...options, rejectUnauthorized: verify });\n",
    'src/api.test.ts': 'export const MOCK_URL = "http://mock.weather-app.io";\n', // left out: the note is validated too
    // a config finding whose related location is in another file: the manifest that applies it
    'app/src/main/AndroidManifest.xml': '<manifest>\n  <application android:networkSecurityConfig="@xml/network_security_config" />\n</manifest>\n',
    'app/src/main/res/xml/network_security_config.xml': '<network-security-config>\n  <base-config cleartextTrafficPermitted="true" />\n</network-security-config>\n',
  });
  const r = securecomm(['scan', '.', '--format', 'sarif', '--output', 'out.sarif'], dir);
  assert.equal(r.code, 1, r.stderr);
  const file = path.join(dir, 'out.sarif');
  return { dir, file, log: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

/** Runs the SARIF Multitool on `file`; returns its remarks (level and message). */
function validate(file: string): { level?: string; message: { text?: string; id?: string; arguments?: string[] } }[] {
  fs.chmodSync(MULTITOOL, 0o755); // npm does not keep the executable bit of this package
  const out = path.join(tempDir('sarif-validation'), 'validation.sarif');
  const v = spawnSync(MULTITOOL, ['validate', file, '-o', out, '--log', 'ForceOverwrite'], { encoding: 'utf8' });
  assert.equal(v.status, 0, v.stdout + v.stderr);
  return JSON.parse(fs.readFileSync(out, 'utf8')).runs[0].results;
}

const errorsOf = (remarks: ReturnType<typeof validate>) => remarks.filter((r) => r.level === 'error').map((r) => r.message);

/** The file an artifactLocation names, resolved the way a SARIF consumer does (§3.4.3). */
function resolveLocation(run: any, location: { uri: string; uriBaseId?: string }): string {
  const base = location.uriBaseId === undefined ? undefined : run.originalUriBaseIds[location.uriBaseId].uri;
  return fileURLToPath(new URL(location.uri, base));
}

const CLEARTEXT = 'export const API_BASE_URL = "http://api.weather-app.io/v1";\n';

describe('SARIF output', () => {
  test('flow findings carry the source as a related location and the steps as a code flow', () => {
    const { log } = scanToSarif();
    const flow = log.runs[0].results.find((r: any) => r.ruleId === 'tls-trust-all-certificates');
    assert.ok(flow, 'the split trust-all shape is reported');
    assert.equal(flow.locations[0].physicalLocation.region.startLine, 4);
    assert.deepEqual(flow.relatedLocations.map((l: any) => [l.physicalLocation.region.startLine, l.message.text]), [[2, 'the value comes from here']]);
    const steps = flow.codeFlows[0].threadFlows[0].locations.map((l: any) => l.location.physicalLocation.region.startLine);
    assert.deepEqual([steps[0], steps.at(-1)], [2, 4], 'from the source to the sink');
  });

  test('a network security config finding names the manifest that applies it (relatedLocations in another file)', () => {
    const { log } = scanToSarif();
    const nsc = log.runs[0].results.find((r: any) => r.ruleId === 'transport-cleartext-permitted');
    assert.match(nsc.locations[0].physicalLocation.artifactLocation.uri, /network_security_config\.xml$/);
    const related = nsc.relatedLocations[0].physicalLocation;
    assert.match(related.artifactLocation.uri, /app\/src\/main\/AndroidManifest\.xml$/);
    assert.equal(related.region.startLine, 2);
  });

  test('passes the official SARIF Multitool validator with zero errors', () => {
    const { file } = scanToSarif();
    const remarks = validate(file);
    assert.deepEqual(errorsOf(remarks), []);
    assert.ok(remarks.length < 5, 'only recommendation-level remarks remain');
  });

  test('files outside the current folder, `..` paths and non-ASCII names: valid URIs that lead back to the files', () => {
    // <root>/work is where the scan runs; <root>/other dir/プロジェクト lies outside it.
    const root = fs.realpathSync(project({
      'work/src dir/日本語 #1%.ts': CLEARTEXT,
      'other dir/プロジェクト/認証 設定.ts': CLEARTEXT,
      'other dir/プロジェクト/a#b?c%d.ts': CLEARTEXT,
    }));
    const cwd = path.join(root, 'work');
    const outside = path.join(root, 'other dir', 'プロジェクト');
    const r = securecomm(['scan', '../other dir/プロジェクト', '../work/src dir', '--format', 'sarif', '--output', 'out.sarif', '--no-progress'], cwd);
    assert.equal(r.code, 1, r.stderr);
    const file = path.join(cwd, 'out.sarif');
    assert.deepEqual(errorsOf(validate(file)), []);

    const run = JSON.parse(fs.readFileSync(file, 'utf8')).runs[0];
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, `${pathToFileURL(cwd).href}/`);
    const rootUri = pathToFileURL(root).href;
    const locations = run.results.map((res: any) => res.locations[0].physicalLocation.artifactLocation);
    assert.deepEqual(locations.map((l: { uri: string }) => l.uri).sort(), [
      `${rootUri}/other%20dir/%E3%83%97%E3%83%AD%E3%82%B8%E3%82%A7%E3%82%AF%E3%83%88/%E8%AA%8D%E8%A8%BC%20%E8%A8%AD%E5%AE%9A.ts`,
      `${rootUri}/other%20dir/%E3%83%97%E3%83%AD%E3%82%B8%E3%82%A7%E3%82%AF%E3%83%88/a%23b%3Fc%25d.ts`,
      'src%20dir/%E6%97%A5%E6%9C%AC%E8%AA%9E%20%231%25.ts',
    ]);
    for (const l of locations) {
      assert.equal(l.uriBaseId, l.uri.startsWith('file:') ? undefined : 'SRCROOT', `${l.uri}: a base only for relative references`);
      assert.ok(!l.uri.includes('..'), `${l.uri} has no '..' segment`);
    }
    assert.deepEqual(locations.map((l: any) => resolveLocation(run, l)).sort(), [
      path.join(outside, 'a#b?c%d.ts'),
      path.join(outside, '認証 設定.ts'),
      path.join(cwd, 'src dir', '日本語 #1%.ts'),
    ]);
    for (const res of run.results) {
      const change = res.fixes[0].artifactChanges[0].artifactLocation;
      assert.deepEqual(change, res.locations[0].physicalLocation.artifactLocation, 'a fix edits the file of its result');
    }
  });

  test('rules carry help, CWE taxonomy and GitHub security severity', () => {
    const { log } = scanToSarif();
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'transport-cleartext-url');
    assert.equal(rule.name, 'TransportCleartextUrl');
    assert.match(rule.helpUri, /^https:\/\//);
    assert.match(rule.help.markdown, /^# /);
    assert.ok(rule.shortDescription.text && rule.fullDescription.text);
    assert.ok(rule.properties.tags.includes('external/cwe/cwe-319'));
    assert.match(rule.properties['security-severity'], /^\d+\.\d$/);
    const rel = rule.relationships[0];
    assert.equal(rel.target.toolComponent.name, 'CWE');
    assert.equal(run.taxonomies[0].taxa[rel.target.index].id, '319');
    assert.equal(run.taxonomies[0].taxa[rel.target.index].name, 'Cleartext Transmission of Sensitive Information');
  });

  test('results are relative to %SRCROOT%, fingerprinted, and suppressions keep their reason', () => {
    const { dir, log } = scanToSarif();
    const run = log.runs[0];
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, `file://${fs.realpathSync(dir)}/`);
    const byFile = (uri: string) => run.results.find((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === uri);
    const [open, suppressed] = [byFile('src/api.ts'), byFile('src/lab%20device.ts')];
    assert.equal(open.locations[0].physicalLocation.artifactLocation.uri, 'src/api.ts');
    assert.equal(open.locations[0].physicalLocation.artifactLocation.uriBaseId, 'SRCROOT');
    assert.deepEqual(open.locations[0].physicalLocation.region, { startLine: 1, startColumn: 29, endLine: 1, endColumn: 59 });
    assert.match(open.partialFingerprints['secureCommFingerprint/v1'], /^[0-9a-f]{16}$/);
    assert.equal(open.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'https://');
    assert.equal(suppressed.locations[0].physicalLocation.artifactLocation.uri, 'src/lab%20device.ts');
    assert.deepEqual(suppressed.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'lab network only' }]);
    const skipped = run.invocations[0].toolExecutionNotifications;
    assert.equal(skipped[0].message.text, 'Skipped: binary file (contains NUL bytes)');
  });
});
