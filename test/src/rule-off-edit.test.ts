import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleOffEdit } from '../../server/out/lsp/rule-off-edit';
import { applyLspEdits } from './helpers/lsp-client';

const ID = 'tls-trust-all-certificates';
const apply = (text: string | undefined) => {
  const edit = ruleOffEdit(text, ID);
  return edit && applyLspEdits(text ?? '', [edit]);
};

describe('turning a rule off in .securecomm.yml', () => {
  test('a new file, a file without rules:, a block rules:, an existing entry', () => {
    assert.equal(apply(undefined), `rules:\n  ${ID}: off\n`);
    assert.equal(apply('exclude:\n  - build/\n'), `exclude:\n  - build/\nrules:\n  ${ID}: off\n`);
    assert.equal(apply('exclude: []'), `exclude: []\nrules:\n  ${ID}: off\n`);
    assert.equal(apply('rules:\n    other-rule: note\nexclude: []\n'), `rules:\n    ${ID}: off\n    other-rule: note\nexclude: []\n`, 'the file\'s own indentation');
    assert.equal(apply(`# team policy\nrules:\n  ${ID}: error # reviewed\n`), `# team policy\nrules:\n  ${ID}: off # reviewed\n`);
  });

  test('flow-style rules are left to a person', () => {
    assert.equal(ruleOffEdit('rules: { transport-cleartext-url: off }\n', ID), undefined);
  });
});
