import type { Node } from 'web-tree-sitter';
import type { Range } from './types';

/**
 * The range of a node, or of `length` characters at `offset` inside it. Columns from
 * web-tree-sitter are UTF-16 code units, which is what LSP and SARIF consumers expect
 * (SARIF: we declare `columnKind: utf16CodeUnits`).
 */
export function rangeOf(n: Node, offset = 0, length?: number): Range {
  if (offset === 0 && length === undefined) {
    return {
      start: { line: n.startPosition.row, character: n.startPosition.column },
      end: { line: n.endPosition.row, character: n.endPosition.column },
    };
  }
  const text = n.text;
  const start = advance(n.startPosition.row, n.startPosition.column, text.slice(0, offset));
  const end = advance(start.line, start.character, text.slice(offset, offset + (length ?? text.length - offset)));
  return { start, end };
}

/** Where a position ends up after the text `passed` (UTF-16 columns, `\n` line breaks). */
export function advance(line: number, character: number, passed: string): { line: number; character: number } {
  const nl = passed.lastIndexOf('\n');
  if (nl < 0) return { line, character: character + passed.length };
  return { line: line + passed.split('\n').length - 1, character: passed.length - nl - 1 };
}
