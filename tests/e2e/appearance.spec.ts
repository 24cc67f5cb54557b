import { expect, test } from '@playwright/test';
import { siteSettings } from '../../src/lib/site/settings.ts';
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

test('on paper: no site chrome or share tools, link URLs printed, and a line saying where it came from', async ({
  page,
}) => {
  await page.goto(ARTICLE_PATH);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/.+\/$/);
  const origin = page.getByText(`${siteSettings().name} — ${canonical}`, { exact: true });
  const share = page.getByRole('region', { name: 'Share this story' });
  // On screen: share tools yes, the print line no (the address bar says it).
  await expect(share).toBeVisible();
  await expect(origin).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(share).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(origin).toBeVisible();
  const after = await page
    .locator('.article-body aside a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://www.vice.com/en/article/7xjyya/');
});

test('no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(ARTICLE_PATH);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test('the text column keeps a readable measure on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(ARTICLE_PATH);
  // Characters on each full line of the first paragraph, counted from where the browser broke the lines.
  const perLine = await page
    .locator('.article-body > p')
    .first()
    .evaluate((p) => {
      const counts = new Map<number, number>();
      const range = document.createRange();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          counts.set(top, (counts.get(top) ?? 0) + 1);
        }
      }
      return [...counts.entries()].sort(([a], [b]) => a - b).map(([, n]) => n);
    });
  const full = perLine.slice(0, -1);
  expect(full.length).toBeGreaterThan(0);
  // 45 to 75 characters is Bringhurst's satisfactory range for a single column; allow a little either side for fonts.
  for (const n of full) {
    expect(n).toBeGreaterThanOrEqual(45);
    expect(n).toBeLessThanOrEqual(80);
  }
});

test('the whole page fits the screen width (screenshot attached for review)', async ({ page }, testInfo) => {
  await page.goto(ARTICLE_PATH);
  const shot = await page.screenshot({ fullPage: true, scale: 'css' });
  await testInfo.attach(`article-${testInfo.project.name}.png`, { body: shot, contentType: 'image/png' });
  // A full-page screenshot is as wide as the document: anything overflowing sideways widens it.
  const pngWidth = shot.readUInt32BE(16);
  expect(pngWidth).toBe(page.viewportSize()!.width);
});

test('at 1440 px the masthead and footer line up with the article column', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(ARTICLE_PATH);
  const left = async (locator: import('@playwright/test').Locator) => (await locator.boundingBox())!.x;
  const column = await left(page.getByRole('heading', { level: 1 }));
  expect(column).toBeGreaterThan(300);
  expect(Math.abs((await left(page.getByRole('banner').getByRole('link').first())) - column)).toBeLessThanOrEqual(1);
  expect(Math.abs((await left(page.getByRole('contentinfo').getByRole('paragraph'))) - column)).toBeLessThanOrEqual(1);
});

for (const width of [320, 375]) {
  test(`share tools at ${width} px: no link alone on its line, no blank status line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(ARTICLE_PATH);
    const share = page.getByRole('region', { name: 'Share this story' });
    const rows = new Map<number, number>();
    for (const link of await share.getByRole('list').getByRole('link').all()) {
      const top = Math.round((await link.boundingBox())!.y);
      rows.set(top, (rows.get(top) ?? 0) + 1);
    }
    expect(rows.size).toBeGreaterThan(0);
    if (rows.size > 1) for (const count of rows.values()) expect(count).toBeGreaterThanOrEqual(2);
    // The live region is there for screen readers, but takes no room until it has something to say.
    const status = share.getByRole('status');
    await expect(status).toBeAttached();
    await expect(status).toHaveText('');
    const shareBottom = (await share.boundingBox())!;
    const lastLink = (await share.getByRole('link').last().boundingBox())!;
    expect(shareBottom.y + shareBottom.height - (lastLink.y + lastLink.height)).toBeLessThanOrEqual(1);
  });
}
