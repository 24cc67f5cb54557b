import { expect, test } from '@playwright/test';
import { siteSettings } from '../../src/lib/site/settings.ts';
import { ARTICLE_PATH, seedLines } from './seed.ts';

test('the front page lists the article, newest first, and links to it', async ({ page }) => {
  await page.goto('/');
  const dates = await page
    .locator('main article time[datetime]')
    .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const link = page.getByRole('link', { name: seedLines[2] });
  await expect(link).toHaveAttribute('href', ARTICLE_PATH);
  await link.click();
  await expect(page).toHaveURL(ARTICLE_PATH);
});

test('the author page links to the article', async ({ page }) => {
  await page.goto('/authors/pierre-longeray/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pierre Longeray');
  await expect(page.getByRole('link', { name: seedLines[2] })).toHaveAttribute('href', ARTICLE_PATH);
});

test('a missing page gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the masthead and footer name the site with its one name and tagline', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('link').first()).toHaveText(siteSettings().name);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
  await expect(page.getByRole('contentinfo')).toHaveText(`${siteSettings().name} — ${siteSettings().tagline}`);
});
