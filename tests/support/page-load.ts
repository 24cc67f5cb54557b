/**
 * A page as a reader's browser loads it, for the transfer budgets (tests/e2e/budget.spec.ts): every response counted
 * on the wire, the page scrolled to its end so anything lazy is fetched, and every layout shift summed. The counting
 * against the budgets is load-budget.ts's.
 */
import type { Page } from '@playwright/test';
import type { Transfer } from './load-budget.ts';

/**
 * Sums every layout shift from the first paint on. Unlike CLS in the field,
 * shifts flagged `hadRecentInput` are counted too: the test sends no input, but
 * Chromium under automation flags load-time shifts that way, which would hide them.
 */
export function watchLayoutShift() {
  const w = window as unknown as { __cls?: number };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__cls = (w.__cls ?? 0) + e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Set only once the observer is in place, so a browser that cannot observe fails the test instead of reading 0.
  w.__cls ??= 0;
}

/** Loads `url` in `page` (a fresh context: a cold cache) and returns what came over the wire and the layout shift. */
export async function loadPage(
  page: Page,
  url: string,
): Promise<{ transfers: Transfer[]; cls: number; fontsWithoutSwap: string[] }> {
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
  // Scroll to the end a screen at a time, as a reader would, so everything lazy is fetched and any late shift is seen.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
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
