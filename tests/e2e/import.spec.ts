/**
 * A site imported from WordPress's theme unit test data (its set-up: tests/e2e/fixtures.ts), behind nginx with the shipped server
 * block: stories render as a reader sees them, and the old site's links lead to them.
 */
import { expect, type Page, test } from '@playwright/test';
import { readerPagePaths } from '../support/built-site.ts';
import { importDist, importOrigin } from '../support/import-site.ts';
import { isArticlePath } from '../support/listing-reader.ts';

const url = (path: string) => `${importOrigin}${path}`;

function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) found.push(m.text());
  });
  return found;
}

const loaded = (img: import('@playwright/test').Locator) =>
  img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0);

test('an imported story renders with its byline, main image and caption', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto(url('/2018/11/02/block-gallery/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Block: Gallery');
  await expect(page.locator('.byline')).toHaveText('By Theme Reviewer');
  await expect(page.getByRole('link', { name: 'Theme Reviewer' }).first()).toHaveAttribute(
    'href',
    '/authors/themereviewteam/',
  );
  const main = page.locator('figure.main-image');
  await expect(main.getByRole('img', { name: 'Boat Barco Texture' })).toBeVisible();
  expect(await loaded(main.getByRole('img', { name: 'Boat Barco Texture' }))).toBe(true);
  await expect(main.locator('.caption-text')).toHaveText('Boat BW PB Barco Texture Beautiful Fishing');
  await expect(main.locator('.caption-credit')).toHaveText("Stand-in image drawn by Gazette's tests");
  expect(violations).toEqual([]);
});

test('a [caption] in the old post is a photo with its caption in the story', async ({ page }) => {
  await page.goto(url('/2010/08/07/post-format-image-caption/'));
  const figure = page.locator('.article-body figure');
  await expect(figure.getByRole('img', { name: 'Bell on Wharf' })).toBeVisible();
  expect(await loaded(figure.getByRole('img', { name: 'Bell on Wharf' }))).toBe(true);
  await expect(figure.locator('figcaption')).toHaveText('Bell on wharf in San Francisco');
  // Its featured image's file was missing: no main image, and no credit for it.
  await expect(page.locator('figure.main-image')).toHaveCount(0);
  await expect(page.getByText("Stand-in image drawn by Gazette's tests")).toHaveCount(0);
});

test('old links redirect permanently to the new permalinks, through nginx', async ({ request, page }) => {
  for (const [old, permalink] of [
    ['/2018/11/02/block-button/', '/2018/11/03/block-button/'],
    ['/2018/11/02/block-button', '/2018/11/03/block-button/'],
    ['/wp-6-1-font-size-scale/', '/2023/01/15/wp-6-1-font-size-scale/'],
    ['/?p=1163', '/2010/08/07/post-format-image-caption/'],
    ['/?p=1163&utm_source=newsletter', '/2010/08/07/post-format-image-caption/'],
  ]) {
    const response = await request.get(url(old), { maxRedirects: 0 });
    expect(response.status(), old).toBe(301);
    expect(response.headers().location, old).toBe(permalink);
  }
  await page.goto(url('/?p=1163'));
  await expect(page).toHaveURL(url('/2010/08/07/post-format-image-caption/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post Format: Image (Caption)');
  // A /?p= of no imported story is the front page, as before.
  expect((await request.get(url('/?p=999999'), { maxRedirects: 0 })).status()).toBe(200);
});

test('the static page at an old address (for GitHub Pages) sends the reader on at once, within the CSP', async ({
  page,
}) => {
  const violations = cspViolations(page);
  // nginx redirects the old address itself; its page, asked for by name, is what GitHub Pages would serve there.
  await page.goto(url('/wp-6-1-theme-block-category/index.html'));
  await expect(page).toHaveURL(url('/2023/01/13/theme-block-category/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('WP 6.1 Theme block category');
  expect(violations).toEqual([]);
});

test('the redirect maps in the build are not served', async ({ request }) => {
  for (const file of ['/_nginx-redirects.map', '/_nginx-redirects-p.map', '/_redirects'])
    expect((await request.get(url(file))).status(), file).toBe(404);
});

test('no story widens the page: code, tables and long URLs scroll or wrap in their own box, reachable by keyboard', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stories = readerPagePaths(importDist).filter(isArticlePath);
  expect(stories.length).toBeGreaterThan(40);
  const wide: string[] = [];
  let scrollBoxes = 0;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const story of stories) {
      await page.goto(url(story));
      const found = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll<HTMLElement>('.article-body *')].filter(
          (el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
        );
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          boxes: boxes.length,
          unreachable: boxes.filter((el) => el.tabIndex < 0).map((el) => el.outerHTML.slice(0, 80)),
        };
      });
      scrollBoxes += found.boxes;
      if (found.overflow > 0) wide.push(`${story} at ${width} px: ${found.overflow} px too wide`);
      for (const box of found.unreachable)
        wide.push(`${story} at ${width} px: a box scrolls but takes no focus: ${box}`);
    }
  }
  expect(wide).toEqual([]);
  // The fixture has such content: "Markup: HTML Tags and Formatting" and "Blocks: formatting" were 1,432 px wide.
  expect(scrollBoxes).toBeGreaterThan(0);
});
