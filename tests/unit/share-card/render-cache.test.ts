import fs from 'node:fs';
import { expect, test } from 'vitest';
import { cacheKey, cached } from '../../../src/lib/share-card/render-cache.ts';
import { scratchDir } from '../../support/scratch.ts';

test('the key ignores object key order but not values, and hashes bytes by content', () => {
  expect(cacheKey({ a: 1, b: 2 })).toBe(cacheKey({ b: 2, a: 1 }));
  expect(cacheKey({ a: 1 })).not.toBe(cacheKey({ a: 2 }));
  expect(cacheKey(new Uint8Array([1, 2]))).toBe(cacheKey(new Uint8Array([1, 2])));
  expect(cacheKey(new Uint8Array([1, 2]))).not.toBe(cacheKey(new Uint8Array([2, 1])));
});

test('an unchanged input is read back, not rendered again; a changed one is rendered', async () => {
  const dir = scratchDir('cache');
  let renders = 0;
  const render = async () => {
    renders += 1;
    return Buffer.from(`render ${renders}`);
  };
  const first = await cached(dir, cacheKey('a'), 'png', render);
  const second = await cached(dir, cacheKey('a'), 'png', render);
  expect(renders).toBe(1);
  expect(second.toString()).toBe(first.toString());
  await cached(dir, cacheKey('b'), 'png', render);
  expect(renders).toBe(2);
  expect(fs.readdirSync(dir).sort()).toEqual([`${cacheKey('a')}.png`, `${cacheKey('b')}.png`].sort());
});

test('concurrent requests for one key share a single render', async () => {
  const dir = scratchDir('cache');
  let renders = 0;
  const render = async () => {
    renders += 1;
    await new Promise((r) => setTimeout(r, 20));
    return Buffer.from('once');
  };
  const results = await Promise.all([1, 2, 3].map(() => cached(dir, cacheKey('same'), 'png', render)));
  expect(renders).toBe(1);
  expect(results.map(String)).toEqual(['once', 'once', 'once']);
});

test('card keys are the values the cache already holds: one stable hash serves page keys and cards alike', () => {
  // Computed by the card cache's own hash before it moved to src/lib/incremental/stable-hash.ts; a change here
  // would draw every card afresh once.
  const text = {
    width: 1200,
    height: 630,
    headline: 'Armed gunmen',
    authors: ['A B', 'C'],
    siteName: 'Gazette',
    dateText: 'June 11, 2015',
    year: '2015',
  };
  expect(cacheKey('abc', text, Buffer.from([1, 2, 3]))).toBe('6f3c3a74caaca3dc334ed7ecbecc17af');
  expect(cacheKey('abc', text, null)).toBe('bc45eb6966a60bf979894f4e4fd6cfde');
});
