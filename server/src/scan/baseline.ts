import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../core/config-error';
import type { FileReport } from './scan';

/** Where `securecomm baseline create PATH` writes, below PATH. */
export const BASELINE_FILE = path.join('.securecomm', 'baseline.json');

export interface BaselineEntry {
  ruleId: string;
  /** Relative to the folder that holds `.securecomm/`, with `/` separators. */
  path: string;
  /** The finding's fingerprint: its rule and normalised code, not its line (survives edits above it). */
  fingerprint: string;
}

export interface Baseline {
  tool: 'securecomm';
  version: 1;
  createdWith: string;
  findings: BaselineEntry[];
}

/**
 * Accepted findings of a repository, so CI and reviews see only new ones. An entry is a
 * finding's rule, file and fingerprint (its normalised code and occurrence), so it survives
 * lines added or removed above it, and goes when the code itself changes.
 */
export function createBaseline(reports: readonly FileReport[], root: string, toolVersion: string): Baseline {
  const findings = reports.flatMap((r) => r.findings.filter((f) => !f.suppression)
    .map((f) => ({ ruleId: f.ruleId, path: relativePath(root, r.file), fingerprint: f.fingerprint })))
    .sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { tool: 'securecomm', version: 1, createdWith: toolVersion, findings };
}

/** The root a baseline file's paths are relative to: the folder holding `.securecomm/`. */
export function baselineRoot(file: string): string {
  const dir = path.dirname(path.resolve(file));
  return path.basename(dir) === '.securecomm' ? path.dirname(dir) : dir;
}

/** Reads a baseline; a file that is not one is a configuration error that says why. */
export function readBaseline(file: string): { root: string; keys: Set<string> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(file, 0, `not a readable baseline: ${(e as Error).message}`);
  }
  const baseline = parsed as Partial<Baseline>;
  if (baseline.tool !== 'securecomm' || baseline.version !== 1 || !Array.isArray(baseline.findings)) {
    throw new ConfigError(file, 0, "not a securecomm baseline (expected { tool: 'securecomm', version: 1, findings: [...] }); create one with 'securecomm baseline create'");
  }
  return { root: baselineRoot(file), keys: new Set(baseline.findings.map((f) => keyOf(f.ruleId, f.path, f.fingerprint))) };
}

/** The reports without the findings the baseline accepts, and how many those were. */
export function withoutBaselined(reports: readonly FileReport[], baseline: { root: string; keys: Set<string> }): { reports: FileReport[]; baselined: number } {
  let baselined = 0;
  const kept = reports.map((r) => {
    const rel = relativePath(baseline.root, r.file);
    const findings = r.findings.filter((f) => {
      const known = baseline.keys.has(keyOf(f.ruleId, rel, f.fingerprint));
      if (known) baselined++;
      return !known;
    });
    return { ...r, findings };
  });
  return { reports: kept, baselined };
}

/** Whether a finding in `file` is one the baseline accepts. */
export function isBaselined(baseline: { root: string; keys: Set<string> }, file: string, finding: { ruleId: string; fingerprint: string }): boolean {
  return baseline.keys.has(keyOf(finding.ruleId, relativePath(baseline.root, file), finding.fingerprint));
}

function keyOf(ruleId: string, file: string, fingerprint: string): string {
  return `${ruleId}\u0000${file}\u0000${fingerprint}`;
}

function relativePath(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}
