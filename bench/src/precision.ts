/**
 * Precision and recall on real public apps (issue 6). Not a test: it asserts nothing, it
 * reports. Scans every app of bench/precision/apps.json with the command line in default
 * mode (JSON), joins the findings with hand-made labels (bench/precision/labels.json) and
 * known vulnerable sites (bench/precision/sites.json), and prints per rule × language:
 * findings, true and false positives, unlabeled findings, precision, sites, found, recall —
 * ordinary and intentionally vulnerable apps separately.
 *
 *   npm run bench:precision -- [--corpus DIR] [--cli PATH] [--only REPO,...]
 *                              [--save FILE] [--compare FILE] [--stubs FILE] [--verbose]
 *                              [--apps FILE --labels FILE --sites FILE]
 *                              [--rules PREFIX,...] [--dump FILE] [--from FILE]
 *
 * The defaults are the development corpus (apps.json, labels.json, sites.json). The held-out
 * test corpus, which nobody tunes rules on, is measured with
 *
 *   npm run bench:precision -- --corpus /work/corpus-holdout --apps bench/precision/holdout-apps.json \
 *     --labels bench/precision/holdout-labels.json --sites bench/precision/holdout-sites.json
 *
 * A finding's key is `repo|path|rule|code|occurrence`, where code is the text of the
 * finding's first line (trimmed, whitespace collapsed) and occurrence counts findings with
 * the same repo, path, rule and code in file order. No line numbers: a finding that another
 * build still reports on the same code keeps its label even when lines move.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(REPO_ROOT, 'bench', 'precision');

type Kind = 'ordinary' | 'vulnerable';
type Verdict = 'tp' | 'fp';

interface App { repo: string; commit: string; kind: Kind; languages: string[]; what: string }
interface Label {
  key: string; repo: string; path: string; line?: number; rule: string; language: string; verdict: Verdict; why: string;
  /** Why-classes for counting, e.g. opt-in (user-selected insecure mode), browser-link, sample, test-code. */
  tags?: string[];
}
interface Site {
  repo: string; path: string; rule: string; language?: string;
  /** Text on the line a finding should start on (substring of the normalized line). */
  code: string;
  /** Other acceptable anchors in the same file (e.g. the sink when the value is split). */
  alt?: string[];
  occurrence?: number;
  /** How the weakness is written; `direct` = value and sink in one expression. */
  shape: string;
  line?: number;
  why: string;
  tags?: string[];
}
interface CliFinding { path: string; ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; suppressed?: unknown }
interface Finding { repo: string; kind: Kind; path: string; rule: string; language: string; severity: string; line: number; code: string; span: string; key: string; label?: Label }
interface Cell { findings: number; tp: number; fp: number; unlabeled: number; sites: number; found: number }
interface Saved { cli: string; when: string; tables: Record<Kind, Record<string, Cell>> }

function usage(msg?: string): never {
  if (msg) console.error(`precision: ${msg}\n`);
  console.error([
    'Usage: npm run bench:precision -- [options]',
    '  --corpus DIR     folder holding one checkout per app, named owner+name',
    '                   (default: $PRECISION_CORPUS, else /work/corpus)',
    '  --cli PATH       the securecomm CLI to measure (default: server/out/cli.js of this checkout)',
    '  --only R,R...    only these apps (owner/name)',
    '  --save FILE      write the per rule × language cells as JSON (for --compare)',
    '  --compare FILE   print a saved run\'s precision and recall beside this run\'s',
    '  --stubs FILE     write label stubs for unlabeled findings (verdict "?") to FILE',
    '  --verbose        also list labels and sites no finding matched',
    '  --apps FILE      the app list (default: bench/precision/apps.json, the development corpus;',
    '                   bench/precision/holdout-apps.json is the held-out test corpus)',
    '  --labels FILE    the verdicts for findings (default: bench/precision/labels.json)',
    '  --sites FILE     the known vulnerable sites (default: bench/precision/sites.json)',
    '  --rules P,P...   keep only findings and sites of rules whose id starts with one of these',
    '                   (e.g. auth- for the authentication rules, issue 7)',
    '  --cli-rules ID,ID  run only these rules in the scans (faster; pass whole rule ids)',
    '  --dump FILE      write the keyed findings of this run to FILE (to label, or to --from later)',
    '  --from FILE      read the findings from a --dump file instead of scanning (same apps)',
  ].join('\n'));
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const o = {
    corpus: process.env.PRECISION_CORPUS || '/work/corpus',
    cli: path.join(REPO_ROOT, 'server', 'out', 'cli.js'),
    only: undefined as string[] | undefined,
    save: undefined as string | undefined,
    compare: undefined as string | undefined,
    stubs: undefined as string | undefined,
    rules: undefined as string[] | undefined,
    cliRules: undefined as string | undefined,
    dump: undefined as string | undefined,
    from: undefined as string | undefined,
    verbose: false,
    apps: path.join(DATA, 'apps.json'),
    labels: path.join(DATA, 'labels.json'),
    sites: path.join(DATA, 'sites.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => { const v = argv[++i]; if (v === undefined) usage(`${a} needs a value`); return v; };
    if (a === '--corpus') o.corpus = val();
    else if (a === '--cli') o.cli = val();
    else if (a === '--only') o.only = val().split(',');
    else if (a === '--save') o.save = val();
    else if (a === '--compare') o.compare = val();
    else if (a === '--stubs') o.stubs = val();
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--rules') o.rules = val().split(',');
    else if (a === '--cli-rules') o.cliRules = val();
    else if (a === '--dump') o.dump = val();
    else if (a === '--from') o.from = val();
    else if (a === '--apps') o.apps = val();
    else if (a === '--labels') o.labels = val();
    else if (a === '--sites') o.sites = val();
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  o.corpus = path.resolve(o.corpus);
  o.cli = path.resolve(o.cli);
  o.apps = path.resolve(o.apps);
  o.labels = path.resolve(o.labels);
  o.sites = path.resolve(o.sites);
  for (const f of [o.apps, o.labels, o.sites]) if (!fs.existsSync(f)) usage(`no such file: ${f}`);
  return o;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

export function languageOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.java') return 'Java';
  if (ext === '.kt' || ext === '.kts') return 'Kotlin';
  if (ext === '.swift') return 'Swift';
  if (['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'].includes(ext)) return 'TS/JS';
  if (ext === '.xml') return 'XML';
  if (ext === '.plist') return 'plist';
  return ext || 'other';
}

export const normalize = (s: string): string => s.trim().replace(/\s+/g, ' ').slice(0, 240);

export const folderOf = (repo: string): string => repo.replace('/', '+');

function scanApp(cli: string, dir: string, cliRules?: string): CliFinding[] {
  const extra = cliRules ? ['--rules', cliRules] : [];
  const r = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json', '--no-progress', ...extra], {
    cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${cli} exited with ${r.status} in ${dir}:\n${r.stderr}`);
  }
  const report = JSON.parse(r.stdout) as { findings: CliFinding[] };
  return report.findings.filter((f) => !f.suppressed);
}

function keyFindings(app: App, dir: string, raw: CliFinding[]): Finding[] {
  const texts = new Map<string, string[]>();
  const lines = (p: string) => {
    let l = texts.get(p);
    if (!l) { l = fs.readFileSync(path.join(dir, p), 'utf8').split(/\r?\n|\r/); texts.set(p, l); }
    return l;
  };
  const sorted = [...raw].sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.line - b.line || a.column - b.column);
  const seen = new Map<string, number>();
  return sorted.map((f) => {
    const l = lines(f.path);
    const code = normalize(l[f.line - 1] ?? '');
    const spanLines = l.slice(f.line - 1, f.endLine);
    if (spanLines.length) {
      spanLines[spanLines.length - 1] = spanLines[spanLines.length - 1]!.slice(0, f.endColumn - 1);
      spanLines[0] = spanLines[0]!.slice(f.column - 1);
    }
    const base = `${app.repo}|${f.path}|${f.ruleId}|${code}`;
    const occ = seen.get(base) ?? 0;
    seen.set(base, occ + 1);
    return {
      repo: app.repo, kind: app.kind, path: f.path, rule: f.ruleId, language: languageOf(f.path), severity: f.severity,
      line: f.line, code, span: normalize(spanLines.join('\n')), key: `${base}|${occ}`,
    };
  });
}

const emptyCell = (): Cell => ({ findings: 0, tp: 0, fp: 0, unlabeled: 0, sites: 0, found: 0 });
const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);

function printTable(title: string, cells: Record<string, Cell>, before?: Record<string, Cell>): void {
  // A row the other build had keeps its place (e.g. every finding of a cell gone).
  for (const r of Object.keys(before ?? {})) cells[r] ??= emptyCell();
  const rows = Object.keys(cells).sort();
  const total = emptyCell();
  for (const r of rows) for (const k of Object.keys(total) as (keyof Cell)[]) total[k] += cells[r]![k];
  const cmp = before ? ' | precision before | recall before' : '';
  console.log(`\n### ${title}\n`);
  console.log(`| rule | language | findings | TP | FP | unlabeled | precision | sites | found | recall${cmp} |`);
  console.log(`|---|---|---|---|---|---|---|---|---|---${before ? '|---|---' : ''}|`);
  const line = (name: string, c: Cell, b?: Cell) => {
    const [rule, lang] = name.split('\t');
    const extra = before ? ` | ${b ? pct(b.tp, b.tp + b.fp) : '–'} | ${b ? pct(b.found, b.sites) : '–'}` : '';
    console.log(`| ${rule} | ${lang ?? ''} | ${c.findings} | ${c.tp} | ${c.fp} | ${c.unlabeled} | ${pct(c.tp, c.tp + c.fp)} | ${c.sites} | ${c.found} | ${pct(c.found, c.sites)}${extra} |`);
  };
  for (const r of rows) line(r, cells[r]!, before?.[r]);
  let beforeTotal: Cell | undefined;
  if (before) {
    beforeTotal = emptyCell();
    for (const c of Object.values(before)) for (const k of Object.keys(beforeTotal) as (keyof Cell)[]) beforeTotal[k] += c[k];
  }
  line('**all**\t', total, beforeTotal);
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  let apps = readJson<App[]>(opts.apps);
  const appsName = path.relative(REPO_ROOT, opts.apps) || opts.apps;
  if (opts.only) {
    const unknown = opts.only.filter((r) => !apps.some((a) => a.repo === r));
    if (unknown.length) usage(`not in ${appsName}: ${unknown.join(', ')}`);
    apps = apps.filter((a) => opts.only!.includes(a.repo));
  }
  if (!fs.existsSync(opts.cli)) usage(`no CLI at ${opts.cli}: run \`npm run build\` (or pass --cli PATH)`);

  const missing = apps.filter((a) => !fs.existsSync(path.join(opts.corpus, folderOf(a.repo))));
  if (missing.length) {
    console.error(`precision: the corpus is incomplete: ${missing.length} of ${apps.length} app folder(s) missing under ${opts.corpus}:`);
    for (const a of missing) console.error(`  ${folderOf(a.repo)}   (github.com/${a.repo} at ${a.commit})`);
    const appsArg = opts.apps === path.join(DATA, 'apps.json') ? '' : ` --apps ${appsName}`;
    console.error('\nFetch them at the pinned commits with\n  bench/precision/fetch-corpus.sh ' + opts.corpus + appsArg +
      '\n(see bench/precision/README.md), or point --corpus / $PRECISION_CORPUS at an existing corpus.');
    process.exit(2);
  }
  for (const a of apps) {
    const marker = path.join(opts.corpus, folderOf(a.repo), '.corpus-commit');
    const commit = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : undefined;
    if (commit && commit !== a.commit) console.error(`warning: ${a.repo} is checked out at ${commit}, ${appsName} pins ${a.commit}; labels may not match`);
    if (!commit) console.error(`warning: ${a.repo}: no .corpus-commit marker; cannot confirm the pinned commit`);
  }

  const ruleKept = (rule: string) => !opts.rules || opts.rules.some((p) => rule.startsWith(p));
  const labels = readJson<Label[]>(opts.labels);
  const sites = readJson<Site[]>(opts.sites).filter((s) => ruleKept(s.rule));
  const sitesName = path.relative(REPO_ROOT, opts.sites) || opts.sites;
  const labelsName = path.relative(REPO_ROOT, opts.labels) || opts.labels;
  const known = new Set(apps.map((a) => a.repo));
  const foreign = [...new Set([...labels, ...sites].map((x) => x.repo))].filter((r) => !known.has(r) && !opts.only);
  if (foreign.length) console.error(`warning: ${labelsName} / ${sitesName} name repositories that are not in ${appsName}: ${foreign.join(', ')} (wrong --apps?)`);
  const byKey = new Map<string, Label>();
  for (const l of labels) {
    if (byKey.has(l.key)) console.error(`warning: duplicate label key ${l.key}`);
    byKey.set(l.key, l);
  }

  const findings: Finding[] = [];
  const t0 = Date.now();
  if (opts.from) {
    const wanted = new Set(apps.map((a) => a.repo));
    findings.push(...readJson<Finding[]>(opts.from).filter((f) => wanted.has(f.repo) && ruleKept(f.rule)));
  } else {
    for (const a of apps) {
      const dir = path.join(opts.corpus, folderOf(a.repo));
      const t = Date.now();
      const fs_ = keyFindings(a, dir, scanApp(opts.cli, dir, opts.cliRules)).filter((f) => ruleKept(f.rule));
      findings.push(...fs_);
      process.stderr.write(`scanned ${a.repo}: ${fs_.length} finding(s), ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    }
    process.stderr.write(`all scans: ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  for (const f of findings) f.label = byKey.get(f.key);
  if (opts.dump) {
    fs.writeFileSync(opts.dump, JSON.stringify(findings.map(({ label: _l, ...f }) => f), null, 1) + '\n');
    process.stderr.write(`wrote ${findings.length} finding(s) to ${opts.dump}\n`);
  }

  const scanned = new Set(apps.map((a) => a.repo));
  const kindOf = new Map(apps.map((a) => [a.repo, a.kind]));
  const tables: Record<Kind, Record<string, Cell>> = { ordinary: {}, vulnerable: {} };
  const cell = (kind: Kind, rule: string, lang: string) => (tables[kind][`${rule}\t${lang}`] ??= emptyCell());
  for (const f of findings) {
    const c = cell(f.kind, f.rule, f.language);
    c.findings++;
    if (!f.label) c.unlabeled++;
    else if (f.label.verdict === 'tp') c.tp++;
    else c.fp++;
  }

  // Recall: a site is found when a finding of its rule in its file starts on a line whose
  // code (or the finding's own text) contains the site's anchor or one of its alternatives.
  const missed: Site[] = [];
  const groups = new Map<string, Site[]>();
  for (const s of sites) {
    if (!scanned.has(s.repo)) continue;
    const g = `${s.repo}|${s.path}|${s.rule}|${s.code}`;
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  for (const group of groups.values()) {
    const s0 = group[0]!;
    const anchors = [s0.code, ...(s0.alt ?? [])];
    const hits = findings.filter((f) => f.repo === s0.repo && f.path === s0.path && f.rule === s0.rule &&
      anchors.some((a) => f.code.includes(a) || f.span.includes(a))).length;
    group.sort((x, y) => (x.occurrence ?? 0) - (y.occurrence ?? 0));
    group.forEach((s, i) => {
      const c = cell(kindOf.get(s.repo)!, s.rule, s.language ?? languageOf(s.path));
      c.sites++;
      if (i < hits) c.found++;
      else missed.push(s);
    });
  }

  const before = opts.compare ? readJson<Saved>(opts.compare) : undefined;
  if (before && opts.only) console.error('note: --compare with --only: the saved run may cover more apps than this one');
  console.log(`# Precision and recall: ${apps.length} apps (${appsName}), ${findings.length} findings (CLI ${path.relative(process.cwd(), opts.cli) || opts.cli})`);
  printTable('Ordinary apps and libraries (default mode)', tables.ordinary, before?.tables.ordinary);
  printTable('Intentionally vulnerable apps (default mode)', tables.vulnerable, before?.tables.vulnerable);

  for (const kind of ['ordinary', 'vulnerable'] as const) {
    const tagged = new Map<string, { tp: number; fp: number }>();
    for (const f of findings) {
      if (f.kind !== kind || !f.label) continue;
      for (const t of f.label.tags?.length ? f.label.tags : ['(none)']) {
        const c = tagged.get(t) ?? { tp: 0, fp: 0 };
        c[f.label.verdict]++;
        tagged.set(t, c);
      }
    }
    if (!tagged.size) continue;
    console.log(`\n### Labels by tag, ${kind} apps\n`);
    console.log('| tag | TP | FP |');
    console.log('|---|---|---|');
    for (const [t, c] of [...tagged].sort((a, b) => b[1].tp + b[1].fp - a[1].tp - a[1].fp)) console.log(`| ${t} | ${c.tp} | ${c.fp} |`);
  }

  console.log('\n### Per app\n');
  console.log('| app | kind | findings | TP | FP | unlabeled | sites | found |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const a of apps) {
    const mine = findings.filter((f) => f.repo === a.repo);
    const s = sites.filter((x) => x.repo === a.repo);
    const m = missed.filter((x) => x.repo === a.repo).length;
    console.log(`| ${a.repo} | ${a.kind} | ${mine.length} | ${mine.filter((f) => f.label?.verdict === 'tp').length} | ${mine.filter((f) => f.label?.verdict === 'fp').length} | ${mine.filter((f) => !f.label).length} | ${s.length} | ${s.length - m} |`);
  }

  if (missed.length) {
    console.log(`\n### Missed vulnerable sites (${missed.length}), by shape\n`);
    const shapes = new Map<string, Site[]>();
    for (const s of missed) shapes.set(s.shape, [...(shapes.get(s.shape) ?? []), s]);
    for (const [shape, list] of [...shapes].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`- **${shape}** (${list.length})`);
      for (const s of list) console.log(`  - ${s.repo} ${s.path}${s.line ? `:${s.line}` : ''} ${s.rule}: \`${s.code}\``);
    }
  }

  const unlabeled = findings.filter((f) => !f.label);
  console.log(`\n### Unlabeled findings (${unlabeled.length})\n`);
  for (const f of unlabeled) console.log(`- [${f.kind}] ${f.repo} ${f.path}:${f.line} ${f.rule} (${f.severity})\n  key: ${f.key}`);
  if (!unlabeled.length) console.log('none: every finding has a label.');

  if (opts.verbose) {
    const matched = new Set(findings.map((f) => f.key));
    const stale = labels.filter((l) => scanned.has(l.repo) && ruleKept(l.rule) && !matched.has(l.key));
    console.log(`\n### Labels no finding matched (${stale.length}): findings this build no longer reports\n`);
    for (const l of stale) console.log(`- ${l.verdict.toUpperCase()} ${l.repo} ${l.path}:${l.line ?? '?'} ${l.rule}: ${l.why}`);
  }
  const tpWithoutSite = findings.filter((f) => f.label?.verdict === 'tp' && !sites.some((s) =>
    s.repo === f.repo && s.path === f.path && s.rule === f.rule && [s.code, ...(s.alt ?? [])].some((a) => f.code.includes(a) || f.span.includes(a))));
  if (tpWithoutSite.length) {
    console.log(`\n### True positives with no entry in ${sitesName} (${tpWithoutSite.length}): add them, or recall is overstated\n`);
    for (const f of tpWithoutSite) console.log(`- ${f.repo} ${f.path}:${f.line} ${f.rule}: \`${f.code}\``);
  }

  if (opts.stubs) {
    const stubs = unlabeled.map((f) => ({ key: f.key, repo: f.repo, path: f.path, line: f.line, rule: f.rule, language: f.language, verdict: '?', why: '', span: f.span }));
    fs.writeFileSync(opts.stubs, JSON.stringify(stubs, null, 2) + '\n');
    console.error(`wrote ${stubs.length} label stub(s) to ${opts.stubs}`);
  }
  if (opts.save) {
    const saved: Saved = { cli: opts.cli, when: new Date().toISOString(), tables };
    fs.writeFileSync(opts.save, JSON.stringify(saved, null, 2) + '\n');
    console.error(`saved the cells to ${opts.save}`);
  }
}

main();
