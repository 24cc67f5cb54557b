import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildLock } from '../../../scripts/build-lock.ts';
import { scratchDir } from '../../support/scratch.ts';

test('a second build beside the same output is refused while the first runs, and allowed after', () => {
  const file = path.join(scratchDir('lock'), '.dist-building.lock');
  const first = buildLock(file);
  expect(() => buildLock(file, process.pid + 1)).toThrow(`Another build (pid ${process.pid})`);
  first.release();
  expect(fs.existsSync(file)).toBe(false);
  buildLock(file).release();
});

test('a lock left by a build that was killed is taken over', () => {
  const file = path.join(scratchDir('lock'), '.dist-building.lock');
  // Pids above the kernel's pid_max (4,194,304 at most) are never running.
  fs.writeFileSync(file, '99999999\n');
  const lock = buildLock(file);
  expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
  lock.release();
});
