import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError } from '../../server/out/core/config-error';
import { JSON_PROBLEMS, note, NOTE_IDS, renderNote, renderNotes, type Note, type NoteParams } from '../../server/out/core/notes';
import { parseProjectConfig } from '../../server/out/core/project-config';
import { countLeftOut } from '../../server/out/report/summary';
import { formatJson } from '../../server/out/report/json';
import { formatSarif } from '../../server/out/report/sarif';
import { formatText } from '../../server/out/report/text';
import type { Locale } from '../../server/out/core/types';
import type { FileReport } from '../../server/out/scan/scan';

/** One set of parameters per note id; the type makes a new id without an entry here a compile error. */
const SAMPLES: { [K in keyof NoteParams]: NoteParams[K] } = {
  'skip.unsupported-language': {},
  'skip.cannot-read': { code: 'EACCES' },
  'skip.too-large': { megabytes: '3.4' },
  'skip.document-too-large': {},
  'skip.binary-plist': {},
  'skip.binary': {},
  'skip.minified': { longestLine: 4096 },
  'skip.parse-budget': { millis: 10000 },
  'skip.checks-budget': { millis: 10000 },
  'skip.internal-error': { message: 'boom42' },
  'skip.pool-shut-down': {},
  'skip.worker-timed-out': { seconds: 37 },
  'skip.worker-stopped': { reason: 'it exited with code 9' },
  'skip.workers-cannot-start': { reason: 'no-such-worker.js' },
  'partial.syntax-error': { line: 412 },
  'partial.xml-syntax': {},
  'partial.config-syntax': {},
  'partial.json-syntax': { line: 413, problem: 'close-expected', close: '}' },
  'note.invalid-utf8': {},
  'note.rule-failed': { ruleId: 'tls-some-rule', message: 'predicate bug' },
  'config.yaml-syntax': { message: 'Implicit map keys need to be followed by map values' },
  'config.yaml-unreadable': { message: 'Unresolved alias' },
  'config.invalid-name': { field: 'variants.Bad Name', pattern: '^[a-z-]+$' },
  'config.missing-field': { field: 'languages.kotlin', missing: 'query' },
  'config.unknown-field': { field: 'includes' },
  'config.one-of': { field: 'rules.transport-cleartext-url', values: 'off, on, error, warning, note' },
  'config.pattern': { field: 'id', pattern: '^[a-z]+$' },
  'config.type': { field: 'exclude', type: 'array' },
  'config.min-length': { field: 'exclude.0', limit: 1 },
  'config.invalid': { field: 'x', message: 'must be <= 3' },
  'config.unknown-rule': { id: 'tls-weak-protocol', suggestion: 'tls-weak-protocol-version', known: 'a, b' },
};

const sample = (id: keyof NoteParams): Note => ({ id, params: SAMPLES[id] }) as Note;
/** Parameters shown as words of the language, not as their value (English keeps JSON's type names; ja says "empty" for a minimum length of 1). */
const SHOWN_AS_WORDS: Record<string, readonly Locale[]> = {
  'partial.json-syntax problem': ['en', 'ja'],
  'config.type type': ['ja'],
  'config.min-length limit': ['ja'],
};
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('notes: one catalogue, English and Japanese', () => {
  test('every note id renders in both languages, with its parameters filled in', () => {
    assert.deepEqual([...NOTE_IDS].sort(), Object.keys(SAMPLES).sort(), 'the samples cover every id');
    for (const id of NOTE_IDS) {
      const en = renderNote(sample(id), 'en');
      const ja = renderNote(sample(id), 'ja');
      for (const [locale, text] of [['en', en], ['ja', ja]] as const) {
        assert.ok(text.trim().length > 0, `${id} ${locale}: empty`);
        assert.doesNotMatch(text, /undefined|\[object |NaN|\$\{/, `${id} ${locale}: ${text}`);
        for (const [name, value] of Object.entries(SAMPLES[id] as Record<string, unknown>)) {
          if (SHOWN_AS_WORDS[`${id} ${name}`]?.includes(locale)) continue;
          assert.ok(text.includes(String(value)), `${id} ${locale} names ${String(value)}: ${text}`);
        }
      }
      assert.doesNotMatch(en, JAPANESE, `${id} en`);
      assert.match(ja, JAPANESE, `${id} ja is Japanese: ${ja}`);
      assert.notEqual(en, ja, id);
    }
  });

  test('every JSON syntax problem has both languages', () => {
    for (const [problem, text] of Object.entries(JSON_PROBLEMS)) {
      assert.doesNotMatch(text.en('}'), JAPANESE, problem);
      assert.match(text.ja('}'), JAPANESE, problem);
    }
  });

  test('the English texts are the ones the JSON and SARIF outputs always carried', () => {
    assert.equal(renderNote(note('partial.syntax-error', { line: 3 }), 'en'), 'syntax error near line 3: checked as far as the parser could read the code');
    assert.equal(renderNote(note('skip.binary'), 'en'), 'binary file (contains NUL bytes)');
    assert.equal(renderNote(note('partial.json-syntax', { line: 1, problem: 'comma-or-close-expected', close: '}' }), 'en'),
      "JSON syntax error on line 1: ',' or '}' was expected; checked up to there");
    assert.equal(renderNotes([note('note.invalid-utf8'), note('partial.syntax-error', { line: 2 })], 'en'),
      'not valid UTF-8: analysed with replacement characters; syntax error near line 2: checked as far as the parser could read the code');
  });

  test('Japanese: the partly-analysed and binary plist notes read as written, not word for word', () => {
    assert.equal(renderNote(note('partial.syntax-error', { line: 7 }), 'ja'), '7 行目付近に構文エラーがあります。パーサーが読み取れた範囲までを検査しました');
    assert.match(renderNote(note('skip.binary-plist'), 'ja'), /`plutil -convert xml1` で XML に変換すると検査できます/);
  });
});

describe('.securecomm.yml mistakes in the reader\'s language', () => {
  const mistakes = (text: string): readonly ConfigError[] => {
    try {
      parseProjectConfig('.securecomm.yml', text, ['transport-cleartext-url', 'tls-weak-protocol-version']);
    } catch (e) {
      if (e instanceof ConfigError) return e.all;
      throw e;
    }
    assert.fail('no mistake found');
  };

  test('each schema mistake, the unknown rule id and a YAML syntax error have an English and a Japanese text', () => {
    const all = mistakes('rules:\n  transport-cleartext-url: maybe\n  tls-weak-protocol: off\nexclude: 3\nincludes: [docs]\ninclude-tests: yes please\n');
    assert.deepEqual(all.map((e) => e.messageIn('en')), [
      ".securecomm.yml:2: 'rules.transport-cleartext-url' must be one of: off, on, error, warning, note",
      ".securecomm.yml:4: 'exclude' must be array",
      ".securecomm.yml:5: 'includes' is not a known field",
      ".securecomm.yml:6: 'include-tests' must be boolean",
    ], 'the English texts as before (rule ids are checked once the shape is right)');
    assert.deepEqual(all.map((e) => e.detailIn('ja')), [
      "'rules.transport-cleartext-url' には次のいずれかを指定してください: off, on, error, warning, note",
      "'exclude' には配列を指定してください",
      "'includes' というフィールドはありません",
      "'include-tests' には真偽値（true / false）を指定してください",
    ]);
    assert.deepEqual(all.map((e) => e.message), all.map((e) => e.messageIn('en')), 'Error.message stays English (logs)');
    const [unknown] = mistakes('rules:\n  tls-weak-protocol: off\n');
    assert.equal(unknown!.messageIn('ja'), ".securecomm.yml:2: 'tls-weak-protocol' というルールはありません（'tls-weak-protocol-version' のことですか？）。ルールの一覧: transport-cleartext-url, tls-weak-protocol-version");
    const [syntax] = mistakes('rules:\n  a: [off\n');
    assert.match(syntax!.detailIn('ja'), /^YAML の構文エラー: /);
    assert.match(syntax!.detailIn('en'), /^YAML syntax: /);
  });

  test('a rule file\'s mistake (for rule authors) keeps its one English text', () => {
    const e = new ConfigError('rule.yaml', 4, "'severity' must be one of: error, warning, note");
    assert.equal(e.detailIn('ja'), e.detail);
  });
});

describe('reports: text in the --locale language, JSON and SARIF in English with the notes as data', () => {
  const reports: FileReport[] = [
    { file: '/p/blob.kt', findings: [], skipped: note('skip.binary') },
    { file: '/p/Checkout.kt', findings: [], notes: [note('partial.syntax-error', { line: 5 })] },
  ];

  test('text: skip reasons, notes and the summary line in Japanese', () => {
    const leftOut = { ...countLeftOut(), test: 3 };
    const out = formatText(reports, '/p', 'ja', leftOut).split('\n');
    assert.deepEqual(out.slice(0, 3), [
      'blob.kt  スキップ  バイナリファイルです（NUL バイトを含みます）',
      'Checkout.kt  注記      5 行目付近に構文エラーがあります。パーサーが読み取れた範囲までを検査しました',
      '検出 0 件（error 0、warning 0、note 0）、解析 1 ファイル、抑制 0 件、スキップ 1 ファイル。対象外: test 3 ファイル（--include test で検査できます）',
    ]);
    assert.deepEqual(formatText(reports, '/p', 'en', leftOut).split('\n').slice(0, 3), [
      'blob.kt  skipped  binary file (contains NUL bytes)',
      'Checkout.kt  note     syntax error near line 5: checked as far as the parser could read the code',
      '0 findings (0 error, 0 warning, 0 note) in 1 file analysed; 0 suppressed; 1 file skipped; left out: 3 test files (--include test to scan them)',
    ]);
  });

  test('JSON keeps its English texts; SARIF notifications add the notes as ids and parameters', () => {
    const json = JSON.parse(formatJson(reports, '/p', '0.0.0'));
    assert.deepEqual(json.skipped, [{ path: 'blob.kt', reason: 'binary file (contains NUL bytes)' }]);
    assert.deepEqual(json.notes, [{ path: 'Checkout.kt', note: 'syntax error near line 5: checked as far as the parser could read the code' }]);
    const sarif = JSON.parse(formatSarif(reports, [], '/p', '0.0.0'));
    const notifications = sarif.runs[0].invocations[0].toolExecutionNotifications;
    assert.deepEqual(notifications.map((n: { message: { text: string } }) => n.message.text), [
      'Skipped: binary file (contains NUL bytes)',
      'syntax error near line 5: checked as far as the parser could read the code',
    ]);
    assert.deepEqual(notifications.map((n: { properties: unknown }) => n.properties), [
      { notes: [{ id: 'skip.binary', params: {} }] },
      { notes: [{ id: 'partial.syntax-error', params: { line: 5 } }] },
    ]);
  });
});
