/**
 * The article page as a phone on a cold cache loads it: every response the
 * browser receives is counted on the wire (the preview server compresses as a
 * static host would), whatever the page happens to load: images, scripts, fonts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { budgetReport, pageKind, type Transfer, loadChecks } from '../../src/lib/budget.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Every article page in the build being served. */
const articlePaths = fs
  .readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => pageKind(f) === 'article')
  .map((f) => `/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
  .sort();

/** Sums layout shifts not caused by input, from the first paint on. */
function watchLayoutShift() {
  (window as unknown as { __cls: number }).__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
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
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  const fontsWithoutSwap = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status !== 'unloaded' && f.display !== 'swap').map((f) => f.family),
  );
  return { transfers: await Promise.all(pending), cls, fontsWithoutSwap };
}

test.describe('article page at 375 px, cold cache', () => {
  // One phone-sized load is the measurement; repeating it in the desktop project adds nothing.
  test.beforeEach(({}, info) => test.skip(info.project.name !== 'phone', 'measured once, in the phone project'));

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
