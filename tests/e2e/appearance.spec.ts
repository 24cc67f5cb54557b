import { expect, test } from '@playwright/test';
import { ARTICLE_PATH } from './seed.ts';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('dark mode follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ARTICLE_PATH);
  const light = await background(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background(page);
  expect(light).not.toBe(dark);
  // Dark means dark: every channel of the background is low.
  const channels = dark.match(/\d+/g)!.slice(0, 3).map(Number);
  expect(Math.max(...channels)).toBeLessThan(50);
});

test('on paper: no site chrome, and link URLs printed', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = await page
    .locator('.article-body aside a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://www.vice.com/en/article/7xjyya/');
});

test('no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(ARTICLE_PATH);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test('the text column keeps a readable measure on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(ARTICLE_PATH);
  const width = await page.locator('.article-body > p').first().evaluate((p) => p.getBoundingClientRect().width);
  const fontSize = await page.locator('.article-body > p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  // Roughly 60 to 80 characters a line.
  expect(width / fontSize).toBeGreaterThan(25);
  expect(width / fontSize).toBeLessThan(40);
});

test('screenshots at phone and desktop width', async ({ page }, testInfo) => {
  await page.goto(ARTICLE_PATH);
  const shot = await page.screenshot({ fullPage: true });
  await testInfo.attach(`article-${testInfo.project.name}.png`, { body: shot, contentType: 'image/png' });
  expect(shot.byteLength).toBeGreaterThan(10_000);
});
