import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { freshTempDir, leftovers, lockfileDrift } from '../../../scripts/test-hygiene.ts';
import { scratchDir } from '../../support/scratch.ts';

const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' });

test('a lockfile rewritten by npm install is reported; the committed one is not', () => {
  const repo = scratchDir('lockfile');
  git(repo, 'init', '-q');
  fs.writeFileSync(path.join(repo, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'lock');
  expect(lockfileDrift(repo)).toBeUndefined();
  fs.appendFileSync(path.join(repo, 'package-lock.json'), '{ "added": "by npm install" }\n');
  expect(lockfileDrift(repo)).toMatch(/package-lock\.json differs from the committed one after npm install/);
});

test('outside a git checkout there is nothing to compare, so nothing is reported', () => {
  expect(lockfileDrift(scratchDir('no-git'))).toBeUndefined();
});

test("whatever a test leaves in the run's temp directory is named", () => {
  const root = scratchDir('hygiene');
  const tmp = freshTempDir(root);
  expect(leftovers(tmp)).toEqual([]);
  fs.mkdirSync(path.join(tmp, 'gazette-share-abc'));
  fs.writeFileSync(path.join(tmp, 'stray.txt'), '');
  // Node's and Playwright's own caches are theirs to keep, not a test's litter.
  fs.mkdirSync(path.join(tmp, 'node-compile-cache'));
  fs.mkdirSync(path.join(tmp, 'playwright-transform-cache-0'));
  expect(leftovers(tmp)).toEqual(['gazette-share-abc', 'stray.txt']);
  // A new run starts empty whatever the last one left.
  expect(leftovers(freshTempDir(root))).toEqual([]);
});
