import * as fs from 'node:fs';
import * as path from 'node:path';
import { installRoot } from './assets';

/** This installation's version, from its package.json (CLI --version, reports, the server's log). */
export function toolVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(installRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
