/**
 * How the search index is cut into bundles (src/lib/search/bundles.ts): a save must re-index one bundle, so a story's
 * bundle depends on its address alone while the archive grows, and every story is in exactly one bundle of its
 * language, listed in the table of contents the search page reads.
 */
import { describe, expect, test } from 'vitest';
import { bundleCount, bundleOf, planBundles, storiesPerBundle } from '../../../src/lib/search/bundles.ts';

const story = (i: number, index = 'en', digest = 'd') => ({ url: `/2024/01/02/story-${i}/`, index, digest });

describe('search bundles', () => {
  test('a language has one bundle up to the limit, then the least power of two that keeps each within it', () => {
    expect([0, 1, 1000].map((n) => bundleCount(n, 1000))).toEqual([1, 1, 1]);
    expect([1001, 2000, 2001, 10_000, 100_000].map((n) => bundleCount(n, 1000))).toEqual([2, 2, 4, 16, 128]);
  });

  test("a story's bundle is its address's, the same in every run, and spread evenly", () => {
    expect(bundleOf('/2024/01/02/story-7/', 16)).toBe(bundleOf('/2024/01/02/story-7/', 16));
    const counts = new Array(16).fill(0);
    for (let i = 0; i < 16_000; i++) counts[bundleOf(story(i).url, 16)]++;
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1200);
  });

  test('every story is in one bundle, in the order given; the table of contents lists each language’s bundles', () => {
    const stories = [...Array.from({ length: 50 }, (_, i) => story(i)), story(99, 'fa'), story(98, 'fa')];
    const { bundles, manifest } = planBundles(stories, 10);
    expect(bundles.map((b) => b.dir)).toEqual(['', ...Array.from({ length: 7 }, (_, k) => `bundles/${k + 1}/`)]);
    const placed = bundles.flatMap((b) => b.stories);
    expect(placed).toHaveLength(stories.length);
    expect(new Set(placed)).toEqual(new Set(stories));
    for (const b of bundles) expect(b.stories).toEqual(stories.filter((s) => b.stories.includes(s)));
    // Persian has two stories: one bundle of its own, the first.
    expect(manifest.languages.fa).toEqual(['']);
    expect(manifest.languages.en).toEqual(
      bundles.filter((b) => b.stories.some((s) => s.index === 'en')).map((b) => b.dir),
    );
    expect(Object.keys(manifest.bundles)).toEqual(bundles.map((b) => b.dir));
  });

  test("a change to one story moves its bundle's digest alone", () => {
    const stories = Array.from({ length: 40 }, (_, i) => story(i));
    const before = planBundles(stories, 10);
    const after = planBundles(
      stories.map((s, i) => (i === 7 ? { ...s, digest: 'edited' } : s)),
      10,
    );
    const moved = before.bundles.filter((b, k) => b.digest !== after.bundles[k].digest).map((b) => b.dir);
    expect(moved).toEqual([before.bundles.find((b) => b.stories.includes(stories[7]))!.dir]);
  });

  test('a new story adds to one bundle, until the count doubles the bundles', () => {
    const stories = Array.from({ length: 30 }, (_, i) => story(i));
    const before = planBundles(stories, 10);
    const after = planBundles([...stories, story(500)], 10);
    expect(before.bundles.filter((b, k) => b.digest !== after.bundles[k].digest)).toHaveLength(1);
  });

  test('the limit can be set for a site, and a wrong one is named', () => {
    expect(storiesPerBundle({})).toBe(3000);
    expect(storiesPerBundle({ GAZETTE_SEARCH_BUNDLE_STORIES: '250' })).toBe(250);
    expect(() => storiesPerBundle({ GAZETTE_SEARCH_BUNDLE_STORIES: 'many' })).toThrow(
      'GAZETTE_SEARCH_BUNDLE_STORIES must be a whole number of stories, 1 or more; it is "many"',
    );
  });
});
