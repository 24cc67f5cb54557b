/**
 * npm test runs vitest with the clock moved ahead (scripts/clock-ahead.ts), so a test that reads the real clock
 * fails now rather than on the day its answer changes. These prove the move is in force, here and in the processes
 * the tests start (fixture builds).
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { DAY_MS, fileSystemNow, requestedDaysAhead } from '../../support/clock-ahead.ts';

test('the test process reads a clock moved ahead by the requested days', () => {
  const days = requestedDaysAhead();
  const ahead = (Date.now() - fileSystemNow()) / DAY_MS;
  expect(ahead).toBeGreaterThan(days - 1);
  expect(ahead).toBeLessThan(days + 1);
});

test('so does a process it starts, as a fixture build is started', () => {
  const days = requestedDaysAhead();
  const child = spawnSync(process.execPath, ['-e', 'console.log(Date.now())'], { encoding: 'utf8' });
  const ahead = (Number(child.stdout.trim()) - fileSystemNow()) / DAY_MS;
  expect(ahead).toBeGreaterThan(days - 1);
  expect(ahead).toBeLessThan(days + 1);
});
