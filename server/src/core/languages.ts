import * as path from 'node:path';
import type { DocumentLanguage, GrammarId } from './types';

export interface DetectedLanguage {
  language: DocumentLanguage;
  grammar: GrammarId;
}

const BY_EXTENSION: Record<string, DetectedLanguage> = {
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

/** Android network configuration lives in these XML files (any `res/xml*` folder). */
const ANDROID_XML = /(^|[\\/])(AndroidManifest\.xml|network_security_config[\w-]*\.xml)$/;

/**
 * The language of a file, from its name alone (no content sniffing, so it is cheap enough
 * to run over every path of a 20,000-file walk). Undefined means "not ours".
 */
export function detectLanguage(filePath: string): DetectedLanguage | undefined {
  const base = path.basename(filePath);
  if (ANDROID_XML.test(filePath)) return { language: 'android-xml', grammar: 'xml' };
  if (base === 'Info.plist' || base.endsWith('-Info.plist')) return { language: 'plist', grammar: 'xml' };
  if (base.endsWith('.d.ts')) return undefined; // declarations carry no behaviour
  return BY_EXTENSION[path.extname(base).toLowerCase()];
}

/** Language ids used by editors (VS Code / LSP `languageId`) mapped to ours. */
export function languageFromEditorId(languageId: string, filePath: string): DetectedLanguage | undefined {
  switch (languageId) {
    case 'java': return { language: 'java', grammar: 'java' };
    case 'kotlin': return { language: 'kotlin', grammar: 'kotlin' };
    case 'swift': return { language: 'swift', grammar: 'swift' };
    case 'typescript': return { language: 'typescript', grammar: 'typescript' };
    case 'typescriptreact':
    case 'javascript':
    case 'javascriptreact': return { language: 'typescript', grammar: 'tsx' };
    default: return detectLanguage(filePath);
  }
}
