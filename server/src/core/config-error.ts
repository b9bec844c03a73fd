import { renderNote, type Note } from './notes';
import type { Locale } from './types';

/**
 * A mistake in a rule or configuration file. The message always names the file, the line
 * and the field, so that whoever wrote the file knows where to look without a stack trace.
 */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    /** One-based, as editors and compilers print it; 0 when the whole file is at fault. */
    readonly line: number,
    /** A note when the mistake is shown to users in their language (`.securecomm.yml`); text otherwise (rule files, for rule authors). */
    detail: string | Note,
  ) {
    const english = typeof detail === 'string' ? detail : renderNote(detail, 'en');
    super(`${file}${line > 0 ? `:${line}` : ''}: ${english}`);
    this.name = 'ConfigError';
    this.detail = english;
    if (typeof detail !== 'string') this.note = detail;
  }

  /** What is wrong, in English. */
  readonly detail: string;
  readonly note?: Note;

  /** What is wrong, in the reader's language when the mistake has a note. */
  detailIn(locale: Locale): string {
    return this.note ? renderNote(this.note, locale) : this.detail;
  }

  /** `file:line: detail` in the reader's language. */
  messageIn(locale: Locale): string {
    return `${this.file}${this.line > 0 ? `:${this.line}` : ''}: ${this.detailIn(locale)}`;
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
