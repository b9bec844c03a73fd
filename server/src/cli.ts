#!/usr/bin/env node
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { INTERPRETER_ONLY } from './core/compiled-rules';
import { ConfigError } from './core/config-error';
import { includedKinds, NON_SHIPPING_KINDS } from './core/file-kind';
import { effectiveRules, EMPTY_PROJECT_CONFIG, parseProjectConfig, PROJECT_CONFIG_FILE, type ProjectConfig } from './core/project-config';
import type { Locale, Severity } from './core/types';
import { createAnalyzer } from './node/create-analyzer';
import { scanWorkload, useWasmFlags } from './node/wasm-tiering';
import { formatJson } from './report/json';
import { formatSarif } from './report/sarif';
import { countLeftOut, failingFindings } from './report/summary';
import { formatText } from './report/text';
import { TEXT_SENTENCES } from './report/text-sentences';
import { scanFiles, type ScanProgress } from './scan/scan';
import { FileProjectModel } from './node/project-files';
import { toolVersion } from './node/version';
import { Inventory } from './core/inventory';
import { formatHtml } from './report/html';
import { auditSuppressions } from './scan/suppression-audit';
import { relative } from './report/text';
import { formatMarkdown } from './report/markdown';
import { BASELINE_FILE, createBaseline, readBaseline, withoutBaselined } from './scan/baseline';
import { walk } from './scan/walk';
import { diffScope, onlyOnChangedLines, type DiffScope } from './scan/diff-scope';
import { GitError } from './node/git/run-git';

/** Exit codes: CI scripts depend on them. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

const USAGE = `Usage: securecomm scan PATH... [options]
       securecomm baseline create [FOLDER]
                                     record today's findings in FOLDER/.securecomm/baseline.json
       securecomm suppressions [PATH...]
                                     list every securecomm-ignore with its reason; flag unused
                                     ones and ones without a reason (exit 1 when there are any)
       securecomm lsp --stdio        start the language server (for any LSP editor)

Finds insecure TLS, cleartext transport and insecure authentication in Kotlin, Swift,
Java and TypeScript/JavaScript code.

Options:
  --format text|json|sarif|markdown|html
                             output format (default: text); markdown and html are
                             reports to read: a summary, then each finding with its code
  --output FILE              write the report to FILE instead of standard output
  --fail-on error|warning|note
                             exit with 1 when a finding at or above this severity
                             is not suppressed (default: warning)
  --rules ID,ID...           run only these rules
  --locale en|ja             language of the text output: findings, skip reasons,
                             notes, summary and configuration errors (default: en)
  --include KIND,...         also scan code that does not ship, left out of folder scans
                             by default: ${NON_SHIPPING_KINDS.join(', ')}, or all
                             (a file named on the command line is always scanned)
  --include-tests            the same as --include tests
  --config FILE              project configuration (default: ./.securecomm.yml if present)
  --baseline FILE            report only findings that are not in this baseline
  --diff-base REF            review mode: report only findings on lines changed since
                             the merge-base of HEAD and REF (committed, staged and
                             unstaged changes; untracked files count as changed);
                             files without a change are not analysed. Runs git with
                             the repository's hooks, fsmonitor and diff programs off
  --no-progress              no progress line on standard error
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or configuration error.`;

class UsageError extends Error {}

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
const SEVERITIES: Severity[] = ['error', 'warning', 'note'];

export async function main(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof GitError) {
      // A configuration file's every mistake, one line each, in file order, in the --locale language.
      const locale = requestedLocale(argv);
      for (const error of e instanceof ConfigError ? e.all : [e]) io.err.write(`securecomm: ${error instanceof ConfigError ? error.messageIn(locale) : error.message}\n`);
      if (e instanceof UsageError) io.err.write(`Run 'securecomm --help' for usage.\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

async function run(argv: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WriteStream | NodeJS.WritableStream }): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.version) { io.out.write(`${toolVersion()}\n`); return EXIT.clean; }
  const [command, ...paths] = positionals;
  if (command === 'lsp') return startLanguageServer(argv);
  if (values.help || command === undefined) { io.out.write(`${USAGE}\n`); return command === undefined && !values.help ? EXIT.usage : EXIT.clean; }
  if (command === 'baseline') return createBaselineCommand(values, paths, io);
  if (command === 'suppressions') return suppressionsCommand(values, paths.length ? paths : ['.'], io);
  if (command !== 'scan') throw new UsageError(`unknown command '${command}': the commands are 'scan', 'baseline create', 'suppressions' and 'lsp'`);
  if (paths.length === 0) throw new UsageError(`'scan' needs at least one file or folder to scan, e.g. 'securecomm scan .'`);

  const format = oneOf(values.format ?? 'text', FORMATS, '--format');
  const failOn = oneOf(values['fail-on'] ?? 'warning', SEVERITIES, '--fail-on');
  const locale = oneOf(values.locale ?? 'en', ['en', 'ja'] as Locale[], '--locale');
  const baseline = values.baseline === undefined ? undefined : readBaseline(values.baseline); // a bad file fails first
  const inventory = format === 'markdown' || format === 'html' ? new Inventory() : undefined;
  const { reports: scanned, rules, leftOut, review } = await scanPaths(values, paths, io, inventory, values['diff-base']);
  let reports = scanned;
  let reviewSentence = '';
  if (review) {
    const result = onlyOnChangedLines(scanned, review.scope);
    reports = result.reports;
    reviewSentence = `${TEXT_SENTENCES[locale].review(review.scope.description, result.outside, review.unchangedFiles)}\n`;
  }
  if (baseline) {
    const result = withoutBaselined(scanned, baseline);
    reports = result.reports;
    if (result.baselined) io.err.write(`${TEXT_SENTENCES[locale].baselined(result.baselined)}\n`);
  }

  const baseDir = process.cwd();
  const counts = countLeftOut(leftOut);
  const report = format === 'sarif' ? formatSarif(reports, rules, baseDir, toolVersion(), counts)
    : format === 'json' ? formatJson(reports, baseDir, toolVersion(), counts)
      : format === 'markdown' ? formatMarkdown(reports, rules, baseDir, locale, inventory)
        : format === 'html' ? formatHtml(reports, rules, baseDir, locale, inventory)
          : formatText(reports, baseDir, locale, counts) + reviewSentence;
  if (values.output) fs.writeFileSync(values.output, report);
  else io.out.write(report);
  if (reviewSentence && format !== 'text') io.err.write(reviewSentence);
  return failingFindings(reports, failOn).length > 0 ? EXIT.findings : EXIT.clean;
}

/** What `scan` and `baseline create` share: the project configuration, the walk and the analysis. */
async function scanPaths(values: ReturnType<typeof parse>['values'], paths: string[], io: Parameters<typeof run>[1], inventory?: Inventory, diffBase?: string) {
  const rulesDir = values['rules-dir'];
  if (rulesDir !== undefined && !fs.statSync(rulesDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--rules-dir: no such folder: ${rulesDir}`);
  }
  const analyzer = createAnalyzer({ rulesDir });
  const allIds = analyzer.rules.map((r) => r.id);
  const { config, configDir } = readProjectConfig(values.config, allIds);
  const effective = effectiveRules(allIds, config.rules);
  const ruleIds = selectRules(values.rules, allIds) ?? effective.ruleIds;

  const include = includeOption(values.include ?? [], values['include-tests'] === true, config.include);
  const { files, leftOut, missing } = walk(paths, {
    include,
    exclude: config.exclude,
    excludeBase: configDir,
  });
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  if (diffBase === '') throw new UsageError(`--diff-base needs a branch or commit, e.g. '--diff-base origin/main'`);
  // A file without a changed line cannot have a finding on one: only changed files are analysed.
  const scope: DiffScope | undefined = diffBase === undefined ? undefined : await diffScope(diffBase, paths, files);
  const analysed = scope ? files.filter((f) => scope.changed.has(f)) : files;
  const workload = scanWorkload(analysed);
  useWasmFlags(workload); // before any WebAssembly is compiled
  // A small scan never waits for tree-sitter's query compilation: every rule is interpreted.
  if (workload === 'small-scan') analyzer.setTieringPolicy(INTERPRETER_ONLY);
  const showProgress = !values['no-progress'] && 'isTTY' in io.err && io.err.isTTY === true;
  const scanOptions = { ruleIds, severities: effective.severities, includeGenerated: include.has('generated') };
  const reports = await scanFiles(analyzer, analysed, scanOptions, showProgress ? progressLine(io.err) : undefined, new FileProjectModel(), inventory);
  analyzer.dispose();
  const review = scope && { scope, unchangedFiles: files.length - analysed.length };
  return { reports, rules: analyzer.rules.filter((r) => ruleIds.has(r.id)), leftOut, review };
}

/** `securecomm baseline create [FOLDER]`: a scan of FOLDER whose findings become its baseline. */
async function createBaselineCommand(values: ReturnType<typeof parse>['values'], args: string[], io: Parameters<typeof run>[1]): Promise<number> {
  const [sub, folder = '.', ...rest] = args;
  if (sub !== 'create' || rest.length) throw new UsageError('usage: securecomm baseline create [FOLDER]');
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`baseline create: no such folder: ${folder}`);
  const { reports } = await scanPaths(values, [folder], io);
  const file = path.join(folder, BASELINE_FILE);
  const baseline = createBaseline(reports, folder, toolVersion());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
  io.out.write(`baseline: ${baseline.findings.length} findings recorded in ${path.relative(process.cwd(), file) || file}\n`);
  return EXIT.clean;
}

/** `--locale ja` when the arguments ask for it and can be read, else English (for errors found before `run` checks them). */
function requestedLocale(argv: string[]): Locale {
  try {
    return parse(argv).values.locale === 'ja' ? 'ja' : 'en';
  } catch {
    return 'en';
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        stdio: { type: 'boolean' },
        'node-ipc': { type: 'boolean' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        rules: { type: 'string' },
        locale: { type: 'string' },
        'no-progress': { type: 'boolean' },
        include: { type: 'string', multiple: true },
        'include-tests': { type: 'boolean' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        'diff-base': { type: 'string' },
        // Hidden (not in --help): a folder of rule folders instead of the installed
        // server/rules. For benchmarks (bench/src/cold-start.ts: 3× the catalogue) and for
        // trying a rule before it ships.
        'rules-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * `securecomm lsp --stdio`: the language server on standard input/output. It runs until the
 * client disconnects, so this never resolves; the exit code is the server's.
 */
function startLanguageServer(argv: string[]): Promise<number> {
  if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket='))) {
    throw new UsageError(`'lsp' needs a transport: 'securecomm lsp --stdio'`);
  }
  // Loaded here so that 'scan' never pays for the LSP library.
  (require('./lsp/main') as typeof import('./lsp/main')).startServer();
  return new Promise<number>(() => undefined);
}

/** `--config FILE`, else `./.securecomm.yml` when it exists, else the defaults. */
function readProjectConfig(file: string | undefined, ruleIds: string[]): { config: ProjectConfig; configDir: string } {
  const chosen = file ?? PROJECT_CONFIG_FILE;
  if (!fs.existsSync(chosen)) {
    if (file) throw new UsageError(`no such configuration file: ${file}`);
    return { config: EMPTY_PROJECT_CONFIG, configDir: process.cwd() };
  }
  return { config: parseProjectConfig(chosen, fs.readFileSync(chosen, 'utf8'), ruleIds), configDir: path.dirname(path.resolve(chosen)) };
}

/** `--include a,b` (repeatable), `--include-tests` and the config's `include` add up. */
function includeOption(flags: string[], tests: boolean, fromConfig: readonly string[]) {
  try {
    return includedKinds([...flags.flatMap((f) => f.split(',')), ...(tests ? ['test'] : []), ...fromConfig]);
  } catch (e) {
    throw new UsageError(`--include: ${(e as Error).message}`);
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}

function selectRules(list: string | undefined, known: string[]): Set<string> | undefined {
  if (list === undefined) return undefined;
  const ids = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length || ids.length === 0) {
    throw new UsageError(`unknown rule id${unknown.length === 1 ? '' : 's'} '${unknown.join(', ')}' in --rules; known rules: ${known.join(', ')}`);
  }
  return new Set(ids);
}

/** One self-overwriting line on a terminal, at most ten updates a second. */
function progressLine(err: NodeJS.WritableStream): (p: ScanProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.done === p.total) { err.write('\r\x1b[K'); return; }
    if (now - last < 100) return;
    last = now;
    const pct = Math.floor((100 * p.done) / Math.max(1, p.total));
    err.write(`\r\x1b[K[${p.done}/${p.total} ${pct}%] ${path.relative(process.cwd(), p.file).slice(-80)}`);
  };
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`securecomm: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = EXIT.usage;
  });
}

/** `securecomm suppressions [PATH...]`: the suppression audit. */
async function suppressionsCommand(values: ReturnType<typeof parse>['values'], paths: string[], io: Parameters<typeof run>[1]): Promise<number> {
  const analyzer = createAnalyzer({ rulesDir: values['rules-dir'] });
  const { config, configDir } = readProjectConfig(values.config, analyzer.rules.map((r) => r.id));
  const { files, missing } = walk(paths, {
    include: includeOption(values.include ?? [], values['include-tests'] === true, config.include),
    exclude: config.exclude,
    excludeBase: configDir,
  });
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const audited = await auditSuppressions(analyzer, files);
  analyzer.dispose();
  const baseDir = process.cwd();
  for (const s of audited) {
    const flags = [s.unused ? 'unused' : '', s.reason === '' ? 'no reason' : ''].filter(Boolean);
    io.out.write(`${relative(baseDir, s.file)}:${s.line}  ${s.ruleId}${s.wholeFile ? ' (whole file)' : ''}  ${s.reason || '-'}${flags.length ? `  [${flags.join(', ')}]` : ''}\n`);
  }
  const unused = audited.filter((s) => s.unused).length;
  const reasonless = audited.filter((s) => s.reason === '').length;
  io.out.write(`${audited.length} suppressions; ${unused} unused; ${reasonless} without a reason\n`);
  return unused + reasonless > 0 ? EXIT.findings : EXIT.clean;
}
