// Makes VS Code's display language Japanese without the marketplace.
//
// VS Code only switches its display language (and so `vscode.env.language`, which the language
// client sends as InitializeParams.locale) when a language pack for that locale is registered in
// <user-data-dir>/languagepacks.json; with `--locale ja` and no pack it silently falls back to
// 'en'. The real pack (MS-CEINTL.vscode-language-pack-ja) only comes from the marketplace, so this
// registers a local one whose core translations are empty: the workbench's own strings stay
// English, but VS Code resolves the language to 'ja', the extension host reports 'ja', and
// extensions get their Japanese package.nls.ja.json and l10n/bundle.l10n.ja.json.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function install(locale, { userData }) {
  const translations = path.join(__dirname, 'fixtures', `language-pack-${locale}`, 'main.i18n.json');
  if (!fs.existsSync(translations)) throw new Error(`no language pack fixture for ${locale}: ${translations}`);
  const packs = {
    [locale]: {
      // The hash names the translation cache folder (<user-data-dir>/clp/<hash>.<locale>).
      hash: `securecomm-e2e-${locale}`,
      // VS Code reads extensions[0] as the pack's id (an empty list fails the remote extension
      // scan with a TypeError, and then no extension loads at all). No such extension is installed:
      // with the gallery disabled VS Code never tries to fetch it.
      extensions: [{ extensionIdentifier: { id: `securecomm-e2e.language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.mkdirSync(userData, { recursive: true });
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

module.exports = { install };
