import * as path from 'node:path';
import type { ConfigKind } from './documents/config-node';
import type { DocumentLanguage, GrammarId } from './types';

export interface DetectedLanguage {
  language: DocumentLanguage;
  /** The tree-sitter grammar; absent for JSON, which has its own small reader. */
  grammar?: GrammarId;
  /** A config file (manifest, network security config, Info.plist, app config), by its name. */
  config?: ConfigKind;
}

const BY_EXTENSION: Record<string, { language: DocumentLanguage; grammar: GrammarId }> = {
  '.java': { language: 'java', grammar: 'java' },
  '.kt': { language: 'kotlin', grammar: 'kotlin' },
  '.kts': { language: 'kotlin', grammar: 'kotlin' },
  '.swift': { language: 'swift', grammar: 'swift' },
  '.ts': { language: 'typescript', grammar: 'typescript' },
  '.mts': { language: 'typescript', grammar: 'typescript' },
  '.cts': { language: 'typescript', grammar: 'typescript' },
  // JavaScript is parsed with the TSX grammar: it accepts JSX, and plain JS is valid TSX
  // in every construct our rules look at. One query set then serves TS and JS alike.
  '.tsx': { language: 'typescript', grammar: 'tsx' },
  '.js': { language: 'typescript', grammar: 'tsx' },
  '.jsx': { language: 'typescript', grammar: 'tsx' },
  '.mjs': { language: 'typescript', grammar: 'tsx' },
  '.cjs': { language: 'typescript', grammar: 'tsx' },
};

/**
 * Android resources in `res/xml*` folders: a network security config is recognised by its
 * root element (config-documents.ts), whatever the file is called.
 */
const ANDROID_XML_RESOURCE = /(^|[\\/])res[\\/]xml[\w-]*[\\/][^\\/]+\.xml$/i;
/** Elsewhere by its usual name: an Expo config plugin copies `plugins/network_security_config.xml` in. */
const NETWORK_SECURITY_CONFIG_NAME = /network[_-]security[_-]config[\w-]*\.xml$/i;
/**
 * An Info.plist inside a language folder other than Base (`sv-SE.lproj/App-Info.plist`) is an
 * old localised copy: Xcode localises Info.plist values with InfoPlist.strings, and builds the
 * one INFOPLIST_FILE names (a held-out app had two stale copies that still allowed HTTP).
 */
const LOCALISED_COPY = /(^|[\\/])(?!Base\.lproj)[^\\/]+\.lproj[\\/][^\\/]+$/;
const EXPO_CONFIG = /^app(\.config)?\.json$|^app\.config\.[cm]?[jt]s$/;
const CAPACITOR_CONFIG = /^capacitor\.config\.(json|[cm]?[jt]s)$/;

/** The config kind a file's name suggests; its content confirms it (config-documents.ts). */
export function configKindOf(filePath: string): ConfigKind | undefined {
  const base = path.basename(filePath);
  if (base === 'AndroidManifest.xml') return 'android-manifest';
  if (ANDROID_XML_RESOURCE.test(filePath) || NETWORK_SECURITY_CONFIG_NAME.test(base)) return 'network-security-config';
  if ((base === 'Info.plist' || base.endsWith('-Info.plist')) && !LOCALISED_COPY.test(filePath)) return 'info-plist';
  if (base === 'config.xml') return 'cordova-config';
  if (EXPO_CONFIG.test(base)) return 'expo-config';
  if (CAPACITOR_CONFIG.test(base)) return 'capacitor-config';
  return undefined;
}

/**
 * The language of a file, from its name alone (no content sniffing, so it is cheap enough
 * to run over every path of a 20,000-file walk). Undefined means "not ours".
 */
export function detectLanguage(filePath: string): DetectedLanguage | undefined {
  const base = path.basename(filePath);
  const config = configKindOf(filePath);
  if (config) {
    if (base.endsWith('.xml')) return { language: 'xml', grammar: 'xml', config };
    if (base.endsWith('.plist')) return { language: 'plist', grammar: 'xml', config };
    if (base.endsWith('.json')) return { language: 'json', config };
  }
  if (base.endsWith('.d.ts')) return undefined; // declarations carry no behaviour
  const code = BY_EXTENSION[path.extname(base).toLowerCase()];
  return code && (config ? { ...code, config } : code);
}

/** Language ids used by editors (VS Code / LSP `languageId`) mapped to ours. */
export function languageFromEditorId(languageId: string, filePath: string): DetectedLanguage | undefined {
  const config = configKindOf(filePath);
  const withConfig = (d: DetectedLanguage): DetectedLanguage => (config ? { ...d, config } : d);
  switch (languageId) {
    case 'java': return { language: 'java', grammar: 'java' };
    case 'kotlin': return { language: 'kotlin', grammar: 'kotlin' };
    case 'swift': return { language: 'swift', grammar: 'swift' };
    case 'typescript': return withConfig({ language: 'typescript', grammar: 'typescript' });
    case 'typescriptreact':
    case 'javascript':
    case 'javascriptreact': return withConfig({ language: 'typescript', grammar: 'tsx' });
    default: return detectLanguage(filePath); // xml, plist, json, jsonc: by the file's name
  }
}
