import type { Tree } from 'web-tree-sitter';
import type { DetectedLanguage } from '../core/languages';
import { applyContentChanges, type ContentChange } from '../core/text-edits';
import type { AnalysisResult } from '../core/types';

/**
 * One open document: its text, its latest syntax tree (kept for incremental re-parsing) and
 * the findings of the latest analysed version. Only the server's own queue touches `tree`.
 */
export class OpenDocument {
  tree: Tree | undefined;
  /** The result for `analysedVersion`; hover and code actions read it. */
  result: AnalysisResult | undefined;
  analysedVersion = -1;
  /** The text the tree and result belong to (fixes are verified against it). */
  analysedText = '';

  constructor(
    readonly uri: string,
    readonly detected: DetectedLanguage,
    public text: string,
    public version: number,
  ) {}

  applyChanges(changes: readonly ContentChange[], version: number): void {
    const next = applyContentChanges(this.text, this.tree, changes);
    this.text = next.text;
    this.tree = next.tree;
    this.version = version;
  }

  dispose(): void {
    this.tree?.delete();
    this.tree = undefined;
  }
}

export class DocumentStore {
  private readonly docs = new Map<string, OpenDocument>();

  open(doc: OpenDocument): void {
    this.docs.get(doc.uri)?.dispose();
    this.docs.set(doc.uri, doc);
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  close(uri: string): void {
    this.docs.get(uri)?.dispose();
    this.docs.delete(uri);
  }

  all(): OpenDocument[] {
    return [...this.docs.values()];
  }
}
