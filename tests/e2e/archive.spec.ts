/**
 * Listing pages of a newsroom with a few hundred stories, in a real browser at a
 * phone and a desktop width: accessible, usable by keyboard, no JavaScript needed,
 * nothing shifting, nothing wider than the screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PINS } from '../support/archive-fixture.ts';
import { ARCHIVE_ORIGIN, serveArchive } from '../support/archive-site.ts';

const LISTINGS = [
  { path: '/', name: 'front page', h1: 'Top stories' },
  { path: '/page/2/', name: 'front page 2', h1: 'More stories, page 2' },
  { path: '/world/', name: 'section', h1: 'World' },
  { path: '/tags/sahel/', name: 'tag', h1: 'Sahel' },
  { path: '/2020/', name: 'year', h1: '2020' },
];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.beforeEach(async ({ page }) => serveArchive(page));

for (const listing of LISTINGS) {
  test.describe(`${listing.name} ${listing.path}`, () => {
    const url = `${ARCHIVE_ORIGIN}${listing.path}`;

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`no WCAG 2.2 A/AA violations in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      });
    }

    test('fits the screen and does not shift as it loads', async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __cls?: number };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
            w.__cls = (w.__cls ?? 0) + e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        w.__cls ??= 0;
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(async () => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((r) => setTimeout(r, 300));
      });
      expect(await page.evaluate(() => (window as unknown as { __cls?: number }).__cls)).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('works with JavaScript off: stories listed, page numbers marked', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await serveArchive(page);
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(listing.h1);
      expect(await page.locator('main article h2 a').count()).toBeGreaterThan(1);
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
      const pages = page.getByRole('navigation', { name: /: pages$/ });
      await expect(pages.locator('[aria-current="page"]')).toHaveAttribute('href', listing.path);
      await context.close();
    });

    test('keyboard: the page numbers are reached in order, visibly, and "Older stories" goes on', async ({ page }) => {
      await page.goto(url);
      const older = page.getByRole('navigation', { name: /: pages$/ }).getByRole('link', { name: 'Older stories' });
      let reached = false;
      for (let i = 0; i < 200 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await older.evaluate((el) => el === document.activeElement);
      }
      expect(reached).toBe(true);
      await expect(older).toBeInViewport();
      expect(await older.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth))).toBeGreaterThanOrEqual(2);
      const next = await older.getAttribute('href');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${ARCHIVE_ORIGIN}${next}`);
      expect(next).toMatch(/\/page\/\d+\/$/);
    });
  });
}

test('the front page leads with the pinned story, its standfirst and image, and links to sections and years', async ({
  page,
}) => {
  await serveArchive(page);
  await page.goto(`${ARCHIVE_ORIGIN}/`);
  const lead = page.locator('main article').first();
  await expect(lead.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(lead.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', PINS.lead.href);
  await expect(lead.locator('img')).toHaveAttribute('alt', 'A generated colour field');
  await expect(lead.locator('img')).toHaveAttribute('width', /\d+/);
  await expect(lead.locator('.lead-standfirst')).not.toBeEmpty();
  await page.getByRole('navigation', { name: 'Archive' }).getByRole('link', { name: '2020' }).click();
  await expect(page).toHaveURL(`${ARCHIVE_ORIGIN}/2020/`);
  const month = page.getByRole('navigation', { name: 'Months of 2020' }).getByRole('link').first();
  const name = await month.textContent();
  const href = await month.getAttribute('href');
  await month.click();
  await expect(page).toHaveURL(`${ARCHIVE_ORIGIN}${href}`);
  expect(href).toMatch(/^\/2020\/\d{2}\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
});

test('a busy month’s last story is three clicks from the front page, each link named for what it opens', async ({
  page,
}) => {
  await serveArchive(page);
  await page.goto(`${ARCHIVE_ORIGIN}/`);
  await page.getByRole('navigation', { name: 'Archive' }).getByRole('link', { name: '2020', exact: true }).click();
  const months = page.getByRole('navigation', { name: 'Months of 2020' });
  // What a screen reader meets: the month, its count, then each later page named in full, not "page 5" alone.
  await expect(months.getByRole('listitem').filter({ hasText: 'March 2020' })).toMatchAriaSnapshot(`
    - listitem:
      - link "March 2020"
      - text: /^\\d+ stories, continued on$/
      - link "March 2020, page 2"
      - link "March 2020, page 3"
      - link "March 2020, page 4"
      - link "March 2020, page 5"
  `);
  await months.getByRole('link', { name: 'March 2020, page 5' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('March 2020, page 5 of 5');
  const last = page.locator('main article h2 a').last();
  const href = await last.getAttribute('href');
  await last.click();
  await expect(page).toHaveURL(`${ARCHIVE_ORIGIN}${href}`);
  expect(href).toMatch(/^\/2020\/03\/\d{2}\/busy-month-\d{2}\/$/);
});
