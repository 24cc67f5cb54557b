/**
 * Temporary folders for tests, removed when the test that made them finishes, pass or fail. `npm test` runs every
 * step with TMPDIR pointing at a folder of its own and fails if anything is left in it (scripts/test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh folder under the system temp directory, removed when the current test finishes. */
export function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-${prefix}-`));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
