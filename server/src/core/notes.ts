import type { Locale } from './types';

/**
 * What the user is told about a file besides its findings (why it was skipped, why it was only
 * partly analysed) and about a `.securecomm.yml` mistake, as data: an id and its parameters.
 * The engine, the scan and the worker threads pass notes around; whoever shows one renders it in
 * the reader's language (the CLI's `--locale`, the editor's locale). Machine outputs (JSON,
 * SARIF) keep the English text, so scripts that read them see no change.
 */
export interface NoteParams {
  'skip.unsupported-language': Empty;
  'skip.cannot-read': { code: string };
  'skip.too-large': { megabytes: string };
  'skip.document-too-large': Empty;
  'skip.binary-plist': Empty;
  'skip.binary': Empty;
  'skip.minified': { longestLine: number };
  'skip.parse-budget': { millis: number };
  'skip.checks-budget': { millis: number };
  'skip.internal-error': { message: string };
  'skip.pool-shut-down': Empty;
  'skip.worker-timed-out': { seconds: number };
  'skip.worker-stopped': { reason: string };
  'skip.workers-cannot-start': { reason: string };
  'partial.syntax-error': { line: number };
  'partial.xml-syntax': Empty;
  'partial.config-syntax': Empty;
  'partial.json-syntax': { line: number; problem: JsonProblem; close?: string };
  'note.invalid-utf8': Empty;
  'note.rule-failed': { ruleId: string; message: string };
  'config.yaml-syntax': { message: string };
  'config.yaml-unreadable': { message: string };
  'config.invalid-name': { field: string; pattern?: string };
  'config.missing-field': { field: string; missing: string };
  'config.unknown-field': { field: string };
  'config.one-of': { field: string; values: string };
  'config.pattern': { field: string; pattern: string };
  'config.type': { field: string; type: string };
  'config.min-length': { field: string; limit: number };
  'config.invalid': { field: string; message: string };
  'config.unknown-rule': { id: string; suggestion?: string; known: string };
}

type Empty = Record<never, never>;

export type NoteId = keyof NoteParams;
export type Note = { [K in NoteId]: { id: K; params: NoteParams[K] } }[NoteId];

/** Where a JSON config file stops being readable (the `partial.json-syntax` note). */
export type JsonProblem = 'unterminated-comment' | 'line-break-in-string' | 'unterminated-string' | 'too-deep' | 'value-expected'
  | 'close-expected' | 'property-name-expected' | 'colon-expected' | 'comma-or-close-expected' | 'not-an-object';

/** `note('skip.binary')`, `note('partial.syntax-error', { line: 3 })`: the parameters are checked against the id. */
export function note<K extends NoteId>(id: K, ...params: Empty extends NoteParams[K] ? [] : [NoteParams[K]]): Note {
  return { id, params: params[0] ?? {} } as Note;
}

export function renderNote(n: Note, locale: Locale): string {
  return (NOTES[n.id][locale] as (p: typeof n.params) => string)(n.params);
}

/** Several notes about one file, in one line. */
export function renderNotes(notes: readonly Note[], locale: Locale): string {
  return notes.map((n) => renderNote(n, locale)).join(locale === 'ja' ? '。' : '; ');
}

type Catalogue = { [K in NoteId]: Record<Locale, (p: NoteParams[K]) => string> };

/** A `.securecomm.yml` field as the messages name it: `'rules.x'`, or the whole file for ''. */
const field = (f: string, locale: Locale): string => f ? `'${f}'` : locale === 'ja' ? 'ファイルの内容' : 'the file';

/** Ajv's JSON type names (`object,null` for a union), in Japanese. */
const JA_TYPES: Record<string, string> = { array: '配列', object: 'マッピング', string: '文字列', boolean: '真偽値（true / false）', number: '数値', integer: '整数', null: '空' };
const jaType = (type: string): string => type.split(',').map((t) => JA_TYPES[t] ?? t).join('か');

export const JSON_PROBLEMS: Record<JsonProblem, Record<Locale, (close: string) => string>> = {
  'unterminated-comment': { en: () => 'an unterminated comment', ja: () => 'コメントが閉じられていません' },
  'line-break-in-string': { en: () => 'a line break inside a string', ja: () => '文字列の途中で改行しています' },
  'unterminated-string': { en: () => 'an unterminated string', ja: () => '文字列が閉じられていません' },
  'too-deep': { en: () => 'nesting deeper than 256 levels', ja: () => '入れ子が 256 段より深くなっています' },
  'value-expected': { en: () => 'a value was expected', ja: () => '値がありません' },
  'close-expected': { en: (c) => `'${c}' was expected`, ja: (c) => `'${c}' がありません` },
  'property-name-expected': { en: () => 'a quoted property name was expected', ja: () => '引用符で囲んだプロパティ名がありません' },
  'colon-expected': { en: () => "':' was expected", ja: () => "':' がありません" },
  'comma-or-close-expected': { en: (c) => `',' or '${c}' was expected`, ja: (c) => `',' か '${c}' がありません` },
  'not-an-object': { en: () => 'the file does not start with an object', ja: () => 'ファイルがオブジェクトで始まっていません' },
};

const NOTES: Catalogue = {
  'skip.unsupported-language': { en: () => 'not a supported language', ja: () => '対応していない言語です' },
  'skip.cannot-read': { en: (p) => `cannot read: ${p.code}`, ja: (p) => `読み込めません: ${p.code}` },
  'skip.too-large': {
    en: (p) => `larger than 2 MB (${p.megabytes} MB): probably generated or minified`,
    ja: (p) => `2 MB を超えています（${p.megabytes} MB）。生成または圧縮されたファイルと思われます`,
  },
  'skip.document-too-large': { en: () => 'larger than 2 MB', ja: () => '2 MB を超えています' },
  'skip.binary-plist': {
    en: () => 'binary property list (bplist00): convert it with `plutil -convert xml1` to check it',
    ja: () => 'バイナリ形式のプロパティリスト（bplist00）です。`plutil -convert xml1` で XML に変換すると検査できます',
  },
  'skip.binary': { en: () => 'binary file (contains NUL bytes)', ja: () => 'バイナリファイルです（NUL バイトを含みます）' },
  'skip.minified': {
    en: (p) => `minified or bundled JavaScript (a line of ${p.longestLine} characters): its source is elsewhere; --include generated checks it`,
    ja: (p) => `圧縮またはバンドルされた JavaScript です（1 行 ${p.longestLine} 文字）。元のソースは別にあります。--include generated で検査できます`,
  },
  'skip.parse-budget': {
    en: (p) => `parsing took longer than the ${p.millis} ms time budget`,
    ja: (p) => `構文解析が制限時間（${p.millis} ms）を超えました`,
  },
  'skip.checks-budget': {
    en: (p) => `checks took longer than the ${p.millis} ms time budget`,
    ja: (p) => `検査が制限時間（${p.millis} ms）を超えました`,
  },
  'skip.internal-error': { en: (p) => `internal error while analysing: ${p.message}`, ja: (p) => `解析中に内部エラーが起きました: ${p.message}` },
  'skip.pool-shut-down': { en: () => 'the scan pool was shut down', ja: () => 'スキャンが終了したため解析していません' },
  'skip.worker-timed-out': {
    en: (p) => `not analysed: the scan worker stopped (its analysis did not finish within ${p.seconds} s); the other files were scanned`,
    ja: (p) => `解析が ${p.seconds} 秒以内に終わらなかったため、このファイルは解析していません。ほかのファイルはスキャンしました`,
  },
  'skip.worker-stopped': {
    en: (p) => `not analysed: the scan worker stopped (${p.reason}); the other files were scanned`,
    ja: (p) => `スキャン用のワーカーが停止したため解析していません（${p.reason}）。ほかのファイルはスキャンしました`,
  },
  'skip.workers-cannot-start': {
    en: (p) => `not analysed: the scan workers cannot start (${p.reason})`,
    ja: (p) => `スキャン用のワーカーを起動できないため解析していません（${p.reason}）`,
  },
  'partial.syntax-error': {
    en: (p) => `syntax error near line ${p.line}: checked as far as the parser could read the code`,
    ja: (p) => `${p.line} 行目付近に構文エラーがあります。パーサーが読み取れた範囲までを検査しました`,
  },
  'partial.xml-syntax': {
    en: () => 'the XML has syntax errors; the readable parts were checked',
    ja: () => 'XML に構文エラーがあります。読み取れた部分を検査しました',
  },
  'partial.config-syntax': {
    en: () => 'the file has syntax errors; the readable parts were checked',
    ja: () => 'ファイルに構文エラーがあります。読み取れた部分を検査しました',
  },
  'partial.json-syntax': {
    en: (p) => `JSON syntax error on line ${p.line}: ${JSON_PROBLEMS[p.problem].en(p.close ?? '')}; checked up to there`,
    ja: (p) => `${p.line} 行目に JSON の構文エラーがあります（${JSON_PROBLEMS[p.problem].ja(p.close ?? '')}）。その手前までを検査しました`,
  },
  'note.invalid-utf8': {
    en: () => 'not valid UTF-8: analysed with replacement characters',
    ja: () => 'UTF-8 として正しくないバイトを置換文字に置き換えて解析しました',
  },
  'note.rule-failed': { en: (p) => `rule ${p.ruleId} failed: ${p.message}`, ja: (p) => `ルール ${p.ruleId} の実行に失敗しました: ${p.message}` },
  'config.yaml-syntax': { en: (p) => `YAML syntax: ${p.message}`, ja: (p) => `YAML の構文エラー: ${p.message}` },
  'config.yaml-unreadable': { en: (p) => `YAML: ${p.message}`, ja: (p) => `YAML を読み取れません: ${p.message}` },
  'config.invalid-name': {
    en: (p) => `${field(p.field, 'en')} is not a valid name${p.pattern ? ` (expected the form ${p.pattern})` : ''}`,
    ja: (p) => `${field(p.field, 'ja')} は名前として使えません${p.pattern ? `（${p.pattern} の形式で書いてください）` : ''}`,
  },
  'config.missing-field': {
    en: (p) => `${field(p.field, 'en')} is missing the field '${p.missing}'`,
    ja: (p) => `${field(p.field, 'ja')} にフィールド '${p.missing}' がありません`,
  },
  'config.unknown-field': { en: (p) => `${field(p.field, 'en')} is not a known field`, ja: (p) => `${field(p.field, 'ja')} というフィールドはありません` },
  'config.one-of': {
    en: (p) => `${field(p.field, 'en')} must be one of: ${p.values}`,
    ja: (p) => `${field(p.field, 'ja')} には次のいずれかを指定してください: ${p.values}`,
  },
  'config.pattern': {
    en: (p) => `${field(p.field, 'en')} does not match the expected form ${p.pattern}`,
    ja: (p) => `${field(p.field, 'ja')} が ${p.pattern} の形式になっていません`,
  },
  'config.type': { en: (p) => `${field(p.field, 'en')} must be ${p.type}`, ja: (p) => `${field(p.field, 'ja')} には${jaType(p.type)}を指定してください` },
  'config.min-length': {
    en: (p) => `${field(p.field, 'en')} must NOT have fewer than ${p.limit} characters`,
    ja: (p) => p.limit === 1 ? `${field(p.field, 'ja')} を空にはできません` : `${field(p.field, 'ja')} は ${p.limit} 文字以上で書いてください`,
  },
  'config.invalid': { en: (p) => `${field(p.field, 'en')} ${p.message}`, ja: (p) => `${field(p.field, 'ja')} の値が正しくありません（${p.message}）` },
  'config.unknown-rule': {
    en: (p) => `unknown rule id '${p.id}'${p.suggestion ? ` (did you mean '${p.suggestion}'?)` : ''}; known rules: ${p.known}`,
    ja: (p) => `'${p.id}' というルールはありません${p.suggestion ? `（'${p.suggestion}' のことですか？）` : ''}。ルールの一覧: ${p.known}`,
  },
};

/** Every note id, for tests that render each in every locale. */
export const NOTE_IDS = Object.keys(NOTES) as NoteId[];
