import type { AnalyzeOptions, Analyzer } from '../core/analyzer';
import { detectLanguage } from '../core/languages';
import { NO_PROJECT, type ProjectModel } from '../core/project/project-model';
import type { Inventory } from '../core/inventory';
import { note, type Note } from '../core/notes';
import type { Finding } from '../core/types';
import { minifiedLongestLine } from './minified';
import { readSource } from './read-source';

export interface FileReport {
  file: string;
  findings: Finding[];
  /** Why the file was not analysed, when it was not. */
  skipped?: Note;
  /** What the user should know about a file that was analysed (its encoding, where a syntax error stopped the checks). */
  notes?: Note[];
}

/** How a scan reads files: analyzer options, and whether generated code (minified bundles) is checked. */
export interface ScanOptions extends AnalyzeOptions {
  /** `--include generated`: minified or bundled JavaScript is analysed too instead of skipped. */
  includeGenerated?: boolean;
}

export interface ScanProgress {
  done: number;
  total: number;
  file: string;
}

/**
 * Analyses files one after another. A failure in one file (a grammar crash, a rule bug)
 * becomes that file's skip reason; the scan always goes on to the next file.
 */
export async function scanFiles(
  analyzer: Analyzer,
  files: readonly string[],
  options: ScanOptions = {},
  onProgress?: (p: ScanProgress) => void,
  project: ProjectModel = NO_PROJECT,
  /** Collects which transport and authentication technologies each file uses (reports). */
  inventory?: Inventory,
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    onProgress?.({ done: i, total: files.length, file });
    reports.push(await scanFile(analyzer, file, options, project, inventory));
  }
  onProgress?.({ done: files.length, total: files.length, file: '' });
  return reports;
}

export async function scanFile(
  analyzer: Analyzer, file: string, scanOptions: ScanOptions, project: ProjectModel = NO_PROJECT, inventory?: Inventory,
): Promise<FileReport> {
  const { includeGenerated, ...options } = scanOptions;
  const detected = detectLanguage(file);
  if (!detected) return { file, findings: [], skipped: note('skip.unsupported-language') };
  const source = readSource(file);
  if (!source.ok) return { file, findings: [], skipped: source.reason };
  // Named like hand-written code, read like a bundle: generated code, left out unless asked for.
  const longestLine = detected.language === 'typescript' && !includeGenerated ? minifiedLongestLine(source.text) : undefined;
  if (longestLine !== undefined) return { file, findings: [], skipped: note('skip.minified', { longestLine }) };
  inventory?.add(file, source.text);
  try {
    const related = detected.config ? project.relatedFor(file) : [];
    const result = await analyzer.analyze(source.text, detected, related.length ? { ...options, related } : options);
    const report: FileReport = { file, findings: result.findings };
    if (result.skipped) report.skipped = result.skipped;
    const notes = [source.note, result.partial, ...(result.ruleErrors ?? []).map((e) => note('note.rule-failed', { ruleId: e.ruleId, message: e.message }))]
      .filter((n): n is Note => n !== undefined);
    if (notes.length) report.notes = notes;
    return report;
  } catch (e) {
    return { file, findings: [], skipped: note('skip.internal-error', { message: (e as Error).message }) };
  }
}
