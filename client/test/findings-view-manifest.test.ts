import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as protocol from '../src/protocol';

// The findings view's contributions and its protocol with the server, checked without VS Code.

const root = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const VIEW = 'securecomm.findings';

describe('findings view manifest', () => {
  it('is a "SecureComm" activity bar container with a monochrome SVG icon, shipped in the VSIX', () => {
    const [container] = pkg.contributes.viewsContainers.activitybar;
    assert.equal(container.id, 'securecomm');
    assert.deepEqual(pkg.contributes.views.securecomm.map((v: { id: string }) => v.id), [VIEW]);
    const svg = fs.readFileSync(path.join(root, container.icon), 'utf8');
    assert.match(svg, /^<svg [^>]*viewBox="0 0 24 24"/);
    const colours = new Set(svg.match(/#[0-9a-f]{3,6}\b/gi));
    assert.ok(colours.size <= 1, `one colour (VS Code masks the icon with the theme's): ${[...colours].join(', ')}`);
    assert.ok(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').includes(`!${container.icon}`));
  });

  it('has a welcome with a "Scan Workspace" button before and after a scan', () => {
    const welcome = pkg.contributes.viewsWelcome.filter((w: { view: string }) => w.view === VIEW);
    assert.deepEqual(welcome.map((w: { when: string }) => w.when), ['!securecomm.findings.scanned', 'securecomm.findings.scanned']);
    for (const w of welcome) assert.match(w.contents, /^%.+%$/);
  });

  it('shows its commands only in the view; commands that need a tree item are not in the palette', () => {
    const declared = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    const menus = pkg.contributes.menus;
    const inView = [...menus['view/title'], ...menus['view/item/context']];
    for (const entry of inView) {
      assert.ok(declared.has(entry.command), entry.command);
      assert.match(entry.when, new RegExp(`^view == ${VIEW.replace('.', '\\.')}( |$)`), entry.command);
    }
    const hidden = menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command);
    for (const command of menus['view/item/context'].map((m: { command: string }) => m.command)) assert.ok(hidden.includes(command), command);
    assert.deepEqual(menus['view/title'].map((m: { command: string }) => m.command), ['securecomm.findings.filter', protocol.SCAN_WORKSPACE_COMMAND, 'securecomm.findings.refresh']);
    for (const command of menus['view/title'].map((m: { command: string }) => m.command)) {
      assert.match(pkg.contributes.commands.find((c: { command: string }) => c.command === command).icon, /^\$\([a-z-]+\)$/, `${command} has an icon for the view title`);
    }
  });

  it('names the same requests and notifications as the server (server/src/lsp/protocol-names.ts)', () => {
    const server = fs.readFileSync(path.join(root, 'server', 'src', 'lsp', 'protocol-names.ts'), 'utf8');
    const names = [...server.matchAll(/export const (\w+) = '([^']+)';/g)];
    assert.ok(names.length >= 3, 'the server names its requests');
    for (const [, name, value] of names) assert.equal((protocol as Record<string, unknown>)[name!], value, name);
  });

  it('knows the titles of the server\'s "suppress on this line" quick fix, in English and Japanese (server/src/lsp/code-actions.ts)', () => {
    const actions = fs.readFileSync(path.join(root, 'server', 'src', 'lsp', 'code-actions.ts'), 'utf8');
    const serverTitles = [...actions.matchAll(/suppress: \(id\) => `([^`]+)`/g)].map((m) => m[1]!.replace('${id}', 'tls-trust-all-certificates'));
    assert.equal(serverTitles.length, 2, 'one title per locale on the server');
    assert.deepEqual(protocol.SUPPRESS_LINE_TITLES.map((title) => title('tls-trust-all-certificates')), serverTitles);
  });
});
