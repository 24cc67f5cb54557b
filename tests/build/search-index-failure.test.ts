/**
 * The search index is part of the build: when it cannot be written, the build
 * fails and the last good dist/ (its index included) stays exactly as it was.
 * The failure is a real one: Pagefind's indexer binary missing, pointed at a
 * path that does not exist through the variable Pagefind itself reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildFixture, FIXTURE_TMP, ROOT } from '../support/build-fixture.ts';
import { treeHashes } from '../support/tree-hash.ts';

let work: string;
let dist: string;
let published: Record<string, string>;
const content = path.join(ROOT, 'tests/fixtures/figure-and-internal-related');

beforeAll(() => {
  fs.mkdirSync(FIXTURE_TMP, { recursive: true });
  work = fs.mkdtempSync(path.join(FIXTURE_TMP, 'index-fails-'));
  dist = path.join(work, 'dist');
  const good = buildFixture(content, { GAZETTE_DIST: dist });
  if (good.status !== 0) throw new Error(good.output);
  published = treeHashes(dist);
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('the good build carries the index', () => {
  expect(Object.keys(published)).toContain('pagefind/pagefind-entry.json');
  expect(Object.keys(published).some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
});

test('an indexer that cannot run fails the build, and dist/ is untouched', () => {
  const missing = path.join(work, 'no-such-pagefind');
  const build = buildFixture(content, { GAZETTE_DIST: dist, PAGEFIND_EXTENDED_BINARY_PATH: missing });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('Search index failed');
  expect(build.output).toContain('Build failed');
  expect(treeHashes(dist)).toEqual(published);
  expect(fs.readdirSync(work).filter((f) => f !== 'dist')).toEqual([]);
}, 120_000);
