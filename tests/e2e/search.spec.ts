/**
 * Search on the newsroom's own build: the seed story is found by its place name
 * with or without the accent, and the masthead leads to the search page.
 */
import { expect, test } from '@playwright/test';

// Not imported from ./seed.ts, which reads the seed text from outside the repository on load.
const ARTICLE_PATH = '/2015/06/11/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali/';
const HEADLINE = 'Armed Gunmen Attack Police Base and Kill Chief in Southern Mali';

for (const query of ['Misséni', 'Misseni']) {
  test(`"${query}" finds the seed story`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('.result').first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText(HEADLINE);
    await expect(first.getByRole('link')).toHaveAttribute('href', ARTICLE_PATH);
    // Pagefind marks the word with the punctuation that follows it ("Misséni,").
    await expect(first.locator('mark').first()).toHaveText(/^Misséni\b/);
    await expect(first.locator('time')).toHaveText('June 11, 2015');
    await expect(first.locator('.result-section')).toHaveText('World');
  });
}

test('the masthead links to search, and the search page is the only one with Pagefind', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(ARTICLE_PATH, { waitUntil: 'networkidle' });
  expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await page.getByRole('searchbox', { name: 'Search the stories' }).fill('Sikasso');
  await expect(page.getByRole('status')).toHaveText('1 story found for “Sikasso”.');
  expect(scripts).toContain('/pagefind/pagefind.js');
});
