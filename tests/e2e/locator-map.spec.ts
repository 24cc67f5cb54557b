/**
 * The seed's main image is its locator map: what a reader sees of it at phone and desktop widths, light and dark.
 * The places are read from the seed's own frontmatter, so the test follows the entry rather than repeating it.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { load as loadYaml } from 'js-yaml';
import sharp from 'sharp';
import { MAP_SIZE, TYPE } from '../../src/lib/map/layout.ts';
import { STYLE } from '../../src/lib/map/svg.ts';
import { ARTICLE_PATH } from './seed.ts';

const SEED = path.resolve(import.meta.dirname, '../../content/articles/2015/misseni-attack.md');
const { places } = loadYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(SEED, 'utf8'))![1]) as {
  places: { name: string }[];
};
const CREDIT = 'Map: Gazette. Data: Natural Earth; GeoNames (CC BY 4.0)';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the seed's locator map, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('renders as the main image, whole and unshifted, naming every place and crediting its makers', async ({
      page,
    }) => {
      await page.goto(ARTICLE_PATH);
      const figure = page.locator('figure.main-image');
      await expect(figure).toHaveCount(1);
      const map = figure.getByRole('img', { name: /Misséni/ });
      await expect(map).toBeVisible();
      // Loaded and drawn at the map's proportions, so the reserved box (width and height attributes) was the right one.
      expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(MAP_SIZE.width);
      const box = (await map.boundingBox())!;
      expect(box.height / box.width).toBeCloseTo(MAP_SIZE.height / MAP_SIZE.width, 2);
      const alt = (await map.getAttribute('alt')) ?? '';
      expect(places.length).toBeGreaterThan(1);
      for (const { name } of places) expect(alt, name).toContain(name);
      expect(alt).toContain('Ivory Coast');
      await expect(figure.getByText(CREDIT, { exact: true })).toBeVisible();
    });

    test('has no WCAG 2.2 A/AA violations in the figure', async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      const { violations } = await new AxeBuilder({ page })
        .include('figure.main-image')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });

    test('keeps its own light paper, so it reads the same on a dark page', async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      const map = page.locator('figure.main-image img');
      await map.scrollIntoViewIfNeeded();
      const box = (await map.boundingBox())!;
      // A pixel near the map's top-right corner: one of the map's own light fills, whatever the page's background.
      const shot = await page.screenshot({
        clip: { x: box.x + box.width - 4, y: box.y + 4, width: 1, height: 1 },
        scale: 'css',
      });
      const { data } = await sharp(shot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const colour = `rgb(${data[0]}, ${data[1]}, ${data[2]})`;
      expect([STYLE.paper, STYLE.land, STYLE.focus].map(rgb)).toContain(colour);
    });
  });
}

test('at 320 px the map runs edge to edge, so its place names are at least 11 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(ARTICLE_PATH);
  const box = (await page.locator('figure.main-image img').boundingBox())!;
  expect(box.x).toBe(0);
  expect(box.width).toBe(320);
  expect((box.width * TYPE.city.size) / MAP_SIZE.width).toBeGreaterThanOrEqual(11);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
