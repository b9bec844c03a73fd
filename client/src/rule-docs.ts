import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * Rule guidance shown read-only and rendered: a virtual document (`securecomm-docs:/ID/LOCALE.md`)
 * read from the extension's own rule folders, opened in VS Code's Markdown preview. Opening the
 * installed `docs/en.md` itself gave an editable file inside the extension's folder.
 */
export const RULE_DOCS_SCHEME = 'securecomm-docs';
export const SHOW_RULE_DOCS_COMMAND = 'securecomm.showRuleDocs';
const RULE_ID = /^(tls|transport|auth)-[a-z0-9-]+$/;
/** `file:///…/server/rules/<id>/docs/<locale>.md`, as the server links a rule's page. */
const INSTALLED_DOC = /\/server\/rules\/((?:tls|transport|auth)-[a-z0-9-]+)\/docs\/(en|ja)\.md$/;

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const [, id, file] = uri.path.split('/');
      const locale = file?.replace(/\.md$/, '');
      if (!id || !RULE_ID.test(id) || (locale !== 'en' && locale !== 'ja')) return `Unknown rule page: ${uri.path}`;
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(context.asAbsolutePath(path.join('server', 'rules', id, 'docs', `${locale}.md`))));
      return new TextDecoder().decode(bytes);
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, provider),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, (id: string, locale: string) => showRuleDocs(id, locale)),
  );
}

export async function showRuleDocs(id: string, locale: string): Promise<boolean> {
  if (!RULE_ID.test(id)) return false;
  const uri = vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `/${id}/${locale === 'ja' ? 'ja' : 'en'}.md` });
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return true;
}

/** The rule and locale of an installed rule page's URI, if it is one. */
export function ruleDocOf(uri: string): { id: string; locale: string } | undefined {
  const match = INSTALLED_DOC.exec(uri);
  return match ? { id: match[1]!, locale: match[2]! } : undefined;
}

/** A diagnostic code link that opens the rendered page instead of the installed file. */
export function ruleDocsCommandUri(id: string, locale: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([id, locale]))}`);
}
