import * as fs from 'node:fs';
import { note, type Note } from '../core/notes';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type SourceRead =
  | { ok: true; text: string; note?: Note }
  | { ok: false; reason: Note };

/**
 * Reads a file for analysis, or says clearly why not. Binary and oversized files are
 * skipped (they are generated or vendored, and would only cost time); invalid UTF-8 is
 * analysed with replacement characters, so a Latin-1 file still gets its findings.
 */
export function readSource(file: string): SourceRead {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    return { ok: false, reason: cannotRead(e) };
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, reason: note('skip.too-large', { megabytes: (size / 1024 / 1024).toFixed(1) }) };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: cannotRead(e) };
  }
  // Xcode may keep an Info.plist in Apple's binary format; it has no lines to report on.
  if (bytes.subarray(0, 8).toString('latin1') === 'bplist00') {
    return { ok: false, reason: note('skip.binary-plist') };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: note('skip.binary') };
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes) };
  } catch {
    return { ok: true, text: LENIENT_UTF8.decode(bytes), note: note('note.invalid-utf8') };
  }
}

function cannotRead(e: unknown): Note {
  return note('skip.cannot-read', { code: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const LENIENT_UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
