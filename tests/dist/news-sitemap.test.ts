/**
 * The site npm test built has only the 2015 seed story, far outside Google
 * News's two days, so there is no news sitemap and the index names none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../support/dist-files.ts';

test('no news sitemap without a story from the last two days', () => {
  expect(fs.readdirSync(DIST).filter((f) => f.startsWith('sitemap-'))).toEqual([
    'sitemap-index.xml',
    'sitemap-pages-0.xml',
  ]);
  expect(fs.readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8')).not.toContain('news');
});
