/**
 * A failed build leaves the previous site exactly as it was: build a good tree,
 * break it two ways (one the content check stops, one only Astro can find), and
 * the published files must not change by a byte, with no scratch left beside them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildFixture, FIXTURE_TMP, ROOT } from '../support/build-fixture.ts';
import { treeHashes } from '../support/tree-hash.ts';

let work: string;
let content: string;
let dist: string;
let published: Record<string, string>;

beforeAll(() => {
  fs.mkdirSync(FIXTURE_TMP, { recursive: true });
  work = fs.mkdtempSync(path.join(FIXTURE_TMP, 'keeps-dist-'));
  content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  fs.cpSync(path.join(ROOT, 'tests/fixtures/figure-and-internal-related'), content, { recursive: true });
  const good = buildFixture(content, { GAZETTE_DIST: dist });
  if (good.status !== 0) throw new Error(good.output);
  published = treeHashes(dist);
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function leftovers(): string[] {
  return fs.readdirSync(work).filter((f) => f !== 'content' && f !== 'dist');
}

test('the good build published pages and an image', () => {
  expect(Object.keys(published)).toContain('2020/03/01/fixture-with-image/index.html');
  expect(Object.keys(published).some((f) => f.endsWith('.avif'))).toBe(true);
});

/** Breaks one file, builds, puts the file back; the build's output is returned. */
function buildBroken(
  relative: string,
  corrupt: (original: Buffer) => string | Buffer,
): { status: number; output: string } {
  const file = path.join(content, relative);
  const original = fs.readFileSync(file);
  fs.writeFileSync(file, corrupt(original));
  try {
    return buildFixture(content, { GAZETTE_DIST: dist });
  } finally {
    fs.writeFileSync(file, original);
  }
}

test('an entry the content check rejects: dist/ unchanged', () => {
  const build = buildBroken('articles/with-image.md', (md) => md.toString('utf8').replace(/^headline: .*\n/m, ''));
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('with-image.md: headline is required');
  // Astro starts beside the check, but a build the check refuses is stopped unheard: the editor reads one message.
  expect(build.output).toContain('Build stopped before it began');
  expect(build.output).not.toMatch(/\[(build|content|vite)\]/);
  expect(treeHashes(dist)).toEqual(published);
  expect(leftovers()).toEqual([]);
}, 120_000);

test('an entry only Astro can find broken (a corrupt image): dist/ unchanged', () => {
  const build = buildBroken('articles/test-pattern.jpg', () => 'this is not a JPEG');
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('Content check:');
  expect(build.output).toContain('Build failed');
  expect(treeHashes(dist)).toEqual(published);
  expect(leftovers()).toEqual([]);
}, 120_000);
