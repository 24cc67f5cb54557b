/**
 * Article pages and the front page as a phone on a cold cache loads them: every response the browser receives is
 * counted on the wire (the preview server, and the archive fixture's static server, compress as a static host
 * would), whatever the page happens to load: images, scripts, fonts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, expect, test, type TestInfo } from '@playwright/test';
import { ARCHIVE_DIST } from '../support/archive-site.ts';
import { budgetReport, type Check, loadChecks, type LoadedKind, pageKind } from '../support/budget.ts';
import { loadPage } from '../support/page-load.ts';
import { serveStatic } from '../support/static-server.ts';
import { siteConfig } from '../../src/lib/site/config.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Every article page in the build being served. */
const articlePaths = (fs.existsSync(DIST) ? fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' }) : [])
  .filter((f) => pageKind(f) === 'article')
  .map((f) => `${siteConfig().base}${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
  .sort();

/**
 * These are measured once, in the first phone-sized project (isMobile) of the config, whatever it is called, and
 * skipped in the others. A config with no phone-sized project fails here instead of skipping them everywhere.
 */
function measureOnceOnAPhone(info: TestInfo): void {
  const phone = info.config.projects.find((p) => p.use.isMobile);
  if (!phone) {
    const names = info.config.projects.map((p) => p.name).join(', ');
    throw new Error(
      `budget.spec.ts measures in a phone-sized (isMobile) project, and playwright.config.ts has none: ${names}`,
    );
  }
  test.skip(info.project.name !== phone.name, `measured once, in the "${phone.name}" project`);
}

test.describe('the measurement itself', () => {
  test.beforeEach(({}, info) => measureOnceOnAPhone(info));

  test('sees the layout shift of an image that arrives late without reserved space', async ({ page }) => {
    const square =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><rect width="300" height="300"/></svg>';
    await page.route('http://shift.test/**', async (route) => {
      if (route.request().url().endsWith('.svg')) {
        await new Promise((r) => setTimeout(r, 400));
        await route.fulfill({ contentType: 'image/svg+xml', body: square });
      } else {
        await route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><p>Above</p><img src="/late.svg" alt=""><p>Below, pushed down</p>',
        });
      }
    });
    const { cls, transfers } = await loadPage(page, 'http://shift.test/');
    expect(cls).toBeGreaterThan(0);
    expect(transfers.map((t) => t.type).sort()).toEqual(['document', 'image']);
  });
});

/**
 * Loads `url` as a phone on a cold cache (a fresh context; 375 px is a small phone's CSS width) and returns the
 * budget report: everything on the wire within the page's transfer budget, from one origin, with no layout shift.
 */
async function measure(browser: Browser, url: string, origin: string, kind: LoadedKind) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const { transfers, cls, fontsWithoutSwap } = await loadPage(page, url);
  await context.close();
  const path = new URL(url, origin).pathname;
  const checks: Check[] = loadChecks(path, origin, transfers, cls, kind);
  checks.push({
    page: path,
    what: 'web fonts without font-display: swap',
    actual: fontsWithoutSwap.length,
    limit: 0,
    unit: 'count',
    note: fontsWithoutSwap.join(', '),
  });
  const report = budgetReport(checks);
  console.log(report.text);
  return { transfers, report };
}

test.describe('article page at 375 px, cold cache', () => {
  // One phone-sized load is the measurement; repeating it in the desktop project adds nothing.
  test.beforeEach(({}, info) => measureOnceOnAPhone(info));

  test('the build has article pages to measure', () => {
    expect(articlePaths.length).toBeGreaterThan(0);
  });

  for (const articlePath of articlePaths) {
    test(`${articlePath} loads within budget, from one origin, without layout shift`, async ({ browser, baseURL }) => {
      const { transfers, report } = await measure(browser, articlePath, new URL(baseURL ?? '').origin, 'article');
      // The document itself was counted, compressed by the server.
      expect(transfers.find((t) => t.type === 'document')?.bytes).toBeGreaterThan(1000);
      expect(report.ok, report.text).toBe(true);
    });
  }
});

test.describe('front page at 375 px, cold cache, pictures included', () => {
  test("the site's front page loads within budget, from one origin, without layout shift", async ({
    browser,
    baseURL,
  }, info) => {
    measureOnceOnAPhone(info);
    const { transfers, report } = await measure(browser, siteConfig().base, new URL(baseURL ?? '').origin, 'front');
    expect(transfers.filter((t) => t.type === 'image').length).toBeGreaterThan(0);
    expect(report.ok, report.text).toBe(true);
  });

  // The archive fixture's front page (built by its set-up, tests/e2e/fixtures.ts): pinned stories, a block per section
  // and a river, with thumbnails in each, served with gzip as a static host would.
  test('a front page with pins and thumbnails loads within budget, from one origin, without layout shift', async ({
    browser,
  }, info) => {
    test.skip(
      info.project.name !== 'archive-phone',
      'measured once, on the archive fixture, in the "archive-phone" project',
    );
    const server = await serveStatic(ARCHIVE_DIST, { gzip: true });
    try {
      const { transfers, report } = await measure(browser, `${server.url}/`, server.url, 'front');
      const images = transfers.filter((t) => t.type === 'image' && !t.url.endsWith('.svg'));
      // The lead's picture and thumbnails from the top stories down to the river were all fetched and counted.
      expect(images.length).toBeGreaterThanOrEqual(3);
      await info.attach('front-page-weight.txt', { body: report.text, contentType: 'text/plain' });
      expect(report.ok, report.text).toBe(true);
    } finally {
      await server.close();
    }
  });
});
