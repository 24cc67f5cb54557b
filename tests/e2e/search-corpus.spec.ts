/**
 * Search as a reader uses it, on a generated corpus of a few dozen stories
 * (tests/support/search-corpus.ts), served as a static host would serve it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { serveStatic } from '../support/static-server.ts';
import {
  BODY_WORD,
  BODY_WORD_STORY,
  corpusField,
  HEADLINE,
  HEADLINE_WORD,
  SEARCH_CORPUS_DIR,
  searchCorpusDist,
  SPREAD_STORIES,
  SPREAD_WORD,
} from '../support/search-corpus.ts';
import fs from 'node:fs';
import path from 'node:path';
import { bundleOf } from '../../src/lib/search/bundles.ts';
import { foldSlug } from '../../src/lib/archive/slug.ts';

let server: { url: string; close: () => Promise<void> };
test.beforeAll(async () => {
  server = await serveStatic(searchCorpusDist, { gzip: true });
});
test.afterAll(() => server.close());

const content = path.join(SEARCH_CORPUS_DIR, 'content');
const results = (page: Page) =>
  page
    .getByRole('list')
    .filter({ has: page.locator('.result') })
    .getByRole('listitem');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the stories' });

test('a word that is only in one story’s body finds that story, first and alone', async ({ page }) => {
  await page.goto(`${server.url}/search/`);
  await searchBox(page).fill(BODY_WORD);
  await expect(page.getByRole('status')).toHaveText(`1 story found for “${BODY_WORD}”.`);
  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(corpusField(content, BODY_WORD_STORY, 'headline'));
  await expect(first.locator('mark')).toHaveText(BODY_WORD);
  await expect(first.locator('.result-section')).toHaveText(corpusField(content, BODY_WORD_STORY, 'section'));
  await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(corpusField(content, BODY_WORD_STORY, 'headline'));
});

test('a word from a headline finds that story, and the URL holds the query', async ({ page }) => {
  await page.goto(`${server.url}/search/`);
  await searchBox(page).fill(HEADLINE_WORD.toLowerCase());
  await expect(results(page).first().getByRole('heading', { level: 2 })).toHaveText(HEADLINE);
  await expect(page).toHaveURL(/\/search\/\?q=kestrelbay$/);

  // A shared link runs the search on arrival; leaving for a story and coming back returns to it.
  await page.goto(`${server.url}/search/?q=${HEADLINE_WORD}`);
  await expect(searchBox(page)).toHaveValue(HEADLINE_WORD);
  await results(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await page.goBack();
  await expect(searchBox(page)).toHaveValue(HEADLINE_WORD);
  await expect(results(page).first().getByRole('heading', { level: 2 })).toHaveText(HEADLINE);
});

test('a section filter narrows the results to that section, and Back undoes it', async ({ page }) => {
  await page.goto(`${server.url}/search/?q=police`);
  await expect(page.getByRole('status')).toHaveText(/stories found for “police”/);
  const all = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
  const section = corpusField(content, BODY_WORD_STORY, 'section');
  await page.getByRole('combobox', { name: 'Section' }).selectOption(section);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`found for “police” in ${section}\\.$`));
  const narrowed = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  const shown = await results(page).locator('.result-section').allTextContents();
  expect(new Set(shown)).toEqual(new Set([section]));
  await expect(page).toHaveURL(new RegExp(`\\?q=police&section=${section}$`));
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue('');
  await expect(page.getByRole('status')).toHaveText(`${all} stories found for “police”.`);
});

test('filters with no words ask for a word and link to the archive pages that list those stories newest first', async ({
  page,
}) => {
  const section = corpusField(content, BODY_WORD_STORY, 'section');
  const year = corpusField(content, BODY_WORD_STORY, 'published').slice(0, 4);
  await page.goto(`${server.url}/search/?section=${section}&year=${year}`);
  await expect(page.getByRole('status')).toHaveText(`Type a word to search in ${section} from ${year}.`);
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: `All ${section} stories` })).toHaveAttribute(
    'href',
    `/${foldSlug(section, 'en')}/`,
  );
  await page.getByRole('link', { name: `All stories from ${year}` }).click();
  await expect(page).toHaveURL(`${server.url}/${year}/`);
  const dates = await page.locator('main time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(3);
  expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
  expect([...dates].sort().reverse()).toEqual(dates);

  // Typing a word turns the links into results from that section and year.
  await page.goBack();
  await searchBox(page).fill(BODY_WORD);
  await expect(page.getByRole('status')).toHaveText(`1 story found for “${BODY_WORD}” in ${section} from ${year}.`);
  await expect(page.getByRole('link', { name: `All stories from ${year}` })).toHaveCount(0);
  await expect(results(page).first().locator('.result-section')).toHaveText(section);
});

test('a filter the page does not offer, from a hand-edited URL, is ignored rather than shown as applied', async ({
  page,
}) => {
  await page.goto(`${server.url}/search/?q=police&section=Nowhere&year=1850`);
  await expect(page.getByRole('status')).toHaveText(/^\d+ stories found for “police”\.$/);
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('');
});

test('the index is cut into bundles, and one search finds the stories of every bundle', async ({ page }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(searchCorpusDist, 'pagefind', 'bundles.json'), 'utf8'));
  const bundles: string[] = manifest.languages.en;
  expect(bundles.length).toBeGreaterThanOrEqual(4);
  const urls = SPREAD_STORIES.map((i) => {
    const date = corpusField(content, i, 'published').slice(0, 10).replaceAll('-', '/');
    return `/${date}/${corpusField(content, i, 'slug')}/`;
  });
  // The stories with the word are in several bundles, so finding them all takes every bundle merged.
  expect(new Set(urls.map((url) => bundleOf(url, bundles.length))).size).toBeGreaterThanOrEqual(3);
  await page.goto(`${server.url}/search/?q=${SPREAD_WORD}`);
  await expect(page.getByRole('status')).toHaveText(`${urls.length} stories found for “${SPREAD_WORD}”.`);
  await expect(results(page)).toHaveCount(Math.min(10, urls.length));
  const more = page.getByRole('button', { name: 'Show more results' });
  if (await more.isVisible()) await more.click();
  await expect(results(page)).toHaveCount(urls.length);
  const found = await results(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(found.sort()).toEqual(urls.sort());
});

test('ten results at a time; Show more adds the next ten', async ({ page }) => {
  await page.goto(`${server.url}/search/?q=police`);
  await expect(page.getByRole('status')).toHaveText(/stories found for “police”/);
  const total = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results(page)).toHaveCount(Math.min(20, total));
});

test('results are announced politely and reachable by keyboard', async ({ page }) => {
  await page.goto(`${server.url}/search/`);
  await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  await searchBox(page).focus();
  await page.keyboard.type(BODY_WORD);
  await expect(page.getByRole('status')).toHaveText(`1 story found for “${BODY_WORD}”.`);
  // Search button, the two filters, then the result's link.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(results(page).first().getByRole('link')).toBeFocused();
});

test('no WCAG 2.2 A/AA violations, before and after a search', async ({ page }) => {
  await page.goto(`${server.url}/search/`);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
  await searchBox(page).fill('police');
  await expect(results(page).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says search needs JavaScript and links to the stories', async ({ page }) => {
    await page.goto(`${server.url}/search/?q=police`);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await page.getByRole('link', { name: 'the front page' }).click();
    await expect(page).toHaveURL(`${server.url}/`);
  });
});
