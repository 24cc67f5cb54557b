/**
 * For the tests that prove the clock guard is on (scripts/clock-ahead.ts): how far this process's clock is ahead of
 * the file system's, which libfaketime leaves real (NO_FAKE_STAT).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const DAY_MS = 86_400_000;

/** The days the run was asked to move the clock ahead; a clear failure when it was not asked to. */
export function requestedDaysAhead(): number {
  const days = Number(process.env.GAZETTE_CLOCK_AHEAD_DAYS);
  if (!(days > 365)) {
    throw new Error(
      'The clock guard is off: run these tests through `npm test`, `npm run test:unit` or `npm run test:e2e`, which move every clock ahead (scripts/clock-ahead.ts).',
    );
  }
  return days;
}

/** The real time now, read from a file's modification time (the kernel's clock, not the faked one). */
export function fileSystemNow(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-clock-'));
  try {
    const file = path.join(dir, 'now');
    fs.writeFileSync(file, '');
    return fs.statSync(file).mtimeMs;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
