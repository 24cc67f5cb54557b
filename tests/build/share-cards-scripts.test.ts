/**
 * Share cards in every script (tests/fixtures/scripts): stories whose headlines and authors are in Russian, Persian,
 * Arabic, Hindi and Chinese, and one whose headline has an emoji no bundled font can draw, by a reporter named in
 * combining marks. The build succeeds, every story has its card, the emoji is named in a warning rather than failing
 * the build, and the pages print every name and headline exactly as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';

const STORIES = [
  { path: '/2026/10/20/rain-in-tehran/', headline: 'Дождь в Тегеране', author: 'Анна Петрова' },
  { path: '/2026/10/21/tehran-waits-for-rain/', headline: '«تهران» در انتظار باران', author: 'مریم حسینی' },
  {
    path: '/2026/10/22/police-station-attack/',
    headline: 'هجوم مسلح على مركز للشرطة في جنوب مالي',
    author: 'ليلى أحمد',
  },
  {
    path: '/2026/10/23/police-station-attack-hindi/',
    headline: 'दक्षिणी माली में पुलिस थाने पर हमला',
    author: 'प्रिया शर्मा',
  },
  {
    path: '/2026/10/24/police-station-attack-chinese/',
    headline: '马里南部警察局遭武装分子袭击，至少十二名警察在凌晨的交火中丧生',
    author: '李明',
  },
  {
    path: '/2026/10/25/rain-returns-to-bamako/',
    headline: 'Rain Returns to Bamako 🌧️ After a Long Dry Season',
    // As the author file writes it: combining marks, not precomposed letters.
    author: 'Zoe\u0308 Ndiaye-N\u0303u\u0301n\u0303ez',
  },
];

let build: FixtureBuild;
beforeAll(() => {
  build = buildFixture('tests/fixtures/scripts');
  if (build.status !== 0) throw new Error(build.output);
}, 300_000);
afterAll(() => fs.rmSync(path.dirname(build.dist), { recursive: true, force: true }));

test.each(STORIES)('$path has its share card, a 1200×630 PNG', async ({ path: story }) => {
  const card = path.join(build.dist, 'share', story, 'card.png');
  const { format, width, height } = await sharp(card).metadata();
  expect([format, width, height]).toEqual(['png', 1200, 630]);
});

test('the emoji no bundled font can draw is named in a warning, with the story, and the build goes on', () => {
  const warning = build.output.split('\n').find((line) => line.includes('no bundled font can draw'));
  expect(warning).toContain('rain-returns-to-bamako.md');
  expect(warning).toContain('"🌧️" (U+1F327 U+FE0F)');
  // Only that story's card leaves anything out.
  expect(build.output.match(/no bundled font can draw/g)).toHaveLength(1);
});

test.each(STORIES)('$path prints its headline and byline exactly as written', ({ path: story, headline, author }) => {
  const html = build.page(story);
  expect(html).toContain(headline);
  expect(html).toContain(author);
});

test('the name written in combining marks is not silently made precomposed', () => {
  const html = build.page(STORIES[5].path);
  expect(html).not.toContain('Zoe\u0308 Ndiaye'.normalize('NFC'));
});
