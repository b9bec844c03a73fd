import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

// The walkthrough (contributes.walkthroughs), checked without VS Code. VS Code reads a step's
// Markdown media as `<name>.nls.<locale>.md` first, then `<name>.md`: every step needs both.

const root = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): any => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const pkg = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsJa: Record<string, string> = readJson('package.nls.ja.json');

interface Step { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }
const walkthroughs: { id: string; steps: Step[] }[] = pkg.contributes.walkthroughs;

/**
 * Commands the walkthrough links that another change of the same release contributes
 * (securecomm.exportFindings: "Export Findings…"). Remove an entry once package.json has it.
 */
const COMPLETION_EVENT = /^(onCommand|onLink|onView|onSettingChanged|onContext|onExtensionInstalled):.+|^onStepSelected$/;
const BUILT_IN = new Set(['workbench.action.quickOpen', 'workbench.action.openSettings']);

const text = (value: string, table: Record<string, string>): string => table[/^%(.+)%$/.exec(value)?.[1] ?? ''] ?? value;
const commandLinks = (s: string): string[] => [...s.matchAll(/\]\(command:([\w.-]+)/g)].map((m) => m[1]!);

describe('walkthrough', () => {
  it('has steps whose Markdown media exist in English and Japanese', () => {
    assert.equal(walkthroughs.length, 1);
    const steps = walkthroughs[0]!.steps;
    assert.deepEqual(steps.map((s) => s.id), ['findings', 'scan', 'fix', 'configure', 'export']);
    for (const step of steps) {
      const md = step.media.markdown;
      assert.ok(md && /^client\/media\/walkthrough\/[\w-]+\.md$/.test(md), `${step.id}: markdown media under client/media/walkthrough/`);
      const en = fs.readFileSync(path.join(root, md), 'utf8');
      const ja = fs.readFileSync(path.join(root, md.replace(/\.md$/, '.nls.ja.md')), 'utf8');
      assert.match(en, /^# /, `${md} starts with a heading`);
      assert.notEqual(ja, en, `${md}: the Japanese page is translated`);
      assert.equal((ja.match(/```/g) ?? []).length, (en.match(/```/g) ?? []).length, `${md}: the same code blocks in both languages`);
      assert.ok(step.completionEvents && step.completionEvents.length > 0, `${step.id}: a completion event`);
      // VS Code ignores any other kind (with only a console warning): onLanguage: is not one.
      for (const event of step.completionEvents) assert.match(event, COMPLETION_EVENT, `${step.id}: ${event}`);
    }
  });

  it('links only commands that exist, the same ones in both languages', () => {
    const contributed = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
    for (const step of walkthroughs[0]!.steps) {
      const en = commandLinks(text(step.description, nls));
      assert.ok(en.length > 0, `${step.id}: a command link`);
      assert.deepEqual(commandLinks(text(step.description, nlsJa)), en, `${step.id}: the Japanese text links the same commands`);
      for (const command of en) {
        assert.ok(contributed.has(command) || BUILT_IN.has(command), `${step.id}: unknown command ${command}`);
      }
      for (const event of step.completionEvents ?? []) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        if (command) assert.ok(contributed.has(command), `${step.id}: ${event}`);
      }
    }
  });
});
