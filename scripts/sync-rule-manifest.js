#!/usr/bin/env node
// Regenerates what is derived from the rule folders (server/src/tools/rule-manifest.ts):
// the securecomm.rules setting entries in package.json, their texts in package.nls*.json,
// server/rules/rule.schema.json, and the schema comment on the first line of each rule.yaml.
//
//   npm run rules:sync                                    build, then write what differs
//   node scripts/sync-rule-manifest.js --check            only report, exit 1 when out of sync
//   node scripts/sync-rule-manifest.js --root DIR         another checkout (tests use a copy)
'use strict';

const path = require('node:path');

const args = process.argv.slice(2);
const check = args.includes('--check');
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 && args[rootAt + 1] ? path.resolve(args[rootAt + 1]) : path.resolve(__dirname, '..');

let manifest;
try {
  manifest = require(path.join(__dirname, '..', 'server', 'out', 'tools', 'rule-manifest.js'));
} catch (e) {
  console.error(`sync-rule-manifest: build first ('npm run build'): ${e.message}`);
  process.exit(2);
}

try {
  if (check) {
    const problems = manifest.deriveRuleManifest(root).flatMap((d) => d.problems);
    for (const p of problems) console.error(p);
    if (problems.length) console.error(`Run '${manifest.SYNC_COMMAND}' to regenerate.`);
    process.exitCode = problems.length ? 1 : 0;
  } else {
    const written = manifest.syncRuleManifest(root);
    console.log(written.length ? written.map((f) => `updated ${f}`).join('\n') : 'everything derived from the rules is up to date');
  }
} catch (e) {
  // A rule.yaml that does not validate: its ConfigError names the file, line and field.
  console.error(`sync-rule-manifest: ${e.message}`);
  process.exit(2);
}
