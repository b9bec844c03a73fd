import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../core/rule';
import { loadCweNames } from '../node/taxonomy';
import type { Finding, Severity } from '../core/types';
import { renderNote, renderNotes } from '../core/notes';
import type { FileReport } from '../scan/scan';
import { countLeftOut, leftOutSentence, type LeftOutCounts } from './summary';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rules with help and CWE tags, results with
 * paths relative to `%SRCROOT%`, fingerprints that survive line shifts, and suppressed
 * findings kept as results with `suppressions[]` so audits can see every accepted risk.
 */
const SRCROOT = 'SRCROOT';

/** Where a file is, as SARIF wants it (§3.4 artifactLocation). */
interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** GitHub maps this number to critical / high / medium / low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.1', warning: '5.9', note: '3.1' };
const PRECISION = { high: 'high', medium: 'medium', low: 'low' } as const;

export function formatSarif(
  reports: readonly FileReport[],
  rules: readonly Rule[],
  baseDir: string,
  toolVersion: string,
  leftOut: LeftOutCounts = countLeftOut(),
  cweNames: ReadonlyMap<string, string> = loadCweNames(),
): string {
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
          name: cweNames.get(c) ?? c, // every cited CWE has a name: test/src/rule-manifest.test.ts
          helpUri: `https://cwe.mitre.org/data/definitions/${c.replace('CWE-', '')}.html`,
        })),
      }],
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(baseDir).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap((r) => r.findings.map((f) => result(f, artifactLocation(baseDir, r.file), ruleIndex, (file) => artifactLocation(baseDir, file)))),
      invocations: [{
        executionSuccessful: true,
        toolExecutionNotifications: [
          ...reports.filter((r) => r.skipped || r.notes).map((r) => ({
            level: r.skipped ? 'warning' : 'note',
            // The English text code scanning shows; the notes as data for tools that show them in another language.
            message: { text: r.skipped ? `Skipped: ${renderNote(r.skipped, 'en')}` : renderNotes(r.notes!, 'en') },
            locations: [{ physicalLocation: { artifactLocation: artifactLocation(baseDir, r.file) } }],
            properties: { notes: r.skipped ? [r.skipped] : r.notes },
          })),
          ...leftOutNotification(leftOut),
        ],
        // Non-shipping files not scanned, per kind, for dashboards that read the log.
        properties: { leftOutFiles: leftOut },
      }],
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** One note saying which non-shipping code was not scanned, so "0 results" is not over-read. */
function leftOutNotification(leftOut: LeftOutCounts) {
  const sentence = leftOutSentence(leftOut);
  return sentence ? [{ level: 'note', message: { text: `Non-shipping code ${sentence}.` } }] : [];
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

function result(f: Finding, artifactLocation: ArtifactLocation, ruleIndex: Map<string, number>, locationOf: (file: string) => ArtifactLocation) {
  return {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: f.severity,
    message: { text: f.message.en },
    locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
    partialFingerprints: { 'secureCommFingerprint/v1': f.fingerprint },
    ...(f.related ? {
      // A related place may be in another file: the manifest that applies a network security config.
      relatedLocations: f.related.map((r, i) => ({
        id: i + 1, physicalLocation: { artifactLocation: r.file ? locationOf(r.file) : artifactLocation, region: region(r.range) }, message: { text: r.message.en },
      })),
    } : {}),
    ...(f.flowSteps ? {
      codeFlows: [{
        threadFlows: [{
          locations: f.flowSteps.map((s) => ({ location: { physicalLocation: { artifactLocation, region: region(s.range) }, message: { text: s.message.en } } })),
        }],
      }],
    } : {}),
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

/**
 * A file under the base folder (the current folder, i.e. the repository root in CI) is a
 * relative reference resolved against `%SRCROOT%`: that is what GitHub code scanning maps
 * onto the repository. A file anywhere else (`securecomm scan ../elsewhere`) cannot be
 * expressed relative to that base without `..` segments escaping it, and an absolute path
 * with a `uriBaseId` is invalid (SARIF1004), so it gets an absolute `file://` URI and no base.
 */
export function artifactLocation(baseDir: string, file: string): ArtifactLocation {
  const abs = path.resolve(baseDir, file);
  const rel = path.relative(path.resolve(baseDir), abs);
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  if (outside) return { uri: pathToFileURL(abs).href };
  return { uri: encodeRelative(rel.split(path.sep)), uriBaseId: SRCROOT };
}

/**
 * A relative URI reference from path segments: every segment percent-encoded as UTF-8
 * (spaces, non-ASCII, `#`, `?`, `%`, and `:` so a first segment never reads as a scheme),
 * joined by `/`. encodeURIComponent leaves only unreserved characters and `!'()*` as they are,
 * all of which are valid in a path segment.
 */
export function encodeRelative(segments: readonly string[]): string {
  return segments.map(encodeURIComponent).join('/');
}
