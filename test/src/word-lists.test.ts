import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { loadWordLists } from '../../server/out/node/rule-files';
import { WordLists, wordsOf } from '../../server/out/core/word-lists';
import { tempDir } from './helpers/temp-dir';

/** The shared word lists of server/rules/_lists/: each kind matches what its comment says. */
describe('word lists', () => {
  const lists = loadWordLists();

  test('names: whole identifiers, `*` for any run of characters', () => {
    const m = lists.matcher('assertion-callees');
    assert.deepEqual(['assertEquals', 'XCTAssertEqual', 'expect', 'shouldBeEqual'].map((n) => m.test(n)), [true, true, true, true]);
    assert.deepEqual(['reassert', 'shouldOverrideUrlLoading', 'expectation'].map((n) => m.test(n)), [false, false, false]);
  });

  test('fragments: parts of a name, any case', () => {
    const m = lists.matcher('url-like-names');
    assert.deepEqual(['BASE_URL', 'apiEndpoint', 'serverHost', 'wsUri', 'userName'].map((n) => m.test(n)), [true, true, true, true, false]);
  });

  test('words: whole words of camelCase and snake_case names, two words may join', () => {
    assert.deepEqual(wordsOf('refreshTokenKey'), ['refresh', 'token', 'key']);
    assert.deepEqual(wordsOf('PIN_CODE'), ['pin', 'code']);
    const m = lists.matcher('secret-like-names');
    assert.deepEqual(['userPin', 'PIN_CODE', 'apiKey', 'X_API_KEY', 'refreshToken', 'sessionId'].map((n) => m.test(n)), [true, true, true, true, true, true]);
    assert.deepEqual(['spinner', 'mapping', 'tokenizerVersion', 'opinion'].map((n) => m.test(n)), [false, false, false, false]);
  });

  test('hosts: `*.` for subdomains, `.*` for further labels', () => {
    const ns = lists.matcher('namespace-hosts');
    assert.deepEqual(['www.w3.org', 'schemas.android.com', 'ns.adobe.com', 'w3.org.evil.io', 'api.shop.io'].map((h) => ns.test(h)), [true, true, true, false, false]);
    const placeholder = lists.matcher('placeholder-hosts');
    assert.deepEqual(['example.com', 'api.example.com', 'shop.test', 'example.com.io'].map((h) => placeholder.test(h)), [true, true, true, false]);
  });

  test('hosts: `*` inside an entry stands for any run of host characters', () => {
    const placeholder = lists.matcher('placeholder-hosts');
    assert.deepEqual(['yourhost', 'your-server.com', 'yourauthurl.com', 'myyourhost.io', 'shop.io'].map((h) => placeholder.test(h)), [true, true, true, false, false]);
  });

  test('several lists of one kind combine; an unknown name says which lists exist', () => {
    assert.equal(lists.matcher('logging-callees,ui-text-callees').test('setHint'), true);
    assert.throws(() => lists.matcher('no-such-list'), /unknown word list 'no-such-list' \(known: .*logging-callees/);
    assert.throws(() => lists.matcher('logging-callees,url-like-names'), /mix kinds/);
    assert.equal(new WordLists().patternOf('^log$'), undefined, 'a plain regex is not a list reference');
  });

  test('a list defined twice, or malformed, is an error that names the file and line', () => {
    const dir = tempDir('sc-lists');
    fs.mkdirSync(path.join(dir, '_lists'));
    const entry = 'dup-list:\n  kind: names\n  description: d\n  entries: [a]\n';
    fs.writeFileSync(path.join(dir, '_lists', 'a.yaml'), entry);
    fs.writeFileSync(path.join(dir, '_lists', 'b.yaml'), '# other\n' + entry);
    assert.throws(() => loadWordLists(dir), /b\.yaml:2: word list 'dup-list' is already defined/);
    fs.writeFileSync(path.join(dir, '_lists', 'b.yaml'), 'other-list:\n  kind: sometimes\n  description: d\n  entries: [a]\n');
    assert.throws(() => loadWordLists(dir), /b\.yaml:2: 'other-list\.kind'/);
  });
});

describe('word lists: "a!b" exclusion', () => {
  const lists = loadWordLists();
  test('a word of the first list whose other words are none of the second', () => {
    const m = lists.matcher('secret-like-names!secret-name-qualifiers');
    assert.deepEqual(['refreshToken', 'apiKey', 'KEY_AUTH_TOKEN', 'user_pin', 'authState', 'sessionId'].map((n) => m.test(n)), [true, true, true, true, true, true]);
    assert.deepEqual(['tokenExpiry', 'hasPassword', 'SESSION_COUNT', 'fcmToken', 'encryptedToken', 'tokenizer', 'theme'].map((n) => m.test(n)), [false, false, false, false, false, false, false]);
  });
  test('only words lists combine this way', () => {
    assert.throws(() => lists.matcher('logging-callees!not-secret-names'), /'!' needs words lists/);
  });
});
