/**
 * Shared value types of the engine. Everything here is plain data so that the CLI, the
 * language server and the tests can pass findings around without depending on tree-sitter.
 */

import type { Note } from './notes';

/** The languages a rule can be written for. JavaScript files use the `typescript` queries. */
export type RuleLanguage = 'java' | 'kotlin' | 'swift' | 'typescript';
export const RULE_LANGUAGES: readonly RuleLanguage[] = ['java', 'kotlin', 'swift', 'typescript'];

/** Config files: Android and Cordova XML, Info.plist, and JSON app configs (kinds in documents/config-node.ts). */
export type ConfigLanguage = 'xml' | 'plist' | 'json';
export type DocumentLanguage = RuleLanguage | ConfigLanguage;

/** The WASM grammars shipped in `grammars/`. */
export type GrammarId = 'java' | 'kotlin' | 'swift' | 'typescript' | 'tsx' | 'xml';

export type Severity = 'error' | 'warning' | 'note';
export type Confidence = 'high' | 'medium' | 'low';
export type Locale = 'en' | 'ja';
export type Localized = Record<Locale, string>;

/** Zero-based line and UTF-16 column, the convention of both LSP and web-tree-sitter. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  /** UTF-16 offsets into the analysed text, for callers that edit strings directly. */
  startIndex: number;
  endIndex: number;
  newText: string;
}

export interface Fix {
  title: Localized;
  /** A safe fix can be applied without review (LSP `isPreferred`, fix-all). */
  safe: boolean;
  edits: TextEdit[];
}

export interface Suppression {
  /** The text after `--` in the suppression comment; empty when none was given. */
  reason: string;
  /** Zero-based line of the suppression comment. */
  line: number;
}

/** A place that explains a finding: where its value comes from, or a step on the way. */
export interface RelatedLocation {
  /** Another file (a path as the caller names files); absent for the analysed file itself. */
  file?: string;
  range: Range;
  startIndex: number;
  endIndex: number;
  message: Localized;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  confidence: Confidence;
  range: Range;
  startIndex: number;
  endIndex: number;
  message: Localized;
  fix?: Fix;
  suppression?: Suppression;
  /** The flagged API is deprecated by its platform (shown struck through in editors). */
  deprecated?: boolean;
  /** Flow rules: where the value reported at the sink comes from. */
  related?: RelatedLocation[];
  /** Flow rules: the steps from the source to the sink, when there is more than one. */
  flowSteps?: RelatedLocation[];
  /** The rule.yaml variant that set this finding's severity, confidence and message, if any. */
  variant?: string;
  /** Stable across line shifts: rule, normalised code of the finding and its occurrence. */
  fingerprint: string;
}

export interface AnalysisResult {
  language: DocumentLanguage;
  findings: Finding[];
  /** Set when the file was not (fully) analysed; findings may then be empty. */
  skipped?: Note;
  /** Rules that failed on this file (a broken query, a predicate bug); the others still ran. */
  ruleErrors?: { ruleId: string; message: string }[];
  /** True when the parse tree has error nodes: analysis is best effort. */
  hasSyntaxErrors: boolean;
  /** Why a config file could only partly be read; its findings cover what was read. */
  partial?: Note;
  /** The file's `securecomm-ignore` comments, for the suppression audit (only when it has any). */
  suppressions?: { line: number; ruleIds: string[]; reason: string; wholeFile?: boolean }[];
  /** Time spent, for benchmarks and the language status. */
  millis: { parse: number; query: number };
}
