/**
 * A reader's view of a story with two authors, an update and two corrections
 * (tests/fixtures/shared-byline), built with the test clock and served on its
 * own port beside the main preview.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildFixture } from '../support/build-fixture.ts';
import { serveStatic } from '../support/static-server.ts';

const STORY = '/2026/10/30/council-delays-harbour-vote/';
const OLDER = '/2026/09/01/one-reporter/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe.configure({ mode: 'serial' });

let site: { url: string; close: () => Promise<void> };
let scratch: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const build = buildFixture('tests/fixtures/shared-byline');
  scratch = path.dirname(build.dist);
  if (build.status !== 0) throw new Error(build.output);
  site = await serveStatic(build.dist);
});
test.afterAll(async () => {
  await site?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

test('the byline names both authors, each linking to an author page that lists the story', async ({ page }) => {
  await page.goto(`${site.url}${STORY}`);
  const byline = page.locator('.byline');
  await expect(byline).toHaveText('By Ada Ndiaye and Tomas Berg');
  const headline = 'Fixture Council Delays Its Vote on the Harbour Plan';
  for (const [name, others] of [
    ['Ada Ndiaye', []],
    ['Tomas Berg', ['Fixture Story by One of the Two Reporters']],
  ] as const) {
    await page.goto(`${site.url}${STORY}`);
    await byline.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('link', { name: headline })).toBeVisible();
    for (const other of others) await expect(page.getByRole('link', { name: other })).toBeVisible();
  }
});

test('the date line shows the publication and the last change, the later correction', async ({ page }) => {
  await page.goto(`${site.url}${STORY}`);
  const dateline = page.locator('.dateline');
  await expect(dateline).toContainText('October 30, 2026, 9:00am');
  const updated = dateline.locator('.dateline-updated');
  await expect(updated).toHaveText('Updated October 31, 2026, 10:15am');
  await expect(updated.locator('time')).toHaveAttribute('datetime', '2026-10-31T10:15:00+01:00');
});

test('a change 20 minutes after publication is not announced as an update', async ({ page }) => {
  await page.goto(`${site.url}${OLDER}`);
  await expect(page.locator('.dateline')).toContainText('September 1, 2026, 9:00am');
  await expect(page.locator('.dateline')).not.toContainText('Updated');
  await expect(page.locator('#corrections')).toHaveCount(0);
});

test('a story without a dateline prints only its date, and no machine is told a place', async ({ page, request }) => {
  await page.goto(`${site.url}${OLDER}`);
  const dateline = page.locator('.dateline');
  await expect(dateline).toHaveText('September 1, 2026, 9:00am');
  await expect(dateline.locator('time')).toHaveAttribute('datetime', '2026-09-01T09:00:00+02:00');
  await expect(dateline.locator('.dateline-place')).toHaveCount(0);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld).toMatchObject({ '@type': 'NewsArticle', datePublished: '2026-09-01T09:00:00+02:00' });
  expect(ld).not.toHaveProperty('dateline');
  expect(ld).not.toHaveProperty('locationCreated');
  const feed = await (await request.get(`${site.url}/feed.json`)).json();
  const item = feed.items.find((i: { url: string }) => i.url.endsWith(OLDER));
  expect(item).toMatchObject({ date_published: '2026-09-01T09:00:00+02:00' });
  const rss = await (await request.get(`${site.url}/rss.xml`)).text();
  expect(rss).toContain(`${OLDER}</link>`);
});

test('the note near the top links to the corrections at the end, oldest first, with JavaScript off', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}${STORY}`);
  const note = page.getByRole('link', { name: 'Read the 2 corrections' });
  await note.click();
  await expect(page).toHaveURL(`${site.url}${STORY}#corrections`);
  const block = page.getByRole('region', { name: 'Corrections' });
  await expect(block).toBeInViewport();
  await expect(block.getByRole('listitem')).toHaveText([
    'October 30, 2026, 6:00pm: An earlier version misspelt the name of the harbour.',
    'October 31, 2026, 10:15am: An earlier version said the vote was moved to December. It was moved to January.',
  ]);
  // Below the story, above the footer.
  const order = await page.evaluate(() => {
    const body = document.querySelector('.article-body')!;
    const block = document.querySelector('#corrections')!;
    const footer = document.querySelector('.article-footer')!;
    return [body.compareDocumentPosition(block), block.compareDocumentPosition(footer)];
  });
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, which exists only in the page
  expect(order).toEqual([FOLLOWING, FOLLOWING]);
  await context.close();
});

test('the author footer covers both authors', async ({ page }) => {
  await page.goto(`${site.url}${STORY}`);
  const footer = page.locator('.author-footer');
  await expect(footer).toHaveText(['More stories by Ada Ndiaye', 'More stories by Tomas Berg']);
  await expect(footer.getByRole('link', { name: 'Tomas Berg' })).toHaveAttribute('href', '/authors/tomas-berg/');
});

test('in print, the note and the corrections are printed and the share tools are not', async ({ page }) => {
  await page.goto(`${site.url}${STORY}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.correction-note')).toBeVisible();
  await expect(page.locator('#corrections')).toBeVisible();
  await expect(page.locator('#corrections')).toHaveCSS('border-top-style', 'solid');
  await expect(page.locator('.share-tools')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 A/AA violations on the story and both author pages, ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const url of [STORY, '/authors/ada-ndiaye/', '/authors/tomas-berg/']) {
      await page.goto(`${site.url}${url}`);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${url} ${v.id}: ${v.help}`)).toEqual([]);
    }
  });
}
