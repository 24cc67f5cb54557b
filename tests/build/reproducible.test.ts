/**
 * Two clean builds of the same sources with the same SOURCE_DATE_EPOCH give
 * byte-identical trees, so a deploy can be verified and a diff means a change.
 * Each build gets its own fresh cache, so nothing is shared between them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-fixture.ts';
import { treeHashes } from '../support/tree-hash.ts';

function cleanBuild(contentDir: string): Record<string, string> {
  const build = buildFixture(contentDir);
  if (build.status !== 0) throw new Error(build.output);
  const hashes = treeHashes(build.dist);
  fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
  return hashes;
}

describe.each([
  ['the newsroom content', 'content'],
  ['a tree with a processed image', 'tests/fixtures/figure-and-internal-related'],
])('%s', (_, contentDir) => {
  test('builds byte for byte the same twice', () => {
    const first = cleanBuild(contentDir);
    const second = cleanBuild(contentDir);
    expect(Object.keys(first).length).toBeGreaterThan(3);
    // The search index is compared too: Pagefind's output is byte-identical at a pinned clock, so nothing is exempt.
    expect(Object.keys(first)).toContain('pagefind/pagefind-entry.json');
    expect(second).toEqual(first);
  }, 180_000);
});
