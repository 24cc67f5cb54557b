/**
 * Live coverage as readers meet it, at 375 and 1280 px (the live-phone and live-desktop projects), on the 45-update
 * fixture (tests/support/live-site.ts) served by nginx with the shipped server block: the order of the page, the key
 * events' links, a shared link to an update that has moved on, axe, no layout shift, the structured data against
 * schema.org's vocabulary, the hosts' cache lifetimes, search, the script's weight and its polling (every 15–30 s
 * while visible, never while hidden, never after the end). Then, on a copy of its own, each project rebuilds the site
 * with a new update while pages are open: the update appears without a reload, at the top for a reader there and
 * behind the "1 new update" button for a reader further down, with nothing moving under them.
 *
 * The browser's clock is pinned just after the build's (READER_NOW), so the story is a day old, as it was built.
 * Headless Chromium reports every page visible; a page is hidden here by overriding the Page Visibility API.
 */
import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { checkJsonLd } from '../support/schema-org.ts';
import { LIVE_ORIGIN, liveSite, newUpdate, READER_NOW, STORY } from '../support/live-site.ts';
import { serveStatic } from '../support/static-server.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGE_1 = `${LIVE_ORIGIN}${STORY.path}`;
const pageUrl = (n: number, origin = LIVE_ORIGIN) =>
  n === 1 ? `${origin}${STORY.path}` : `${origin}${STORY.path}page/${n}/`;

type Feed = { ids: string[]; per: number; latest: { id: string; html: string }[]; ended?: string };
let feed: Feed;

/** In every page before its scripts: the visibility switch, layout shifts, CSP violations. */
async function instrument(page: Page) {
  await page.addInitScript(() => {
    let state: DocumentVisibilityState = 'visible';
    Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => state === 'hidden' });
    const w = window as any;
    w.__setVisibility = (s: DocumentVisibilityState) => {
      state = s;
      document.dispatchEvent(new Event('visibilitychange'));
    };
    w.__shifts = [];
    w.__violations = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) w.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  await page.clock.install({ time: READER_NOW });
}

/** The layout shifts so far, once the browser has reported them (not by timers, which the tests' clock holds). */
async function shifts(page: Page): Promise<number> {
  await page.waitForTimeout(250);
  return page.evaluate(() => (window as any).__shifts.reduce((a: number, b: number) => a + b, 0));
}

/** Stops the page's clock: from here on its timers fire only as `advance` moves it. */
const pause = (page: Page) => page.clock.pauseAt(new Date(READER_NOW.getTime() + 1000));
const violations = (page: Page) => page.evaluate(() => (window as any).__violations as string[]);
const ids = (page: Page, selector = '#live-updates > article') =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.id.replace(/^update-/, '')));

/** Counts the page's requests for updates.json, as they reach the network. */
function countPolls(page: Page): { count: () => number } {
  let n = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/updates.json')) n++;
  });
  return { count: () => n };
}

/**
 * Moves the page's clock on by `ms`, five seconds at a time, with real time after each step for a fetch it started
 * to be answered and handled (the next poll is only scheduled then).
 */
async function advance(page: Page, ms: number) {
  for (let t = 0; t < ms; t += 5000) {
    await page.clock.runFor(Math.min(5000, ms - t));
    await page.waitForTimeout(300);
  }
}

test.beforeAll(async ({ request }) => {
  feed = await (await request.get(`${PAGE_1}updates.json`)).json();
});

test.describe('the page as built', () => {
  test('Live, the headline, standfirst and byline; the pinned update first, then every update newest first, 20 a page', async ({
    page,
  }) => {
    await instrument(page);
    await page.goto(PAGE_1);
    await expect(page.locator('[data-live-label]')).toHaveText('Live');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORY.headline);
    await expect(page.locator('.standfirst')).toHaveText(STORY.standfirst);
    await expect(page.locator('.article-meta .byline')).toHaveText('By Ada Ndiaye and Tomas Berg');

    // The pinned update comes first, a copy without an id; the list then starts with the newest.
    const updates = page.locator('section.live article');
    await expect(updates.first()).toHaveClass(/live-update-pinned/);
    await expect(updates.first()).not.toHaveAttribute('id');
    await expect(updates.first().locator('.live-update-flag')).toHaveText('Pinned');

    // Every update, newest first, across the pages; the one dated after the build's clock on none.
    expect(feed.ids).toHaveLength(STORY.shown);
    expect(feed.ids).not.toContain(STORY.scheduled);
    const seen: string[] = [];
    for (const n of [1, 2, 3]) {
      await page.goto(pageUrl(n));
      const onPage = await ids(page);
      expect(onPage.length).toBe(n < 3 ? 20 : STORY.shown - 40);
      seen.push(...onPage);
      await expect(page.getByRole('navigation', { name: `${STORY.headline}: pages of updates` })).toBeVisible();
      expect(await page.locator('.live-update-pinned').count()).toBe(n === 1 ? 1 : 0);
    }
    expect(seen).toEqual(feed.ids);
    const times = await page.request.get(PAGE_1).then((r) => r.text());
    expect(times).not.toContain(STORY.scheduled);
  });

  test('each update has its time in the story’s zone and language, its byline and an anchor link', async ({ page }) => {
    await instrument(page);
    await page.goto(pageUrl(2));
    const key = page.locator(`#update-${STORY.keyEvents[2]}`);
    await expect(key.locator('.live-update-time time')).toHaveText('October 31, 2026, 12:51pm');
    await expect(key.locator('.live-update-time time')).toHaveAttribute('datetime', '2026-10-31T12:51:00+01:00');
    await expect(key.locator('.live-update-time')).toHaveAttribute(
      'href',
      `${STORY.path}page/2/#update-${STORY.keyEvents[2]}`,
    );
    await expect(key.getByRole('heading', { level: 3 })).toHaveText('Port closed to all shipping');
    await expect(key.locator('.live-update-byline')).toHaveText(/^By /);
    await expect(key.locator('.live-update-flag')).toHaveText('Key event');
  });

  test('the key events link to their updates, on whichever page each is', async ({ page }) => {
    await instrument(page);
    await page.goto(PAGE_1);
    const links = page.getByRole('navigation', { name: 'Key events' }).getByRole('link');
    await expect(links).toHaveCount(STORY.keyEvents.length);
    for (const [i, id] of STORY.keyEvents.entries()) {
      await page.goto(PAGE_1);
      const link = links.nth(i);
      const n = Math.floor(feed.ids.indexOf(id) / 20) + 1;
      await expect(link).toHaveAttribute('href', `${new URL(pageUrl(n)).pathname}#update-${id}`);
      await link.click();
      await expect(page).toHaveURL(`${pageUrl(n)}#update-${id}`);
      await expect(page.locator(`#update-${id}`)).toBeInViewport();
    }
  });

  test('a shared link to an update that has moved to a later page finds it; its fixed address does too', async ({
    browser,
    page,
  }) => {
    await instrument(page);
    const moved = feed.ids[45 - 5];
    // Shared as the first page's anchor, from when it was new.
    await page.goto(`${PAGE_1}#update-${moved}`);
    await expect(page).toHaveURL(`${pageUrl(3)}#update-${moved}`);
    await expect(page.locator(`#update-${moved}`)).toBeInViewport();
    // The fixed address works without JavaScript, on every host.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    await reader.goto(`${PAGE_1}update/${moved}/`);
    await expect(reader).toHaveURL(`${pageUrl(3)}#update-${moved}`);
    await expect(reader.locator(`#update-${moved}`)).toBeVisible();
    await context.close();
  });

  test('without JavaScript the page is complete as built', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    await reader.goto(PAGE_1);
    expect(await ids(reader)).toEqual(feed.ids.slice(0, 20));
    await expect(reader.getByRole('navigation', { name: 'Key events' }).getByRole('link')).toHaveCount(4);
    await expect(reader.locator('#new-updates')).toBeHidden();
    await context.close();
  });

  test('the page’s updates are the HTML updates.json carries, and the feed is what a reader’s page needs', async ({
    page,
  }) => {
    await page.goto(PAGE_1);
    const html = await page.locator('#live-updates > article').evaluateAll((els) => els.map((e) => e.outerHTML));
    expect(feed.per).toBe(20);
    expect(feed.latest.map((u) => u.id)).toEqual(feed.ids.slice(0, 20));
    // The browser's serialisation of the same markup: parsed from the feed the same way.
    const fromFeed = await page.evaluate(
      (items) =>
        items.map((u) => {
          const t = document.createElement('template');
          t.innerHTML = u.html;
          return (t.content.firstElementChild as HTMLElement).outerHTML;
        }),
      feed.latest,
    );
    expect(html).toEqual(fromFeed);
    expect(feed.ended).toBeUndefined();
  });

  test('axe finds nothing, on the first page and a later one', async ({ page }) => {
    await instrument(page);
    for (const n of [1, 2]) {
      await page.goto(pageUrl(n));
      const { violations: found } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(found.map((v) => `${v.id}: ${v.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    }
  });

  test('nothing shifts as the page loads and as the reader scrolls through it', async ({ page }) => {
    await instrument(page);
    await page.goto(PAGE_1);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(50);
    }
    expect(await shifts(page)).toBe(0);
    expect(await violations(page)).toEqual([]);
  });

  test('structured data: a LiveBlogPosting valid against schema.org, its updates those of the page', async ({
    page,
  }) => {
    for (const n of [1, 3]) {
      await page.goto(pageUrl(n));
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(checkJsonLd(ld)).toEqual([]);
      expect(ld['@type']).toBe('LiveBlogPosting');
      expect(ld.coverageStartTime).toBe('2026-10-31T06:00:00+01:00');
      expect(ld).not.toHaveProperty('coverageEndTime');
      expect(ld.dateModified).toBe('2026-10-31T22:49:00+01:00');
      const onPage = await ids(page);
      expect(ld.liveBlogUpdate.map((u: { url: string }) => u.url)).toEqual(
        onPage.map((id) => `${pageUrl(n)}#update-${id}`),
      );
      for (const u of ld.liveBlogUpdate)
        expect(Object.keys(u).sort()).toEqual(
          expect.arrayContaining(['@type', 'articleBody', 'author', 'datePublished', 'headline', 'url']),
        );
    }
  });

  test('nginx sends updates.json and the live pages with a short lifetime, other pages with the usual one', async ({
    request,
  }) => {
    const cache = async (url: string) => (await request.get(url)).headers()['cache-control'];
    const maxAge = (value: string) => Number(/max-age=(\d+)/.exec(value)?.[1]);
    expect(maxAge(await cache(`${PAGE_1}updates.json`))).toBeLessThanOrEqual(15);
    expect(maxAge(await cache(PAGE_1))).toBeLessThanOrEqual(15);
    expect(maxAge(await cache(pageUrl(2)))).toBeLessThanOrEqual(15);
    expect(await cache(`${LIVE_ORIGIN}/`)).toBe('public, max-age=300');
    expect(await cache(`${PAGE_1}updates.xml`)).toBe('public, max-age=300');
  });

  test('the story is in the feeds and the News sitemap once, dated by its newest update', async ({ request }) => {
    const newest = '2026-10-31T21:49:00.000Z';
    const rss = await (await request.get(`${LIVE_ORIGIN}/rss.xml`)).text();
    expect(rss.split(`<link>${PAGE_1}</link>`)).toHaveLength(2);
    expect(rss).toContain(`<dcterms:modified>${newest}</dcterms:modified>`);
    const json = await (await request.get(`${LIVE_ORIGIN}/feed.json`)).json();
    const items = json.items.filter((i: { url: string }) => i.url === PAGE_1);
    expect(items).toHaveLength(1);
    expect(items[0].date_modified).toBe('2026-10-31T22:49:00+01:00');
    const news = await (await request.get(`${LIVE_ORIGIN}/sitemap-news-0.xml`)).text();
    expect(news.split(`<loc>${PAGE_1}</loc>`)).toHaveLength(2);
    expect(news).toContain(`<loc>${PAGE_1}</loc><lastmod>${newest}</lastmod>`);
    // Its later pages are in the sitemap, dated the same; the fixed addresses are not.
    const pages = await (await request.get(`${LIVE_ORIGIN}/sitemap-pages-0.xml`)).text();
    for (const n of [2, 3]) expect(pages).toContain(`<loc>${pageUrl(n)}</loc><lastmod>${newest}</lastmod>`);
    expect(pages).not.toContain('/update/');
  });

  test('the story’s own feed of updates, newest first, each linking to its fixed address', async ({ request }) => {
    const xml = await (await request.get(`${PAGE_1}updates.xml`)).text();
    const links = [...xml.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual(feed.ids.map((id) => `${PAGE_1}update/${id}/`));
  });

  test('search finds a word only one update has, and links to that update', async ({ page }) => {
    await page.goto(`${LIVE_ORIGIN}/search/`);
    await page.getByRole('searchbox', { name: 'Search the stories' }).fill(STORY.word);
    const result = page.locator('.result').first();
    await expect(page.locator('.result')).toHaveCount(1);
    const n = Math.floor(feed.ids.indexOf(STORY.wordUpdate) / 20) + 1;
    await expect(result.getByRole('link')).toHaveAttribute(
      'href',
      `${new URL(pageUrl(n)).pathname}#update-${STORY.wordUpdate}`,
    );
    await result.getByRole('link').click();
    await expect(page.locator(`#update-${STORY.wordUpdate}`)).toBeInViewport();
  });

  test('the script, with everything it imports, is at most 1 KB gzipped', async ({ page, request }) => {
    await page.goto(PAGE_1);
    // Astro inlines a script this small (hashed in the page's CSP); were it a file, its URL is weighed instead.
    const scripts = await page
      .locator('script[type="module"]')
      .evaluateAll((els) => els.map((e) => ({ src: e.getAttribute('src'), text: e.textContent ?? '' })));
    const seen = new Set<string>();
    let total = 0;
    const weigh = async (code: string, base: string) => {
      total += gzipSync(code, { level: 9 }).length;
      for (const [, spec] of code.matchAll(/(?:import|from)\s*["'`]([^"'`]+)["'`]/g)) {
        const url = new URL(spec, base).href;
        if (seen.has(url)) continue;
        seen.add(url);
        await weigh(await (await request.get(url)).text(), url);
      }
    };
    let found = 0;
    for (const { src, text } of scripts) {
      const code = src ? await (await request.get(new URL(src, PAGE_1).href)).text() : text;
      if (!code.includes('live-updates')) continue;
      found++;
      await weigh(code, src ? new URL(src, PAGE_1).href : PAGE_1);
    }
    expect(found).toBe(1);
    expect(total).toBeLessThanOrEqual(1024);
  });
});

test.describe('polling updates.json', () => {
  test('every 15 to 30 s while the page is visible', async ({ page }) => {
    await instrument(page);
    await pause(page);
    const polls = countPolls(page);
    await page.goto(PAGE_1);
    await advance(page, 14_000);
    expect(polls.count()).toBe(0);
    await advance(page, 16_000);
    expect(polls.count()).toBeGreaterThanOrEqual(1);
    await advance(page, 60_000);
    // 90 s: a poll every 30 s at the slowest, every 15 s at the quickest.
    expect(polls.count()).toBeGreaterThanOrEqual(3);
    expect(polls.count()).toBeLessThanOrEqual(6);
  });

  test('never while the page is hidden; at once when it is shown again after a while', async ({ page }) => {
    await instrument(page);
    await pause(page);
    const polls = countPolls(page);
    await page.goto(PAGE_1);
    await page.evaluate(() => (window as any).__setVisibility('hidden'));
    await advance(page, 180_000);
    expect(polls.count()).toBe(0);
    await page.evaluate(() => (window as any).__setVisibility('visible'));
    await page.waitForTimeout(300);
    expect(polls.count()).toBe(1);
  });

  test('not at all once the coverage has ended: the label says so, and the page asks no more', async ({ page }) => {
    await instrument(page);
    await pause(page);
    const polls = countPolls(page);
    const ended = 'Live coverage ended at November 1, 2026, 1:00am';
    await page.route('**/updates.json', (route) => route.fulfill({ json: { ...feed, ended } }));
    await page.goto(PAGE_1);
    await advance(page, 30_000);
    expect(polls.count()).toBe(1);
    await expect(page.locator('[data-live-label]')).toHaveText(ended);
    await expect(page.locator('#live-status')).toHaveText(ended);
    // Hidden, then shown again well after the last poll: still nothing.
    await page.evaluate(() => (window as any).__setVisibility('hidden'));
    await advance(page, 20_000);
    await page.evaluate(() => (window as any).__setVisibility('visible'));
    await advance(page, 120_000);
    expect(polls.count()).toBe(1);
  });

  test('a later page does not poll: new updates arrive on the first', async ({ page }) => {
    await instrument(page);
    await pause(page);
    const polls = countPolls(page);
    await page.goto(pageUrl(2));
    await advance(page, 60_000);
    expect(polls.count()).toBe(0);
  });
});

test.describe('a rebuild while the page is open', () => {
  test.describe.configure({ mode: 'serial' });
  let site: ReturnType<typeof liveSite>;
  let server: { url: string; close: () => Promise<void> };
  const contexts: BrowserContext[] = [];
  let viewport: { width: number; height: number } | undefined;

  test.beforeAll(async ({ browser }, info) => {
    info.setTimeout(300_000);
    viewport = info.project.use.viewport ?? undefined;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-live-rebuild-${info.project.name}-`));
    // A host that caches for five minutes: the script's `no-cache` must see past it.
    server = await serveStatic(path.join(dir, 'dist'), { cacheControl: 'public, max-age=300' });
    site = liveSite(dir, server.url);
    site.build();
    // One context per reader: each has its own clock.
    for (let i = 0; i < 2; i++) contexts.push(await browser.newContext({ viewport }));
  });

  test.afterAll(async () => {
    for (const c of contexts) await c.close();
    await server?.close();
    if (site) fs.rmSync(site.dir, { recursive: true, force: true });
  });

  test('the new update appears without a reload: at the top for a reader there, behind the button further down', async () => {
    test.setTimeout(300_000);
    const top = await contexts[0].newPage();
    const down = await contexts[1].newPage();
    for (const p of [top, down]) {
      await instrument(p);
      await pause(p);
      await p.goto(`${server.url}${STORY.path}`);
    }
    // The second reader is reading the tenth update.
    await down.locator('#live-updates > article').nth(9).scrollIntoViewIfNeeded();
    await down.mouse.wheel(0, 200);
    await down.waitForTimeout(200);
    const scrolledTo = await down.evaluate(() => scrollY);
    expect(scrolledTo).toBeGreaterThan(0);
    const reading = down.locator('#live-updates > article').nth(9);
    const before = await reading.boundingBox();

    const id = '20261101-0030';
    site.addUpdate(
      id,
      newUpdate('Fixture rebuild update arrives', 'The rebuild added this update while the page was open.'),
    );
    const { seconds } = site.build();
    console.log(`rebuild with one new update: ${seconds.toFixed(1)} s`);

    for (const p of [top, down]) await advance(p, 31_000);
    // At the top: put in first, announced.
    await expect(top.locator('#live-updates > article').first()).toHaveId(`update-${id}`);
    await expect(top.locator(`#update-${id}`).getByRole('heading', { level: 3 })).toHaveText(
      'Fixture rebuild update arrives',
    );
    await expect(top.locator('#live-status')).toHaveText('1 new update');
    await expect(top.locator('#new-updates')).toBeHidden();
    // Further down: nothing moved; a button says so.
    await expect(down.locator(`#update-${id}`)).toHaveCount(0);
    const button = down.getByRole('button', { name: '1 new update' });
    await expect(button).toBeVisible();
    await expect(down.locator('#live-status')).toHaveText('1 new update');
    expect(await down.evaluate(() => scrollY)).toBe(scrolledTo);
    expect(await reading.boundingBox()).toEqual(before);
    expect(await shifts(down)).toBe(0);
    // Pressed, it puts the update in and takes the reader to it.
    await button.click();
    await expect(down.locator('#live-updates > article').first()).toHaveId(`update-${id}`);
    await expect(down.locator(`#update-${id}`)).toBeFocused();
    await expect(down.locator(`#update-${id}`)).toBeInViewport();
    await expect(button).toBeHidden();
    for (const p of [top, down]) expect(await violations(p)).toEqual([]);
  });
});
