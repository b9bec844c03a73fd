import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { project, securecomm } from './helpers/cli';
import { REPO } from './helpers/engine';

const MULTITOOL = path.join(REPO, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

function scanToSarif(): { dir: string; file: string; log: any } {
  const dir = project({
    'src/api.ts': 'export const API_BASE_URL = "http://api.weather-app.io/v1";\n',
    'src/lab device.ts': '// securecomm-ignore transport-cleartext-url -- lab network only\nexport const labUrl = "http://10.1.2.3/api";\n',
    'src/blob.js': Buffer.from([0, 1, 2, 3]),
    'src/api.test.ts': 'export const MOCK_URL = "http://mock.weather-app.io";\n', // left out: the note is validated too
  });
  const r = securecomm(['scan', '.', '--format', 'sarif', '--output', 'out.sarif'], dir);
  assert.equal(r.code, 1, r.stderr);
  const file = path.join(dir, 'out.sarif');
  return { dir, file, log: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

describe('SARIF output', () => {
  test('passes the official SARIF Multitool validator with zero errors', () => {
    const { dir, file } = scanToSarif();
    fs.chmodSync(MULTITOOL, 0o755); // npm does not keep the executable bit of this package
    const out = path.join(dir, 'validation.sarif');
    const v = spawnSync(MULTITOOL, ['validate', file, '-o', out, '--log', 'ForceOverwrite'], { encoding: 'utf8' });
    assert.equal(v.status, 0, v.stdout + v.stderr);
    const validation = JSON.parse(fs.readFileSync(out, 'utf8'));
    const errors = validation.runs[0].results.filter((r: { level?: string }) => r.level === 'error');
    assert.deepEqual(errors.map((e: any) => e.message), []);
    assert.ok(validation.runs[0].results.length < 5, 'only recommendation-level remarks remain');
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
  });

  test('results are relative to %SRCROOT%, fingerprinted, and suppressions keep their reason', () => {
    const { dir, log } = scanToSarif();
    const run = log.runs[0];
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, `file://${fs.realpathSync(dir)}/`);
    const [open, suppressed] = run.results;
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
