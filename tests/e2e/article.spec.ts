import { expect, test } from '@playwright/test';
import { ARTICLE_PATH, seedLines, seedParagraphs } from './seed.ts';

const RELATED = [
  [
    'Al Qaeda Militants Claim Attack on Mali Army Base That Killed at Least Eight',
    'https://www.vice.com/en/article/7xjyya/al-qaeda-militants-claim-attack-on-mali-army-base-that-killed-at-least-eight',
  ],
  [
    'Al Qaeda Splinter Group Claims Deadly Attack on Red Cross Aid Workers in Mali',
    'https://www.vice.com/en/article/ev9ggz/al-qaeda-splinter-group-claims-deadly-attack-on-red-cross-aid-workers-in-mali',
  ],
  [
    'Violence on the Rise In Mali as New Armed Group Emerges in the Central Region',
    'https://www.vice.com/en/article/wjywp4/violence-on-the-rise-in-mali-as-new-armed-group-emerges-in-the-central-region',
  ],
] as const;

test.describe('the seed article', () => {
  const errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors.length = 0;
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(ARTICLE_PATH);
  });
  test.afterEach(() => {
    expect(errors, 'console errors').toEqual([]);
  });

  test('every seed paragraph appears exactly, in order', async ({ page }) => {
    const body = page.locator('.article-body > *');
    const onPage = await body.evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(onPage).toEqual(seedParagraphs());
  });

  test('headline, standfirst, byline, dateline and date', async ({ page }) => {
    const article = page.getByRole('article');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedLines[2]);
    await expect(article.locator('.standfirst')).toHaveText(seedLines[4]);
    await expect(article.getByRole('link', { name: 'Pierre Longeray' })).toHaveAttribute(
      'href',
      '/authors/pierre-longeray/',
    );
    await expect(article.locator('.dateline')).toContainText('Paris, FR');
    const time = article.locator('.dateline time');
    await expect(time).toHaveText('June 11, 2015, 8:31pm');
    await expect(time).toHaveAttribute('datetime', '2015-06-11T20:31:00+02:00');
    await expect(page).toHaveTitle(`${seedLines[2]} | Gazette`);
  });

  test('the three Related lines are asides in place, and listed at the end', async ({ page }) => {
    const asides = page.locator('.article-body > aside');
    await expect(asides).toHaveCount(3);
    for (const [i, [title, url]] of RELATED.entries()) {
      const aside = asides.nth(i);
      await expect(aside).toHaveText(`Related: ${title}`);
      await expect(aside.getByRole('link', { name: title })).toHaveAttribute('href', url);
      // In place: right after the paragraph the seed has before it.
      const before = seedLines[seedLines.indexOf(`Related: ${title}`) - 2];
      await expect(aside.locator('xpath=preceding-sibling::p[1]')).toHaveText(before);
    }
    const list = page.getByRole('complementary', { name: 'Related', exact: true });
    await expect(list.getByRole('link')).toHaveText(RELATED.map(([t]) => t));
  });

  test('author footer and source note', async ({ page }) => {
    await expect(page.getByText('Follow Pierre Longeray on Twitter @PLongeray')).toBeVisible();
    await expect(page.getByRole('link', { name: '@PLongeray' })).toHaveAttribute(
      'href',
      'https://twitter.com/PLongeray',
    );
    const note = page.getByRole('complementary', { name: 'Source' });
    await expect(note).toContainText('Originally published by VICE News on June 11, 2015.');
    await expect(note).toContainText('The photograph that accompanied the original is not reproduced here.');
    await expect(note.getByRole('link', { name: 'VICE News' })).toHaveAttribute(
      'href',
      'https://www.vice.com/en/article/a39w54/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali',
    );
  });

  test("the only figure is Gazette's locator map; the original photo and its credit are not shown", async ({
    page,
  }) => {
    const figures = page.locator('figure');
    await expect(figures).toHaveCount(1);
    await expect(figures.getByRole('img')).toHaveAttribute('src', /misseni-attack-map\.[\w-]+\.svg$/);
    await expect(figures.locator('figcaption')).toContainText('Map: Gazette.');
    await expect(page.getByText('Magharebia')).toHaveCount(0);
  });

  test('landmarks and the skip link', async ({ page }) => {
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
  });
});

test.describe('the age banner', () => {
  test('the browser refreshes it from its own clock', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2031-06-12T00:00:00Z'));
    await page.goto(ARTICLE_PATH);
    await expect(page.locator('.age-banner')).toHaveText('This story is over 16 years old');
    // Screen readers skip the visible copy and hear the one after the headline.
    await expect(page.locator('.age-banner')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('h1 + .visually-hidden')).toHaveText('This story is over 16 years old');
  });

  test('a browser clock set before the story leaves the build text alone', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2014-01-01T00:00:00Z'));
    await page.goto(ARTICLE_PATH);
    // Visible, not just present: toHaveText alone also passes for a banner the script has hidden.
    await expect(page.locator('.age-banner')).toBeVisible();
    await expect(page.locator('.age-banner')).toHaveText('This story is over 11 years old');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the article reads the same, banner included', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    // The test build pins SOURCE_DATE_EPOCH to 2026-11-01, so the build's banner says 11 years.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedLines[2]);
    await expect(page.locator('.age-banner')).toHaveText('This story is over 11 years old');
    await expect(page.locator('.article-body > p')).toHaveCount(seedParagraphs().length - RELATED.length);
  });
});
