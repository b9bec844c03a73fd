import { Edit, type Tree } from 'web-tree-sitter';
import { advance } from './positions';
import type { Position, Range } from './types';

/** An editor's change: a range replaced by text, or (no range) the whole document. */
export interface ContentChange {
  range?: Range;
  text: string;
}

/**
 * Applies editor changes to a text and, when there is one, to its syntax tree, so the next
 * parse can reuse everything outside the edited ranges (incremental re-parse). Indices and
 * columns are UTF-16 code units on both sides, as LSP and web-tree-sitter count them.
 */
export function applyContentChanges(text: string, tree: Tree | undefined, changes: readonly ContentChange[]): { text: string; tree: Tree | undefined } {
  let current = text;
  let currentTree = tree;
  for (const change of changes) {
    if (!change.range) {
      currentTree?.delete();
      currentTree = undefined; // a full replacement shares nothing with the old tree
      current = change.text;
      continue;
    }
    const startIndex = offsetAt(current, change.range.start);
    const oldEndIndex = Math.max(startIndex, offsetAt(current, change.range.end));
    const newEndIndex = startIndex + change.text.length;
    currentTree?.edit(new Edit({
      startIndex,
      oldEndIndex,
      newEndIndex,
      startPosition: pointAt(current, startIndex),
      oldEndPosition: pointAt(current, oldEndIndex),
      newEndPosition: pointAfter(pointAt(current, startIndex), change.text),
    }));
    current = current.slice(0, startIndex) + change.text + current.slice(oldEndIndex);
  }
  return { text: current, tree: currentTree };
}

/** UTF-16 offset of an LSP position, clamped to the text (editors may send past-the-end). */
export function offsetAt(text: string, pos: Position): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return Math.min(offset + Math.max(0, pos.character), end);
}

export function positionAt(text: string, offset: number): Position {
  const p = pointAt(text, offset);
  return { line: p.row, character: p.column };
}

function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

function pointAfter(start: { row: number; column: number }, inserted: string): { row: number; column: number } {
  const end = advance(start.row, start.column, inserted);
  return { row: end.line, column: end.character };
}
