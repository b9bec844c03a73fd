import { positionAt } from '../text-edits';
import type { RelatedLocation } from '../types';

/**
 * Facts about other files of the project that change what a finding means. The CLI and the
 * language server implement it over the files they can read (node/project-files.ts); core
 * only consumes the answers, so it never touches the disk. The first fact: which
 * manifest uses a network security config (roadmap: constants shared across files).
 */
export interface ProjectModel {
  /** Places in other files that explain the findings of this file. */
  relatedFor(filePath: string): RelatedLocation[];
}

/** A project model that knows nothing: single files, tests, hosts without a file system. */
export const NO_PROJECT: ProjectModel = { relatedFor: () => [] };

export interface ConfigReference {
  /** The resource name: `network_security_config` for `@xml/network_security_config`. */
  name: string;
  startIndex: number;
  endIndex: number;
}

const NSC_ATTRIBUTE = /\bandroid:networkSecurityConfig\s*=\s*(["'])@xml\/([\w.]+)\1/;

/**
 * Where a manifest names its network security config. A text search is enough here (the
 * attribute has one spelling) and keeps the project model from parsing every manifest.
 */
export function networkSecurityConfigReference(manifestText: string): ConfigReference | undefined {
  const match = NSC_ATTRIBUTE.exec(manifestText);
  if (!match) return undefined;
  return { name: match[2]!, startIndex: match.index, endIndex: match.index + match[0].length };
}

/** The related location for a manifest that names the config being analysed. */
export function manifestUsing(manifestFile: string, manifestText: string, reference: ConfigReference): RelatedLocation {
  return {
    file: manifestFile,
    range: { start: positionAt(manifestText, reference.startIndex), end: positionAt(manifestText, reference.endIndex) },
    startIndex: reference.startIndex,
    endIndex: reference.endIndex,
    message: {
      en: 'This network security config is applied by this manifest (android:networkSecurityConfig).',
      ja: 'このネットワークセキュリティ構成は、このマニフェストで適用されています（android:networkSecurityConfig）。',
    },
  };
}
