import { pathToFileURL } from 'node:url';
import type { Rule } from '../core/rule';
import type { Finding, Severity } from '../core/types';
import type { FileReport } from '../scan/scan';
import { relative } from './text';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rules with help and CWE tags, results with
 * paths relative to `%SRCROOT%`, fingerprints that survive line shifts, and suppressed
 * findings kept as results with `suppressions[]` so audits can see every accepted risk.
 */
const SRCROOT = 'SRCROOT';

/** GitHub maps this number to critical / high / medium / low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.1', warning: '5.9', note: '3.1' };
const PRECISION = { high: 'high', medium: 'medium', low: 'low' } as const;

const CWE_NAMES: Record<string, string> = {
  'CWE-295': 'Improper Certificate Validation',
  'CWE-297': 'Improper Validation of Certificate with Host Mismatch',
  'CWE-319': 'Cleartext Transmission of Sensitive Information',
  'CWE-327': 'Use of a Broken or Risky Cryptographic Algorithm',
};

export function formatSarif(reports: readonly FileReport[], rules: readonly Rule[], baseDir: string, toolVersion: string): string {
  const usedRules = rules;
  const ruleIndex = new Map(usedRules.map((r, i) => [r.id, i]));
  const cwes = [...new Set(usedRules.flatMap((r) => r.cwe))].sort();
  const cweIndex = new Map(cwes.map((c, i) => [c, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'SecureComm Review',
          semanticVersion: toolVersion,
          version: toolVersion,
          rules: usedRules.map((r) => ruleDescriptor(r, cweIndex)),
          supportedTaxonomies: [{ name: 'CWE', index: 0 }],
        },
      },
      taxonomies: [{
        name: 'CWE',
        organization: 'MITRE',
        shortDescription: { text: 'The MITRE Common Weakness Enumeration' },
        informationUri: 'https://cwe.mitre.org/',
        isComprehensive: false,
        taxa: cwes.map((c) => ({
          id: c.replace('CWE-', ''),
          name: CWE_NAMES[c] ?? c,
          helpUri: `https://cwe.mitre.org/data/definitions/${c.replace('CWE-', '')}.html`,
        })),
      }],
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(baseDir).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap((r) => r.findings.map((f) => result(f, relative(baseDir, r.file), ruleIndex))),
      invocations: [{
        executionSuccessful: true,
        toolExecutionNotifications: reports.filter((r) => r.skipped || r.note).map((r) => ({
          level: r.skipped ? 'warning' : 'note',
          message: { text: r.skipped ? `Skipped: ${r.skipped}` : (r.note ?? '') },
          locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(relative(baseDir, r.file)), uriBaseId: SRCROOT } } }],
        })),
      }],
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(r: Rule, cweIndex: Map<string, number>) {
  return {
    id: r.id,
    name: r.id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''),
    shortDescription: { text: r.title.en },
    fullDescription: { text: r.description.en },
    helpUri: r.references[0]!,
    help: { text: r.description.en, markdown: r.docs.en },
    defaultConfiguration: { level: r.severity },
    properties: {
      tags: [...r.tags, ...r.cwe.map((c) => `external/cwe/${c.toLowerCase()}`), ...r.owasp.map((o) => `owasp-mobile/${o}`), ...r.masvs],
      precision: PRECISION[r.confidence],
      'security-severity': SECURITY_SEVERITY[r.severity],
      'problem.severity': r.severity === 'note' ? 'recommendation' : r.severity,
    },
    relationships: r.cwe.map((c) => ({
      target: { id: c.replace('CWE-', ''), index: cweIndex.get(c), toolComponent: { name: 'CWE', index: 0 } },
      kinds: ['superset'],
    })),
  };
}

function result(f: Finding, relPath: string, ruleIndex: Map<string, number>) {
  const artifactLocation = { uri: encodeUri(relPath), uriBaseId: SRCROOT };
  return {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: f.severity,
    message: { text: f.message.en },
    locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
    partialFingerprints: { 'secureCommFingerprint/v1': f.fingerprint },
    ...(f.fix ? {
      fixes: [{
        description: { text: f.fix.title.en },
        artifactChanges: [{
          artifactLocation,
          replacements: f.fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
        }],
      }],
    } : {}),
    ...(f.suppression ? {
      suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.suppression.reason || '(no reason given)' }],
    } : {}),
  };
}

function region(range: Finding['range']) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** Relative URI references: encode each segment, keep the slashes. */
function encodeUri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}
