import type { Range } from 'vscode-languageserver/node';
import type { Rule } from '../core/rule';
import type { Confidence, Finding, Locale, Severity } from '../core/types';
import { categoryOf } from '../report/document';
import { baselinePredicate, type WorkspaceConfig } from './workspace-config';

export type FindingCategory = 'tls' | 'transport' | 'auth';

/** One finding as the editor's findings view lists it (client/src/protocol.ts has the same shape). */
export interface FindingItem {
  uri: string;
  range: Range;
  ruleId: string;
  /** The rule's title, in the client's locale. */
  title: string;
  category: FindingCategory;
  severity: Severity;
  confidence: Confidence;
  message: string;
  suppressed?: { reason: string };
  /** The folder's `.securecomm/baseline.json` accepts it (the editor shows it dimmed). */
  baselined?: boolean;
  /** On a line changed on this branch (review mode); absent when that is not known. */
  changed?: boolean;
  /** The title of the rule's fix for this finding, if it has one. */
  fix?: string;
  /** The rule's first public reference, a link a review comment can carry. */
  helpUri?: string;
}

export interface FindingsResult {
  items: FindingItem[];
  /** Whether a workspace scan has run: without one, only open files are listed. */
  scanned: boolean;
}

/**
 * Review mode (ReviewScope): `prepare` computes a file's changed lines (from disk for a closed
 * file), then `changedRange` says whether a finding touches one; undefined when not known (review
 * mode off, no git, Restricted Mode).
 */
export interface ChangedLines {
  prepare(uri: string): Promise<void>;
  changedRange(uri: string, range: Range): boolean | undefined;
}

/** What the index reads; the server owns all of it. */
export interface FindingSources {
  /** Open documents that have been analysed: their findings win over the workspace scan's. */
  openResults(): Iterable<{ uri: string; findings: readonly Finding[] }>;
  /** The workspace scan's kept findings, suppressed ones included. */
  scanResults(): Iterable<[string, readonly Finding[]]>;
  scanned(): boolean;
  rule(id: string): Rule | undefined;
  locale(): Locale;
  config(): WorkspaceConfig;
}

const CATEGORY: Record<ReturnType<typeof categoryOf>, FindingCategory> = { TLS: 'tls', Transport: 'transport', Authentication: 'auth' };

/** How long changes are collected before the client is told (a scan changes hundreds of files). */
export const FINDINGS_CHANGED_DELAY_MS = 300;

/**
 * Every finding the editor knows, for the findings view: open files' latest analyses over the
 * workspace scan's results. It keeps nothing itself, so it can never disagree with the
 * diagnostics; `changed()` tells the client, at most once per delay, that the list is stale.
 */
export class FindingsIndex {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sources: FindingSources,
    private readonly notify: () => void,
    private readonly review?: ChangedLines,
  ) {}

  async list(): Promise<FindingsResult> {
    const byUri = new Map<string, readonly Finding[]>(this.sources.scanResults());
    const open = new Set<string>();
    for (const { uri, findings } of this.sources.openResults()) {
      byUri.set(uri, findings);
      open.add(uri);
    }
    const locale = this.sources.locale();
    const items: FindingItem[] = [];
    for (const [uri, findings] of byUri) {
      // Open documents were prepared with their editor text when analysed; closed ones from disk.
      if (this.review && findings.length && !open.has(uri)) await this.review.prepare(uri);
      const baselined = baselinePredicate(this.sources.config(), uri);
      for (const f of findings) items.push(this.item(uri, f, locale, baselined(f)));
    }
    return { items, scanned: this.sources.scanned() };
  }

  /** Something the list depends on changed: the client hears of it once the burst is over. */
  changed(): void {
    // Not restarted by later changes: during a long scan the view still fills as it goes.
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.notify();
    }, FINDINGS_CHANGED_DELAY_MS);
  }

  private item(uri: string, f: Finding, locale: Locale, baselined: boolean): FindingItem {
    const rule = this.sources.rule(f.ruleId);
    const item: FindingItem = {
      uri, range: f.range, ruleId: f.ruleId, title: rule?.title[locale] ?? f.ruleId, category: CATEGORY[categoryOf(f.ruleId)],
      severity: f.severity, confidence: f.confidence, message: f.message[locale],
    };
    if (f.suppression) item.suppressed = { reason: f.suppression.reason };
    if (baselined) item.baselined = true;
    const changed = this.review?.changedRange(uri, f.range);
    if (changed !== undefined) item.changed = changed;
    if (f.fix) item.fix = f.fix.title[locale];
    if (rule?.references[0]) item.helpUri = rule.references[0];
    return item;
  }
}
