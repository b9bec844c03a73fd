/**
 * A mistake in a rule or configuration file. The message always names the file, the line
 * and the field, so that whoever wrote the file knows where to look without a stack trace.
 */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    /** One-based, as editors and compilers print it; 0 when the whole file is at fault. */
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${detail}`);
    this.name = 'ConfigError';
  }

  /** Every mistake found in the file, this one first: an editor shows them all at once. */
  all: readonly ConfigError[] = [this];

  /** The first of several mistakes, carrying the others. */
  static of(errors: readonly ConfigError[]): ConfigError {
    const first = errors[0]!;
    first.all = errors;
    return first;
  }
}
