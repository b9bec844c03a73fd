import { Parser, type Language, type Node, type Tree } from 'web-tree-sitter';
import { DEFAULT_TIERING, QueryCache, variantOf, type QueryCompileTime, type QueryTier, type TieringPolicy } from './compiled-rules';
import { buildFix, mergeFixes } from './fixes';
import { fingerprintOf } from './fingerprint';
import type { DetectedLanguage } from './languages';
import { rangeOf } from './positions';
import { deleteCursor, firstSyntaxErrorLine } from './syntax';
import { note } from './notes';
import { explainFlow } from './flow-explanation';
import { flowFindingText } from './flow-finding-text';
import { FileContext } from './file-context';
import { OverBudget, reportedBy, type Reported } from './rule-matches';
import type { Rule } from './rule';
import { WordLists } from './word-lists';
import { findSuppressions, suppressionFor, type SuppressionComment } from './suppression';
import type { AnalysisResult, Finding, GrammarId, Localized, RuleLanguage, Severity } from './types';
import './node-answers';
import { RULE_LANGUAGES } from './types';
import { applicableConfigRules, configFindings } from './config-analysis';
import { jsonNodes } from './documents/json-document';
import type { RelatedLocation } from './types';

export interface AnalyzeOptions {
  /** Only these rule ids run; all rules when absent. */
  ruleIds?: ReadonlySet<string>;
  /** Run every rule of the language even when the text has none of its triggers (tests, audits). */
  ignoreTriggers?: boolean;
  /** Wall-clock budget for parse + queries; past it the file is reported as skipped. */
  timeBudgetMs?: number;
  /** Per-rule severity chosen by the user (`.securecomm.yml`, editor settings). */
  severities?: ReadonlyMap<string, Severity>;
  /**
   * Config files: places in other files that explain this file's findings, from the project
   * model (the manifest that names a network security config). Core never reads other files.
   */
  related?: RelatedLocation[];
  /** The day config checks compare dates with (pin-set expiry); today when absent. */
  today?: Date;
}

export interface IncrementalOptions extends AnalyzeOptions {
  /**
   * The previous tree of this document, already `edit()`ed to match `text`: tree-sitter then
   * re-parses only what changed. The caller keeps ownership of it.
   */
  previousTree?: Tree;
}

/** A result with the tree it was computed from; the caller must `delete()` the tree. */
export interface TreeAnalysis {
  result: AnalysisResult;
  tree?: Tree;
}

export const DEFAULT_TIME_BUDGET_MS = 10_000;

/**
 * Where grammars come from: a function that resolves to a loaded tree-sitter `Language`
 * (web-tree-sitter's runtime initialised). On Node it reads `grammars/*.wasm`
 * (`server/src/node/grammar-files.ts`); a web host would fetch them. Called at most once
 * per grammar and analyzer, except after a failure, which the next file retries.
 */
export type LoadGrammar = (id: GrammarId) => Promise<Language>;

/**
 * The engine: text in, findings out. The CLI, the language server, the tests and the
 * benchmarks all call `analyze()`, which is why editor and CI agree on every finding.
 * It never touches the disk: it is given its rules and a way to load grammars
 * (`createAnalyzer()` in `server/src/node/` wires both to this installation's files).
 */
export class Analyzer {
  private readonly parsers = new Map<GrammarId, Parser>();
  private readonly languages = new Map<GrammarId, Promise<Language>>();
  private readonly queries: QueryCache;

  constructor(
    readonly rules: readonly Rule[], private readonly loadGrammar: LoadGrammar, readonly lists: WordLists = new WordLists(),
    /** When rules move from the query interpreter to tree-sitter's compiled queries (compiled-rules.ts). */
    tiering: TieringPolicy = DEFAULT_TIERING,
  ) {
    this.queries = new QueryCache(tiering);
  }

  /**
   * Loads the grammar of a language ahead of time. After this, analyzeKeepingTree() for that
   * language never waits for I/O, so an editor can run it without another message (an edit)
   * slipping in between reading the text and parsing it. Queries are not built here:
   * analyzeKeepingTree() builds only the rules whose triggers the text contains, for the
   * query interpreter (about a millisecond each), so no file waits for tree-sitter's query
   * compilation.
   */
  async prepare(detected: DetectedLanguage): Promise<void> {
    if (detected.grammar && (isRuleLanguage(detected.language) || detected.config)) await this.parserFor(detected.grammar);
  }

  /**
   * Gets the given languages ready ahead of need, calling `pause` before each grammar and rule
   * so an editor can answer requests and analyse documents meanwhile: loads each grammar
   * (compiling its WebAssembly) and builds every rule's query for the interpreter, then
   * compiles with tree-sitter the queries the tiering policy finds due (compileDue).
   */
  async warmUp(languages: readonly DetectedLanguage[], pause: () => Promise<void>): Promise<void> {
    for (const detected of languages) {
      if (!isRuleLanguage(detected.language) || !detected.grammar) continue;
      const language = detected.language;
      await pause(); // loading a grammar compiles its WebAssembly module: not while a document waits
      await this.parserFor(detected.grammar);
      const tsLanguage = await this.language(detected.grammar);
      for (const rule of this.rules.filter((r) => r.languages[language])) {
        await pause();
        this.buildQueries([rule], language, detected.grammar, tsLanguage, 0);
      }
    }
    await this.compileDue(pause);
  }

  /**
   * Compiles with tree-sitter, one at a time and after `pause`, the interpreted queries that
   * have matched enough source for compiling to pay off (TieringPolicy); each runs compiled
   * from then on. A Swift query takes up to ~0.5 s: an editor calls this when idle.
   */
  async compileDue(pause: () => Promise<void>): Promise<void> {
    for (let due = this.queries.due(); due.length; due = this.queries.due()) {
      const { ruleId, grammar } = due[0]!;
      await pause();
      await this.compileNow(ruleId, grammar);
    }
  }

  /** When rules move from the query interpreter to compiled queries from now on. */
  setTieringPolicy(policy: TieringPolicy): void {
    this.queries.setPolicy(policy);
  }

  /** Whether compileDue() has work. */
  hasDueQueries(): boolean {
    return this.queries.due().length > 0;
  }

  /** Compiles a rule's query with tree-sitter now, whatever the policy (benches, tests). */
  async compileNow(ruleId: string, grammar: GrammarId): Promise<void> {
    const rule = this.rules.find((r) => r.id === ruleId);
    const language = grammarLanguage(grammar);
    if (!rule || !language || !rule.languages[language]) return;
    try {
      this.queries.compile(rule, language, grammar, await this.language(grammar), this.lists);
    } catch {
      // reported per file by runRules, which meets the same cached error
    }
  }

  /** The engine running a rule's query for a grammar: undefined until first needed. */
  queryTier(ruleId: string, grammar: GrammarId): QueryTier | undefined {
    const rule = this.rules.find((r) => r.id === ruleId);
    return rule && this.queries.tierOf(rule, grammar);
  }

  /**
   * How long each rule's query took to build in this analyzer, in order, with its tier: the
   * interpreter's parse (about a millisecond) or tree-sitter's compilation, which analyses
   * every pattern against the grammar's parse table (up to ~0.5 s per Swift rule).
   */
  queryCompileTimes(): readonly QueryCompileTime[] {
    return this.queries.compileTimes();
  }

  /** Rules that can report on this text; the trigger prefilter avoids parsing most files. */
  applicableRules(text: string, language: RuleLanguage, options: AnalyzeOptions = {}): Rule[] {
    return this.rules.filter((r) =>
      r.languages[language] !== undefined &&
      (!options.ruleIds || options.ruleIds.has(r.id)) &&
      (options.ignoreTriggers === true || r.triggers.some((t) => text.includes(t)) && (!r.alsoNeeds || r.alsoNeeds.some((t) => text.includes(t)))));
  }

  async analyze(text: string, detected: DetectedLanguage, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
    const { result, tree } = await this.analyzeKeepingTree(text, detected, options);
    tree?.delete();
    return result;
  }

  /** Like analyze(), for editors: re-parses incrementally and hands back the new tree. */
  async analyzeKeepingTree(text: string, detected: DetectedLanguage, options: IncrementalOptions = {}): Promise<TreeAnalysis> {
    const { language, grammar, config } = detected;
    const result: AnalysisResult = { language, findings: [], hasSyntaxErrors: false, millis: { parse: 0, query: 0 } };
    const rules = isRuleLanguage(language) ? this.applicableRules(text, language, options) : [];
    const configRules = config ? applicableConfigRules(this.rules, text, config, options) : [];
    if (rules.length === 0 && configRules.length === 0) return { result };

    // One-off costs (grammar load; a query's tree-sitter compilation when the tiering policy
    // calls for it, ~0.4 s for a Swift rule) are paid before the clock starts, so the budget
    // measures this file, not the first file.
    const parser = grammar && await this.parserFor(grammar);
    if (grammar && rules.length) this.buildQueries(rules, language as RuleLanguage, grammar, await this.language(grammar), text.length);
    const deadline = performance.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
    const overBudget = (): boolean => performance.now() > deadline;
    const t0 = performance.now();
    const tree = parser ? parser.parse(text, options.previousTree ?? null, { progressCallback: overBudget }) : undefined;
    result.millis.parse = performance.now() - t0;
    if (parser && !tree) {
      parser.reset();
      return { result: { ...result, skipped: note('skip.parse-budget', { millis: budgetOf(options) }) } };
    }
    result.hasSyntaxErrors = tree?.rootNode.hasError ?? false;
    // A half-typed file is checked as far as tree-sitter's recovery allows; say where it stopped
    // being sure, so "no findings" is not read as "nothing wrong" (CLI/SARIF note, status item).
    const errorLine = tree && grammar !== 'xml' ? firstSyntaxErrorLine(tree.rootNode) : undefined;
    if (errorLine !== undefined) result.partial = note('partial.syntax-error', { line: errorLine + 1 });
    const t1 = performance.now();
    const ruleErrors: NonNullable<AnalysisResult['ruleErrors']> = [];
    // Found once: the rules use them, and the suppression audit lists them (all, used or not).
    const suppressions = tree && grammar && grammar !== 'xml' ? findSuppressions(grammar, text, tree.rootNode) : [];
    if (suppressions.length) result.suppressions = suppressions;
    const found = tree && grammar && rules.length
      ? await this.runRules(tree, text, rules, { language: language as RuleLanguage, grammar }, suppressions, overBudget, ruleErrors)
      : [];
    if (found === 'timeout') {
      result.millis.query = performance.now() - t1;
      return { result: { ...result, skipped: note('skip.checks-budget', { millis: budgetOf(options) }) }, tree: tree ?? undefined };
    }
    if (config && configRules.length) {
      try {
        const fromConfig = configFindings(config, text, tree?.rootNode, grammar, configRules, options);
        found.push(...fromConfig.findings);
        found.sort((a, b) => a.startIndex - b.startIndex || a.ruleId.localeCompare(b.ruleId));
        if (fromConfig.partial) result.partial = fromConfig.partial;
        if (fromConfig.suppressions) result.suppressions = fromConfig.suppressions;
      } catch (e) {
        ruleErrors.push({ ruleId: configRules.map((r) => r.id).join(', '), message: (e as Error).message });
      }
    }
    result.millis.query = performance.now() - t1;
    if (ruleErrors.length) result.ruleErrors = ruleErrors;
    result.findings = applySeverities(found, options.severities);
    return { result, tree: tree ?? undefined };
  }

  private async runRules(
    tree: Tree, text: string, rules: Rule[], detected: { language: RuleLanguage; grammar: GrammarId },
    suppressions: SuppressionComment[], overBudget: () => boolean, ruleErrors: NonNullable<AnalysisResult['ruleErrors']>,
  ): Promise<Finding[] | 'timeout'> {
    const { language, grammar } = detected;
    const tsLanguage = await this.language(grammar);
    const findings: Finding[] = [];
    const file = new FileContext(grammar, tree.rootNode, text, this.lists, overBudget);
    const occurrences = new Map<string, number>();
    for (const rule of rules) {
      let timedOut = false;
      try {
        const query = this.queries.get(rule, language, grammar, tsLanguage, this.lists);
        const matches = query.matches(tree.rootNode, { progressCallback: () => (timedOut = overBudget()) });
        if (timedOut) return 'timeout';
        // Predicates and flow searches count against the budget too (reportedBy checks it
        // between candidates): one pathological file must not stall a scan or the editor.
        for (const reported of reportedBy(query, matches, file, rule.ignoreIn, overBudget)) {
          const finding = this.toFinding(rule, language, reported, suppressions, occurrences, variantOf(query, reported.patternIndex), file);
          // `(#set! deprecated)` in a pattern marks APIs the platform itself deprecated.
          if (query.setProperties[reported.patternIndex]?.['deprecated'] !== undefined) finding.deprecated = true;
          findings.push(finding);
        }
      } catch (e) {
        if (e instanceof OverBudget) return 'timeout';
        // One broken rule must not cost the findings of all the others.
        ruleErrors.push({ ruleId: rule.id, message: (e as Error).message });
      }
    }
    return findings.sort((a, b) => a.startIndex - b.startIndex || a.ruleId.localeCompare(b.ruleId));
  }

  private toFinding(
    rule: Rule, language: RuleLanguage, reported: Reported,
    suppressions: SuppressionComment[], occurrences: Map<string, number>, variantName: string | undefined, file: FileContext,
  ): Finding {
    // A pattern's `(#set! variant "<name>")` picks other values from rule.yaml (checked at compile time).
    const variant = variantName === undefined ? undefined : rule.variants?.[variantName];
    const { target, captures: nodes } = reported;
    const source = reported.paths ? nodes.get('source') : undefined;
    const code = source ? `${target.text}\u0000${source.text}` : target.text;
    const occurrenceKey = `${rule.id}\u0000${code}`;
    const occurrence = occurrences.get(occurrenceKey) ?? 0;
    occurrences.set(occurrenceKey, occurrence + 1);
    const range = rangeOf(target);
    const fixSpecs = variant?.fixes ?? rule.languages[language]?.fixes ?? [];
    const finding: Finding = {
      ruleId: rule.id,
      severity: variant?.severity ?? rule.severity,
      confidence: variant?.confidence ?? rule.confidence,
      range,
      startIndex: target.startIndex,
      endIndex: target.endIndex,
      message: interpolate(variant?.message ?? rule.message, nodes, shownTexts(file, reported)),
      fingerprint: fingerprintOf(rule.id, code, occurrence),
    };
    if (variant) finding.variant = variantName;
    // A flow's fix edits each source that reaches the sink (every weak entry of one list).
    const fixOf = (captures: Map<string, Node>) => fixSpecs.map((spec) => buildFix(spec, captures.get(spec.capture))).find((f) => f !== undefined);
    const fix = mergeFixes((reported.pathCaptures ?? [nodes]).map(fixOf));
    if (fix) finding.fix = fix;
    const suppression = suppressionFor(rule.id, range.start.line, suppressions);
    if (suppression) finding.suppression = suppression;
    if (reported.paths) Object.assign(finding, explainFlow(reported.paths));
    return finding;
  }

  /** Builds the rules' queries (once), accounting `chars` of source to each for the tiering policy. */
  private buildQueries(rules: Rule[], language: RuleLanguage, grammar: GrammarId, tsLanguage: Language, chars: number): void {
    for (const rule of rules) {
      try {
        this.queries.get(rule, language, grammar, tsLanguage, this.lists, chars);
      } catch {
        // reported per file by runRules, which meets the same cached error
      }
    }
  }

  private language(id: GrammarId): Promise<Language> {
    let pending = this.languages.get(id);
    if (!pending) {
      pending = this.loadGrammar(id);
      this.languages.set(id, pending);
      // A failed load is not kept: the next file retries (the grammar may have been repaired).
      pending.catch(() => this.languages.delete(id));
    }
    return pending;
  }

  private async parserFor(grammar: GrammarId): Promise<Parser> {
    let parser = this.parsers.get(grammar);
    if (!parser) {
      const language = await this.language(grammar);
      parser = new Parser();
      parser.setLanguage(language);
      this.parsers.set(grammar, parser);
    }
    return parser;
  }

  /**
   * How many syntax errors a text has (ERROR and MISSING nodes). Editors use it to refuse a
   * fix that would break the code it repairs.
   */
  async syntaxErrorCount(text: string, grammar: GrammarId | undefined): Promise<number> {
    if (!grammar) return jsonNodes(text).partial ? 1 : 0; // JSON config files have no grammar
    const parser = await this.parserFor(grammar);
    const tree = parser.parse(text);
    if (!tree) return Number.POSITIVE_INFINITY;
    try {
      if (!tree.rootNode.hasError) return 0;
      let count = 0;
      const cursor = tree.walk();
      try {
        for (let more = true; more;) {
          const n = cursor.currentNode;
          if (n.isError || n.isMissing) count++;
          if (n.hasError && cursor.gotoFirstChild()) continue;
          while (!(more = cursor.gotoNextSibling()) && cursor.gotoParent()) { /* climb */ }
        }
      } finally {
        deleteCursor(cursor);
      }
      return count;
    } finally {
      tree.delete();
    }
  }

  /** Frees the WASM memory of the parsers; the analyzer must not be used afterwards. */
  dispose(): void {
    for (const p of this.parsers.values()) p.delete();
    this.parsers.clear();
  }
}

function applySeverities(findings: Finding[], severities: ReadonlyMap<string, Severity> | undefined): Finding[] {
  if (!severities?.size) return findings;
  return findings.map((f) => {
    const chosen = severities.get(f.ruleId);
    return chosen && chosen !== f.severity ? { ...f, severity: chosen } : f;
  });
}

function grammarLanguage(grammar: GrammarId): RuleLanguage | undefined {
  return grammar === 'tsx' ? 'typescript' : grammar === 'xml' ? undefined : grammar;
}

function isRuleLanguage(language: string): language is RuleLanguage {
  return (RULE_LANGUAGES as readonly string[]).includes(language);
}

function budgetOf(options: AnalyzeOptions): number {
  return options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
}


/** What a flow's `{{finding}}` shows: the value reaching the sink (see flow-finding-text.ts). */
function shownTexts(file: FileContext, reported: Reported): Map<string, string> | undefined {
  const path = reported.paths?.[0];
  const text = path && flowFindingText(file.flow, path, reported.target);
  return text === undefined ? undefined : new Map([['finding', text]]);
}

/** `{{name}}` in a message becomes the captured code (or a text chosen for it), shortened to one line. */
function interpolate(message: Localized, nodes: Map<string, Node>, texts?: Map<string, string>): Localized {
  const fill = (s: string): string => s.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => {
    const text = (texts?.get(name) ?? nodes.get(name)?.text)?.replace(/\s+/g, ' ') ?? name;
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  });
  return { en: fill(message.en), ja: fill(message.ja) };
}

