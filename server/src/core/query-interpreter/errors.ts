/** Where in the query source a problem is: a character index, and its 1-based line. */
export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

export type QueryErrorKind = 'syntax' | 'node-name' | 'field-name' | 'capture-name' | 'structure' | 'predicate';

/**
 * A query that tree-sitter would refuse too. `index` is a character offset into the source,
 * like web-tree-sitter's QueryError (compiled-rules.ts turns it into the line of a ConfigError);
 * the message also names the line.
 */
export class QuerySourceError extends Error {
  readonly line: number;

  constructor(readonly kind: QueryErrorKind, detail: string, readonly index: number, source: string) {
    const line = lineAt(source, index);
    super(`${detail} (line ${line})`);
    this.name = 'QuerySourceError';
    this.line = line;
  }
}

/**
 * Syntax that tree-sitter accepts but this interpreter does not implement (supertypes,
 * `MISSING`, a predicate outside any pattern): the caller compiles the query with tree-sitter
 * instead, which gives the same matches, only later.
 */
export class UnsupportedQueryError extends Error {
  readonly line: number;

  constructor(feature: string, readonly index: number, source: string) {
    const line = lineAt(source, index);
    super(`the query interpreter does not support ${feature} (line ${line})`);
    this.name = 'UnsupportedQueryError';
    this.line = line;
  }
}
