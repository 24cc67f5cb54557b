/**
 * The article page as a phone on a cold cache loads it: every response the
 * browser receives is counted on the wire (the preview server compresses as a
 * static host would), whatever the page happens to load: images, scripts, fonts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test, type TestInfo } from '@playwright/test';
import { budgetReport, loadChecks, pageKind, type Transfer } from '../support/budget.ts';
import { siteConfig } from '../../src/lib/site/config.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Every article page in the build being served. */
const articlePaths = (fs.existsSync(DIST) ? fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' }) : [])
  .filter((f) => pageKind(f) === 'article')
  .map((f) => `${siteConfig().base}${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
  .sort();

/**
 * Sums every layout shift from the first paint on. Unlike CLS in the field,
 * shifts flagged `hadRecentInput` are counted too: the test sends no input, but
 * Chromium under automation flags load-time shifts that way, which would hide them.
 */
function watchLayoutShift() {
  const w = window as unknown as { __cls?: number };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__cls = (w.__cls ?? 0) + e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Set only once the observer is in place, so a browser that cannot observe fails the test instead of reading 0.
  w.__cls ??= 0;
}

async function load(page: Page, url: string): Promise<{ transfers: Transfer[]; cls: number; fontsWithoutSwap: string[] }> {
  const pending: Promise<Transfer>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((s) => ({
        url: request.url(),
        type: request.resourceType(),
        bytes: s.responseHeadersSize + s.responseBodySize,
      })),
    );
  });
  await page.addInitScript(watchLayoutShift);
  await page.goto(url, { waitUntil: 'load' });
  // Scroll to the end so anything lazy is fetched and any late shift is seen.
  await page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((r) => setTimeout(r, 300));
  });
  await page.waitForLoadState('networkidle');
  const cls = await page.evaluate(() => (window as unknown as { __cls?: number }).__cls);
  if (typeof cls !== 'number') throw new Error(`No layout-shift measurement on ${url}`);
  const fontsWithoutSwap = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status !== 'unloaded' && f.display !== 'swap').map((f) => f.family),
  );
  return { transfers: await Promise.all(pending), cls, fontsWithoutSwap };
}

/**
 * These are measured once, in the first phone-sized project (isMobile) of the config, whatever it is called, and
 * skipped in the others. A config with no phone-sized project fails here instead of skipping them everywhere.
 */
function measureOnceOnAPhone(info: TestInfo): void {
  const phone = info.config.projects.find((p) => p.use.isMobile);
  if (!phone) {
    const names = info.config.projects.map((p) => p.name).join(', ');
    throw new Error(`budget.spec.ts measures in a phone-sized (isMobile) project, and playwright.config.ts has none: ${names}`);
  }
  test.skip(info.project.name !== phone.name, `measured once, in the "${phone.name}" project`);
}

test.describe('the measurement itself', () => {
  test.beforeEach(({}, info) => measureOnceOnAPhone(info));

  test('sees the layout shift of an image that arrives late without reserved space', async ({ page }) => {
    const square = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><rect width="300" height="300"/></svg>';
    await page.route('http://shift.test/**', async (route) => {
      if (route.request().url().endsWith('.svg')) {
        await new Promise((r) => setTimeout(r, 400));
        await route.fulfill({ contentType: 'image/svg+xml', body: square });
      } else {
        await route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>Above</p><img src="/late.svg" alt=""><p>Below, pushed down</p>' });
      }
    });
    const { cls, transfers } = await load(page, 'http://shift.test/');
    expect(cls).toBeGreaterThan(0);
    expect(transfers.map((t) => t.type).sort()).toEqual(['document', 'image']);
  });
});

test.describe('article page at 375 px, cold cache', () => {
  // One phone-sized load is the measurement; repeating it in the desktop project adds nothing.
  test.beforeEach(({}, info) => measureOnceOnAPhone(info));

  test('the build has article pages to measure', () => {
    expect(articlePaths.length).toBeGreaterThan(0);
  });

  for (const articlePath of articlePaths) {
    test(`${articlePath} loads within budget, from one origin, without layout shift`, async ({ browser, baseURL }) => {
      // A fresh context has an empty cache; 375 px is a small phone's CSS width.
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const { transfers, cls, fontsWithoutSwap } = await load(page, articlePath);
      await context.close();

      const origin = new URL(baseURL ?? '').origin;
      const checks = loadChecks(articlePath, origin, transfers, cls);
      checks.push({
        page: articlePath,
        what: 'web fonts without font-display: swap',
        actual: fontsWithoutSwap.length,
        limit: 0,
        unit: 'count',
        note: fontsWithoutSwap.join(', '),
      });
      const report = budgetReport(checks);
      console.log(report.text);
      // The document itself was counted, compressed by the server.
      expect(transfers.find((t) => t.type === 'document')?.bytes).toBeGreaterThan(1000);
      expect(report.ok, report.text).toBe(true);
    });
  }
});
