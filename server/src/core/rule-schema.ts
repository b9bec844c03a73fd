import type { Confidence, Localized, RuleLanguage, Severity } from './types';
import { IGNORE_CONTEXTS, type IgnoreContext } from './ignore-in';
import { CONFIG_KINDS, type ConfigKind } from './documents/config-node';

/** A declarative fix: replace the first match of `find` in the text of `capture`. */
export interface FixSpec {
  capture: string;
  /** A JavaScript regular expression (source only), matched against the capture's text. */
  find: string;
  /** Replacement, with `$1`… for groups of `find`. */
  replace: string;
  title: Localized;
  safe: boolean;
}

export interface LanguageSpec {
  query: string;
  /** Tried in order; the first whose capture exists and whose `find` matches is offered. */
  fixes?: FixSpec[];
}

/** A finding variant of a rule; what it leaves out is the rule's own value. */
export interface VariantSpec {
  severity?: Severity;
  confidence?: Confidence;
  message: Localized;
  /** Replaces the language's fixes for findings of this variant; `[]` offers none. */
  fixes?: FixSpec[];
}

/** A condition on nodes near a matched one: `path` relative to it (`..` is the parent). */
export interface ConfigCondition {
  path: string;
  /** One of these values (booleans by meaning: `YES` is `true`); any value when absent. */
  value?: string | string[];
  /** A value that is none of these (a domain that is not loopback). */
  notValue?: string | string[];
  /** The node's name is one of these (a plist key such as an exception domain). */
  name?: string[];
}

/** A safe, declarative change of a config file (config-fixes.ts). */
export type ConfigFixSpec =
  | { set: string; title: Localized; safe: boolean }
  | { moveTo: 'debug-overrides'; title: Localized; safe: boolean };

/**
 * A check on config files (manifests, network security configs, Info.plist, app configs): the
 * nodes a key path selects (config-path.ts), kept when their value and their neighbours say so.
 */
export interface ConfigMatcherSpec {
  kinds: ConfigKind[];
  path: string;
  /** The node's value is one of these (booleans by meaning); any node on the path when absent. */
  value?: string | string[];
  /** A regular expression (source) the value must match. */
  valueMatches?: string;
  /** The value is a `yyyy-mm-dd` date before the day of the analysis (an expired pin set). */
  pastDate?: boolean;
  /** The node has fewer than `count` nodes at `path` below it (one pin, no backup). */
  fewerThan?: { path: string; count: number };
  /** Each of these must hold near the node… */
  with?: ConfigCondition[];
  /** …and none of these. */
  without?: ConfigCondition[];
  /** A variant of the rule (severity, confidence, message) for these findings. */
  variant?: string;
  fix?: ConfigFixSpec;
}

/** The shape of `server/rules/<id>/rule.yaml`. */
export interface RuleDefinition {
  id: string;
  title: Localized;
  description: Localized;
  severity: Severity;
  confidence: Confidence;
  tags: string[];
  cwe: string[];
  owasp: string[];
  masvs: string[];
  references: string[];
  /**
   * Tokens of which at least one must occur in a file for the rule to match anything. A file
   * that contains none of any rule's triggers is not even parsed (see Analyzer).
   */
  triggers: string[];
  /**
   * A second prefilter: when given, a file must also contain one of these (a log call is not
   * enough for auth-token-in-logs; a name like a secret must be there too).
   */
  alsoNeeds?: string[];
  message: Localized;
  languages: Partial<Record<RuleLanguage, LanguageSpec>>;
  /** Checks on config files; a rule may have these, code queries, or both. */
  config?: ConfigMatcherSpec[];
  /**
   * Findings that differ from the rule's default in severity, confidence, message or fix. A
   * query pattern selects one with `(#set! variant "<name>")`; patterns without it report
   * with the rule's own values. E.g. `SSLContext.getInstance("SSL")` is a note with its own
   * message inside the otherwise-warning tls-weak-protocol-version.
   */
  variants?: Record<string, VariantSpec>;
  /** Code where the rule stays silent (debug-only branches, previews, assertions): see ignore-in.ts. */
  ignoreIn?: IgnoreContext[];
}

const localized = {
  type: 'object',
  required: ['en', 'ja'],
  additionalProperties: false,
  properties: { en: { type: 'string', minLength: 1 }, ja: { type: 'string', minLength: 1 } },
} as const;

const fix = {
  type: 'object',
  required: ['capture', 'find', 'replace', 'title', 'safe'],
  additionalProperties: false,
  properties: {
    capture: { type: 'string', pattern: '^[A-Za-z][\\w.-]*$' },
    find: { type: 'string', minLength: 1 },
    replace: { type: 'string' },
    title: localized,
    safe: { type: 'boolean' },
  },
} as const;

const languageSpec = {
  type: 'object',
  required: ['query'],
  additionalProperties: false,
  properties: { query: { type: 'string', pattern: '^queries/[\\w-]+\\.scm$' }, fixes: { type: 'array', minItems: 1, items: fix } },
} as const;

const variant = {
  type: 'object',
  required: ['message'],
  additionalProperties: false,
  properties: {
    severity: { enum: ['error', 'warning', 'note'] },
    confidence: { enum: ['high', 'medium', 'low'] },
    message: localized,
    fixes: { type: 'array', items: fix },
  },
} as const;

const configCondition = {
  type: 'object',
  required: ['path'],
  additionalProperties: false,
  properties: {
    path: { type: 'string', minLength: 1 },
    value: { anyOf: [{ type: 'string' }, { type: 'array', minItems: 1, items: { type: 'string' } }] },
    notValue: { anyOf: [{ type: 'string' }, { type: 'array', minItems: 1, items: { type: 'string' } }] },
    name: { type: 'array', minItems: 1, items: { type: 'string' } },
  },
} as const;

const configFix = {
  anyOf: [
    { type: 'object', required: ['set', 'title', 'safe'], additionalProperties: false,
      properties: { set: { type: 'string' }, title: localized, safe: { type: 'boolean' } } },
    { type: 'object', required: ['moveTo', 'title', 'safe'], additionalProperties: false,
      properties: { moveTo: { enum: ['debug-overrides'] }, title: localized, safe: { type: 'boolean' } } },
  ],
} as const;

const configMatcher = {
  type: 'object',
  required: ['kinds', 'path'],
  additionalProperties: false,
  properties: {
    kinds: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...CONFIG_KINDS] } },
    path: { type: 'string', minLength: 1 },
    value: configCondition.properties.value,
    valueMatches: { type: 'string', minLength: 1 },
    pastDate: { type: 'boolean' },
    fewerThan: { type: 'object', required: ['path', 'count'], additionalProperties: false,
      properties: { path: { type: 'string', minLength: 1 }, count: { type: 'integer', minimum: 1 } } },
    with: { type: 'array', minItems: 1, items: configCondition },
    without: { type: 'array', minItems: 1, items: configCondition },
    variant: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
    fix: configFix,
  },
} as const;

/** JSON Schema (draft-07) for rule.yaml; also usable by editors for completion. */
export const RULE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'SecureComm rule',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'description', 'severity', 'confidence', 'tags', 'cwe', 'owasp', 'masvs',
    'references', 'triggers', 'message'],
  // Code queries, config checks, or both.
  anyOf: [{ required: ['languages'] }, { required: ['config'] }],
  properties: {
    id: { type: 'string', pattern: '^(tls|transport|auth)-[a-z0-9]+(-[a-z0-9]+)*$' },
    title: localized,
    description: localized,
    severity: { enum: ['error', 'warning', 'note'] },
    confidence: { enum: ['high', 'medium', 'low'] },
    tags: { type: 'array', items: { type: 'string' } },
    cwe: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^CWE-\\d+$' } },
    owasp: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^M\\d+:20\\d\\d$' } },
    masvs: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^MASVS-[A-Z]+-\\d+$' } },
    references: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^https://' } },
    triggers: { type: 'array', minItems: 1, items: { type: 'string', minLength: 2 } },
    alsoNeeds: { type: 'array', minItems: 1, items: { type: 'string', minLength: 2 } },
    message: localized,
    variants: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
      additionalProperties: variant,
    },
    ignoreIn: { type: 'array', uniqueItems: true, items: { enum: [...IGNORE_CONTEXTS] } },
    languages: {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: { java: languageSpec, kotlin: languageSpec, swift: languageSpec, typescript: languageSpec },
    },
    config: { type: 'array', minItems: 1, items: configMatcher },
  },
} as const;

export type { Confidence, Severity, RuleLanguage };
