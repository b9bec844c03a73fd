import * as fs from 'node:fs';
import * as path from 'node:path';
import { configKindOf } from '../core/languages';
import { manifestUsing, networkSecurityConfigReference, type ProjectModel } from '../core/project/project-model';
import type { RelatedLocation } from '../core/types';

/** Reads a file's current text: the editor's open document if there is one, else the disk. */
export type ReadText = (file: string) => string | undefined;

export const readFileOrUndefined: ReadText = (file) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * The project model over the file system, shared by the CLI and the language server. A
 * network security config in `<module>/src/<set>/res/xml/` is applied by the manifest of the
 * same source set or of another set of the module (main, debug, a flavour), so those are the
 * manifests it reads: a handful of files, not a walk of the repository.
 */
export class FileProjectModel implements ProjectModel {
  private readonly manifests = new Map<string, string | undefined>();

  constructor(private readonly readText: ReadText = readFileOrUndefined) {}

  relatedFor(filePath: string): RelatedLocation[] {
    if (configKindOf(filePath) !== 'network-security-config') return [];
    const name = path.basename(filePath, '.xml');
    return this.candidateManifests(filePath).flatMap((manifest) => {
      const text = this.manifestText(manifest);
      const reference = text === undefined ? undefined : networkSecurityConfigReference(text);
      return reference?.name === name ? [manifestUsing(manifest, text!, reference)] : [];
    });
  }

  /** Forgets a file's text (the editor changed or saved it). */
  invalidate(file: string): void {
    this.manifests.delete(path.resolve(file));
  }

  private candidateManifests(configFile: string): string[] {
    const resXml = path.dirname(path.resolve(configFile)); // …/res/xml
    const sourceSet = path.dirname(path.dirname(resXml)); // …/src/main
    const sourceSets = path.dirname(sourceSet); // …/src
    const found = new Set<string>();
    const own = path.join(sourceSet, 'AndroidManifest.xml');
    if (this.exists(own)) found.add(own);
    for (const set of safeReaddir(sourceSets)) {
      const manifest = path.join(sourceSets, set, 'AndroidManifest.xml');
      if (this.exists(manifest)) found.add(manifest);
    }
    return [...found].sort();
  }

  private exists(file: string): boolean {
    return this.manifestText(file) !== undefined;
  }

  private manifestText(file: string): string | undefined {
    const key = path.resolve(file);
    if (!this.manifests.has(key)) this.manifests.set(key, this.readText(key));
    return this.manifests.get(key);
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
}
