import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];
// node --test runs each test file in its own process: its folders go when it exits, so a
// test run leaves nothing behind in the system's temp folder (it had thousands of them).
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temp folder, removed when this test process exits. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}
