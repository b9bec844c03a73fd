import { Parser, type Language, type Node, type Tree } from 'web-tree-sitter';
import { QueryCache, variantOf } from './compiled-rules';
import { buildFix, mergeFixes } from './fixes';
import { fingerprintOf } from './fingerprint';
import { GrammarLoader } from './grammars';
import type { DetectedLanguage } from './languages';
import { rangeOf } from './positions';
import { deleteCursor } from './syntax';
import { explainFlow } from './flow-explanation';
import { FileContext } from './file-context';
import { reportedBy, type Reported } from './rule-matches';
import { loadRules, loadWordLists, type Rule } from './rule-loader';
import { WordLists } from './word-lists';
import { findSuppressions, suppressionFor, type SuppressionComment } from './suppression';
import type { AnalysisResult, Finding, GrammarId, Localized, RuleLanguage, Severity } from './types';
import { RULE_LANGUAGES } from './types';

export interface AnalyzeOptions {
  /** Only these rule ids run; all rules when absent. */
  ruleIds?: ReadonlySet<string>;
  /** Run every rule of the language even when the text has none of its triggers (tests, audits). */
  ignoreTriggers?: boolean;
  /** Wall-clock budget for parse + queries; past it the file is reported as skipped. */
  timeBudgetMs?: number;
  /** Per-rule severity chosen by the user (`.securecomm.yml`, editor settings). */
  severities?: ReadonlyMap<string, Severity>;
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

export interface AnalyzerSetup {
  rulesDir?: string;
  grammarDir?: string;
}

/**
 * The engine: text in, findings out. The CLI, the language server, the tests and the
 * benchmarks all call `analyze()`, which is why editor and CI agree on every finding.
 */
export class Analyzer {
  private readonly parsers = new Map<GrammarId, Parser>();
  private readonly queries = new QueryCache();

  constructor(readonly rules: readonly Rule[], private readonly grammars: GrammarLoader, readonly lists: WordLists = new WordLists()) {}

  static create(setup: AnalyzerSetup = {}): Analyzer {
    return new Analyzer(loadRules(setup.rulesDir), new GrammarLoader(setup.grammarDir), loadWordLists(setup.rulesDir));
  }

  /**
   * Loads the grammar and compiles the queries of a language ahead of time. After this,
   * analyzeKeepingTree() for that language never waits for I/O, so an editor can run it
   * without another message (an edit) slipping in between reading the text and parsing it.
   */
  async prepare(detected: DetectedLanguage): Promise<void> {
    if (!isRuleLanguage(detected.language)) return;
    await this.parserFor(detected.grammar);
    const language = detected.language;
    this.compileQueries(this.rules.filter((r) => r.languages[language]), language, detected.grammar, await this.grammars.load(detected.grammar));
  }

  /**
   * Compiles every query of the given languages ahead of need, one rule at a time, calling
   * `pause` in between so an editor can answer requests meanwhile. A Swift query takes up to
   * ~2 s to compile; doing it before the first Swift file opens keeps that file's first
   * diagnostics as fast as the others'.
   */
  async warmUp(languages: readonly DetectedLanguage[], pause: () => Promise<void>): Promise<void> {
    for (const detected of languages) {
      if (!isRuleLanguage(detected.language)) continue;
      const language = detected.language;
      await this.parserFor(detected.grammar);
      const tsLanguage = await this.grammars.load(detected.grammar);
      for (const rule of this.rules.filter((r) => r.languages[language])) {
        await pause();
        this.compileQueries([rule], language, detected.grammar, tsLanguage);
      }
    }
  }

  /** Rules that can report on this text; the trigger prefilter avoids parsing most files. */
  applicableRules(text: string, language: RuleLanguage, options: AnalyzeOptions = {}): Rule[] {
    return this.rules.filter((r) =>
      r.languages[language] !== undefined &&
      (!options.ruleIds || options.ruleIds.has(r.id)) &&
      (options.ignoreTriggers === true || r.triggers.some((t) => text.includes(t))));
  }

  async analyze(text: string, detected: DetectedLanguage, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
    const { result, tree } = await this.analyzeKeepingTree(text, detected, options);
    tree?.delete();
    return result;
  }

  /** Like analyze(), for editors: re-parses incrementally and hands back the new tree. */
  async analyzeKeepingTree(text: string, detected: DetectedLanguage, options: IncrementalOptions = {}): Promise<TreeAnalysis> {
    const { language, grammar } = detected;
    const result: AnalysisResult = { language, findings: [], hasSyntaxErrors: false, millis: { parse: 0, query: 0 } };
    if (!isRuleLanguage(language)) return { result }; // config files: detected, checked in a later release
    const rules = this.applicableRules(text, language, options);
    if (rules.length === 0) return { result };

    // One-off costs (grammar load, query compilation: ~0.4 s for a Swift rule) are paid
    // before the clock starts, so the budget measures this file, not the first file.
    const parser = await this.parserFor(grammar);
    this.compileQueries(rules, language, grammar, await this.grammars.load(grammar));
    const deadline = performance.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
    const overBudget = (): boolean => performance.now() > deadline;
    const t0 = performance.now();
    const tree = parser.parse(text, options.previousTree ?? null, { progressCallback: overBudget });
    result.millis.parse = performance.now() - t0;
    if (!tree) {
      parser.reset();
      return { result: { ...result, skipped: `parsing took longer than the ${budgetOf(options)} ms time budget` } };
    }
    result.hasSyntaxErrors = tree.rootNode.hasError;
    const t1 = performance.now();
    const ruleErrors: NonNullable<AnalysisResult['ruleErrors']> = [];
    const found = await this.runRules(tree, text, rules, { language, grammar }, overBudget, ruleErrors);
    result.millis.query = performance.now() - t1;
    if (ruleErrors.length) result.ruleErrors = ruleErrors;
    if (found === 'timeout') {
      return { result: { ...result, skipped: `checks took longer than the ${budgetOf(options)} ms time budget` }, tree };
    }
    result.findings = applySeverities(found, options.severities);
    return { result, tree };
  }

  private async runRules(
    tree: Tree, text: string, rules: Rule[], detected: { language: RuleLanguage; grammar: GrammarId }, overBudget: () => boolean,
    ruleErrors: NonNullable<AnalysisResult['ruleErrors']>,
  ): Promise<Finding[] | 'timeout'> {
    const { language, grammar } = detected;
    const tsLanguage = await this.grammars.load(grammar);
    const suppressions = findSuppressions(grammar, text, tree.rootNode);
    const findings: Finding[] = [];
    const file = new FileContext(grammar, tree.rootNode, text, this.lists);
    const occurrences = new Map<string, number>();
    for (const rule of rules) {
      let timedOut = false;
      try {
        const query = this.queries.get(rule, language, grammar, tsLanguage, this.lists);
        const matches = query.matches(tree.rootNode, { progressCallback: () => (timedOut = overBudget()) });
        if (timedOut) return 'timeout';
        for (const reported of reportedBy(query, matches, file, rule.ignoreIn)) {
          const finding = this.toFinding(rule, language, reported, suppressions, occurrences, variantOf(query, reported.patternIndex));
          // `(#set! deprecated)` in a pattern marks APIs the platform itself deprecated.
          if (query.setProperties[reported.patternIndex]?.['deprecated'] !== undefined) finding.deprecated = true;
          findings.push(finding);
        }
      } catch (e) {
        // One broken rule must not cost the findings of all the others.
        ruleErrors.push({ ruleId: rule.id, message: (e as Error).message });
      }
    }
    return findings.sort((a, b) => a.startIndex - b.startIndex || a.ruleId.localeCompare(b.ruleId));
  }

  private toFinding(
    rule: Rule, language: RuleLanguage, reported: Reported,
    suppressions: SuppressionComment[], occurrences: Map<string, number>, variantName?: string,
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
      message: interpolate(variant?.message ?? rule.message, nodes),
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

  private compileQueries(rules: Rule[], language: RuleLanguage, grammar: GrammarId, tsLanguage: Language): void {
    for (const rule of rules) {
      try {
        this.queries.get(rule, language, grammar, tsLanguage, this.lists);
      } catch {
        // reported per file by runRules, which meets the same cached error
      }
    }
  }

  private async parserFor(grammar: GrammarId): Promise<Parser> {
    let parser = this.parsers.get(grammar);
    if (!parser) {
      const language = await this.grammars.load(grammar);
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
  async syntaxErrorCount(text: string, grammar: GrammarId): Promise<number> {
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

function isRuleLanguage(language: string): language is RuleLanguage {
  return (RULE_LANGUAGES as readonly string[]).includes(language);
}

function budgetOf(options: AnalyzeOptions): number {
  return options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
}


/** `{{name}}` in a message becomes the captured code, shortened to one line. */
function interpolate(message: Localized, nodes: Map<string, Node>): Localized {
  const fill = (s: string): string => s.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => {
    const text = nodes.get(name)?.text.replace(/\s+/g, ' ') ?? name;
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  });
  return { en: fill(message.en), ja: fill(message.ja) };
}

