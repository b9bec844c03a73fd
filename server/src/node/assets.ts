import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The installation root: the nearest folder above this module that has
 * `grammars/grammars.json`. The same code then works from `server/out/core` (a checkout or
 * the npm package) and from a single-file bundle in `dist/` (the VS Code extension).
 */
export function installRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'grammars', 'grammars.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find grammars/grammars.json above ${from}`);
  }
}
