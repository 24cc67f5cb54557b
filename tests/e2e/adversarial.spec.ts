/**
 * The adversarial fixture, built with the test clock (2026-11-01): drafts and scheduled stories surface nowhere, a
 * headline made of escaping hazards reads back exactly wherever it is printed, and an age banner that the build left
 * hidden is revealed by the reader's clock.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { ADVERSARIAL_DIST, ADVERSARIAL_ORIGIN, builtFiles, HOSTILE, UNPUBLISHED } from '../support/adversarial-site.ts';
import { listedStories } from '../support/listed-stories.ts';
import { routeToFiles } from '../support/static-server.ts';

/** Answers the browser from the built files, as a static host at the fixture's SITE_URL would. */
const serveBuild = (context: BrowserContext) => routeToFiles(context, ADVERSARIAL_ORIGIN, ADVERSARIAL_DIST);

const read = (rel: string) => fs.readFileSync(path.join(ADVERSARIAL_DIST, rel), 'utf8');
const xml = new XMLParser({ isArray: (name) => name === 'item' });
const sitePath = (url: string) => new URL(url, ADVERSARIAL_ORIGIN).pathname;
type FeedItem = { title: string; link: string };
const feedItems = (): FeedItem[] => xml.parse(read('rss.xml')).rss.channel.item ?? [];
const listed = () => listedStories(ADVERSARIAL_DIST, ADVERSARIAL_ORIGIN);

/**
 * Every place a story can surface, as the site paths of the stories it lists. Add the listing pages (issue 15) and
 * the search index (issue 16, through a search in the browser, as Pagefind's index is compressed) here: the tests
 * below then require the published story in them and the unpublished ones absent.
 */
const surfaces: Record<string, () => string[]> = {
  'article pages': () => listed().articlePages(),
  'front page': () => listed().linkedFrom('index.html'),
  'author page': () => listed().linkedFrom('authors/test-author/index.html'),
  'feed items': () => listed().feedItems('rss.xml'),
  'sitemap entries': () => listed().sitemapEntries(),
  'share cards': () =>
    builtFiles()
      .filter((f) => f.startsWith('share/') && f.endsWith('/card.png'))
      .map((f) => f.slice('share'.length, -'card.png'.length)),
};

test.describe('drafts and scheduled stories', () => {
  for (const [surface, list] of Object.entries(surfaces)) {
    test(`${surface}: the published story is listed, the draft and the scheduled story are not`, () => {
      const listed = list();
      expect(listed).toContain(HOSTILE.path);
      for (const story of UNPUBLISHED) expect(listed, story.why).not.toContain(story.path);
    });
  }

  test('no built file names them, whatever it is', () => {
    const text = builtFiles().filter((f) => !/\.(png|jpe?g|webp|avif|woff2?)$/.test(f));
    expect(text.length).toBeGreaterThan(5);
    for (const file of text) {
      const content = read(file);
      for (const story of UNPUBLISHED) {
        const named = content.includes(story.slug) || content.includes(story.headline);
        expect(named, `${file} names the ${story.why} story`).toBe(false);
      }
    }
  });

  test('their permalinks answer 404 in the browser', async ({ context, page }) => {
    await serveBuild(context);
    for (const story of UNPUBLISHED) {
      const response = await page.goto(`${ADVERSARIAL_ORIGIN}${story.path}`);
      expect(response?.status(), story.why).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
  });
});

test.describe('a headline made of escaping hazards', () => {
  test('the page, its JSON-LD and its meta tags give it back exactly, as the browser parses them', async ({
    context,
    page,
  }) => {
    await serveBuild(context);
    await page.goto(`${ADVERSARIAL_ORIGIN}${HOSTILE.path}`);
    const parsed = await page.evaluate(() => {
      const content = (selector: string) =>
        [...document.querySelectorAll<HTMLMetaElement>(selector)].map((m) => m.content);
      return {
        title: document.title,
        h1: document.querySelector('h1')?.textContent,
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        titles: content('meta[property="og:title"], meta[name="twitter:title"]'),
        descriptions: content(
          'meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]',
        ),
        imageAlt: content('meta[name="twitter:image:alt"], meta[property="og:image:alt"]'),
        // The page after the head is intact: "</script>" or "<!--" did not swallow it.
        footer: Boolean(document.querySelector('footer')),
      };
    });
    expect(parsed.title).toBe(`${HOSTILE.headline} | Gazette`);
    expect(parsed.h1).toBe(HOSTILE.headline);
    expect(parsed.jsonLd).toHaveLength(1);
    expect(JSON.parse(parsed.jsonLd[0])).toMatchObject({ headline: HOSTILE.headline, description: HOSTILE.standfirst });
    expect(parsed.titles.length).toBeGreaterThan(0);
    for (const title of parsed.titles) expect(title).toBe(HOSTILE.headline);
    expect(parsed.descriptions.length).toBeGreaterThanOrEqual(2);
    for (const description of parsed.descriptions) expect(description).toBe(HOSTILE.standfirst);
    for (const alt of parsed.imageAlt) expect(alt).toContain(`"${HOSTILE.headline}"`);
    expect(parsed.footer).toBe(true);
  });

  test('the front page teaser and the feed item give it back exactly', async ({ context, page }) => {
    await serveBuild(context);
    await page.goto(`${ADVERSARIAL_ORIGIN}/`);
    const teaser = page.locator(`a[href="${HOSTILE.path}"]`).first();
    expect(await teaser.evaluate((a) => a.textContent?.trim())).toBe(HOSTILE.headline);
    const item = feedItems().find((i) => sitePath(i.link) === HOSTILE.path);
    expect(item?.title).toBe(HOSTILE.headline);
  });
});

test.describe('the age banner of a story under a month old at build time', () => {
  test('is hidden in the built page, so a reader without JavaScript sees none', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await serveBuild(context);
    const page = await context.newPage();
    await page.goto(`${ADVERSARIAL_ORIGIN}${HOSTILE.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.headline);
    await expect(page.locator('.age-banner')).toBeHidden();
    await context.close();
  });

  test('is revealed by the browser when the reader comes two months later', async ({ context, page }) => {
    await serveBuild(context);
    // Published 2026-10-20, built 2026-11-01 (12 days: no banner); read 2026-12-21.
    await page.clock.setFixedTime(new Date('2026-12-21T12:00:00Z'));
    await page.goto(`${ADVERSARIAL_ORIGIN}${HOSTILE.path}`);
    await expect(page.locator('.age-banner')).toBeVisible();
    await expect(page.locator('.age-banner')).toHaveText('This story is over 2 months old');
    // The copy screen readers hear is revealed too (it is visually hidden, so it is never "visible").
    const spoken = page.locator('h1 + .visually-hidden');
    await expect(spoken).toHaveText('This story is over 2 months old');
    await expect(spoken).toHaveJSProperty('hidden', false);
  });
});
