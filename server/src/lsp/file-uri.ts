import { fileURLToPath } from 'node:url';

/** The path of a `file:` URI, or undefined for one that names none (`file://host/…`, bad escapes). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
