/**
 * npm test runs Playwright with every clock moved ahead (scripts/clock-ahead.ts), so a test that lets the browser or
 * itself read the real clock, instead of pinning it with page.clock, fails now rather than on the day its answer
 * changes (deploy.spec.ts's age banner would have turned red on 1 March 2027). This proves the move is in force in
 * the test runner and in the browser.
 */
import { expect, test } from '@playwright/test';
import { DAY_MS, fileSystemNow, requestedDaysAhead } from '../support/clock-ahead.ts';

test('the test runner and an unpinned page read a clock moved ahead by the requested days', async ({ page }) => {
  const days = requestedDaysAhead();
  await page.setContent('<p>What time is it?</p>');
  const [runner, browser] = [Date.now(), await page.evaluate(() => Date.now())];
  const real = fileSystemNow();
  for (const [who, now] of [
    ['runner', runner],
    ['browser', browser],
  ] as const) {
    expect((now - real) / DAY_MS, who).toBeGreaterThan(days - 1);
    expect((now - real) / DAY_MS, who).toBeLessThan(days + 1);
  }
});
