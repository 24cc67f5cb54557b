/**
 * Two checks `npm test` makes around the test steps, so drift and litter fail loudly instead of piling up:
 * the lockfile is exactly as committed after `npm install`, and the tests left nothing in their temp directory.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Why the lockfile differs from the committed one, or undefined when it does not (or this is no git checkout). */
export function lockfileDrift(root: string): string | undefined {
  const git = spawnSync('git', ['status', '--porcelain', '--', 'package-lock.json'], { cwd: root, encoding: 'utf8' });
  if (git.status !== 0) return undefined;
  if (git.stdout.trim() === '') return undefined;
  return (
    'package-lock.json differs from the committed one after npm install, so npm ci would fail or install other ' +
    'versions. Commit the lockfile exactly as npm install leaves it (git diff package-lock.json shows the change).'
  );
}

/** A fresh, empty temp directory for one test run; tests' os.tmpdir() is this when TMPDIR points here. */
export function freshTempDir(root: string): string {
  const dir = path.join(root, 'node_modules', '.cache', 'gazette-test-tmp');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The tools' own caches, which they keep in the temp directory on purpose and reuse: Node's module compile cache and
 * Playwright's transform cache. They are not litter from a test; the run's temp directory is removed after it anyway.
 */
const TOOL_CACHES = [/^node-compile-cache$/, /^playwright-transform-cache-\d+$/];

/** What the tests left behind in `dir`, by name. */
export function leftovers(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => !TOOL_CACHES.some((cache) => cache.test(name)))
    .sort();
}
