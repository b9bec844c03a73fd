import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Note } from '../core/notes';
import { Inventory } from '../core/inventory';
import type { Rule } from '../core/rule';
import type { Finding, Locale } from '../core/types';
import { toolVersion } from '../node/version';
import { formatHtml } from '../report/html';
import { formatMarkdown } from '../report/markdown';
import { formatSarif } from '../report/sarif';
import { countLeftOut } from '../report/summary';
import { readSource } from '../scan/read-source';
import type { FileReport } from '../scan/scan';
import { walk, type LeftOutFile } from '../scan/walk';
import { EXPORT_FINDINGS_REQUEST } from './protocol-names';
import type { DocumentStore } from './documents';
import type { AnalysisScheduler } from './scheduler';
import type { WorkspaceConfig } from './workspace-config';
import type { WorkspaceScan } from './workspace-scan';

export const EXPORT_FORMATS = ['html', 'markdown', 'sarif'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFindingsResult {
  /** The report, exactly as `securecomm scan --format FORMAT` writes it. */
  content: string;
  /** Files analysed (not skipped). */
  files: number;
  /** Findings that are not suppressed. */
  findings: number;
}

export interface ExportSources {
  scan: WorkspaceScan;
  config: () => WorkspaceConfig;
  rules: readonly Rule[];
  locale: () => Locale;
  documents: DocumentStore;
  scheduler: AnalysisScheduler;
}

/**
 * `securecomm/exportFindings { format }`: the workspace's findings as the CLI's SARIF, Markdown
 * or HTML report. The files are the ones a workspace scan covers (walked again: cheap, and it
 * gives the CLI's left-out counts and skip reasons); each file's findings are its open
 * document's latest analysis, else the workspace scan's kept result, so nothing is analysed
 * twice. With no scan yet, the scan runs first (with its progress). Paths are relative to the
 * workspace folder, as the CLI's are to the folder it runs in; with several folders, to their
 * common parent, as `securecomm scan A B` run there would write them.
 */
export function registerExportFindings(connection: Connection, sources: ExportSources): void {
  connection.onRequest(EXPORT_FINDINGS_REQUEST, async (params: unknown, token: CancellationToken) => {
    const format = exportFormatOf(params);
    const { documents, scan, scheduler } = sources;
    // A scan under way is waited for (a report of half the workspace would look complete).
    if (!scan.active || scan.runningScan) {
      const summary = scan.runningScan ?? await scan.scan(await connection.window.createWorkDoneProgress(), token);
      if ((await summary).cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the workspace scan was cancelled: nothing exported');
    }
    // An edit (or a revert) still waiting for its debounced analysis is analysed now: the report has the text as it is.
    await Promise.all(documents.all().filter((d) => d.analysedVersion !== d.version).map((d) => scheduler.flush(d.uri)));
    return exportFindings(format, sources);
  });
}

export function exportFindings(format: ExportFormat, sources: ExportSources): ExportFindingsResult {
  const config = sources.config();
  const roots = config.scanRoots().sort((a, b) => a.dir.localeCompare(b.dir));
  if (roots.length === 0) throw new ResponseError(ErrorCodes.InvalidRequest, 'no workspace folder on disk is open: there is nothing to export');
  const kept = new Map(sources.scan.entries());
  const inventory = format === 'sarif' ? undefined : new Inventory();
  const reports: FileReport[] = [];
  const leftOut: LeftOutFile[] = [];
  for (const root of roots) {
    const walked = walk([root.dir], { include: new Set(root.include), exclude: root.exclude, excludeBase: root.dir });
    leftOut.push(...walked.leftOut);
    for (const file of walked.files) reports.push(reportOf(file, (uri) => sources.documents.get(uri)?.result?.findings, kept, (uri) => sources.scan.skipReason(uri), inventory));
  }
  // The rules that ran: the union of each folder's enabled rules, in the catalogue's order.
  const enabled = new Set(roots.flatMap((r) => [...config.optionsFor(pathToFileURL(r.dir).href).ruleIds]));
  const rules = sources.rules.filter((r) => enabled.has(r.id));
  const baseDir = commonDirectory(roots.map((r) => r.dir));
  const locale = sources.locale();
  const content = format === 'sarif' ? formatSarif(reports, rules, baseDir, toolVersion(), countLeftOut(leftOut))
    : format === 'markdown' ? formatMarkdown(reports, rules, baseDir, locale, inventory)
      : formatHtml(reports, rules, baseDir, locale, inventory);
  return {
    content,
    files: reports.filter((r) => !r.skipped).length,
    findings: reports.reduce((n, r) => n + r.findings.filter((f) => !f.suppression).length, 0),
  };
}

/** A file as the CLI reports it: read for its skip reason, note and overview, with the editor's findings. */
function reportOf(
  file: string, openFindings: (uri: string) => readonly Finding[] | undefined, kept: ReadonlyMap<string, Finding[]>,
  skipReason: (uri: string) => Note | undefined, inventory: Inventory | undefined,
): FileReport {
  const source = readSource(file);
  if (!source.ok) return { file, findings: [], skipped: source.reason };
  inventory?.add(file, source.text);
  const uri = pathToFileURL(file).href;
  const open = openFindings(uri);
  // Skipped when the scan analysed it (time budget, a failed worker), as the CLI would report it.
  const skipped = open ? undefined : skipReason(uri);
  if (skipped) return { file, findings: [], skipped };
  const report: FileReport = { file, findings: [...(open ?? kept.get(uri) ?? [])] };
  if (source.note) report.notes = [source.note];
  return report;
}

function exportFormatOf(params: unknown): ExportFormat {
  const format = (params as { format?: unknown } | null | undefined)?.format;
  if ((EXPORT_FORMATS as readonly unknown[]).includes(format)) return format as ExportFormat;
  throw new ResponseError(ErrorCodes.InvalidParams, `format must be one of ${EXPORT_FORMATS.join(', ')} (got ${JSON.stringify(format)})`);
}

/** The deepest folder that contains every one of `dirs`. */
export function commonDirectory(dirs: readonly string[]): string {
  let common = dirs[0]!;
  for (const dir of dirs.slice(1)) {
    while (common !== path.dirname(common) && dir !== common && !dir.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) common = path.dirname(common);
  }
  return common;
}
