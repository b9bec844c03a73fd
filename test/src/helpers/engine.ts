import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../../../server/out/core/analyzer';
import { detectLanguage, type DetectedLanguage } from '../../../server/out/core/languages';
import { createAnalyzer } from '../../../server/out/node/create-analyzer';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const RULES_DIR = path.join(REPO, 'server', 'rules');

let shared: Analyzer | undefined;
/** One analyzer for the whole test process: grammars and queries load once. */
export function analyzer(): Analyzer {
  shared ??= createAnalyzer();
  return shared;
}

export function languageOf(file: string): DetectedLanguage {
  const detected = detectLanguage(file);
  if (!detected) throw new Error(`no language for ${file}`);
  return detected;
}

export function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
