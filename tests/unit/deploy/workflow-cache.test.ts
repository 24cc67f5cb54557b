/** The GitHub Pages workflow keeps the folder the build really caches in, after the install that would delete it. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { DEFAULT_CACHE_DIR } from '../../../src/lib/incremental/cache-dir.ts';

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, string> };

test('deploy.yml restores and saves the build cache, keyed on the lockfile and the Astro config, after npm ci', () => {
  const file = path.resolve(import.meta.dirname, '../../../.github/workflows/deploy.yml');
  const steps = (yaml.load(fs.readFileSync(file, 'utf8')) as { jobs: { build: { steps: Step[] } } }).jobs.build.steps;
  const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
  expect(cache).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci')));
  expect(cache).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
  const { path: cached, key, 'restore-keys': restore } = steps[cache].with!;
  expect(cached).toBe(DEFAULT_CACHE_DIR);
  expect(key).toContain("hashFiles('package-lock.json', 'astro.config.ts')");
  // A fresh entry per run (caches are immutable), restored from the newest with the same prefix.
  expect(key).toContain('github.run_id');
  expect(key.startsWith(restore)).toBe(true);
});
