import { expect, test } from '@playwright/test';
import { ARTICLE_PATH } from './seed.ts';

/** The permalink the page declares as canonical: what every share path must hand over. */
async function permalink(page: import('@playwright/test').Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
}

test.describe('sharing the seed article', () => {
  test('without the Web Share API, the button copies the permalink and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Headless Chromium has no navigator.share on Linux; make sure of it, so this is the copy path.
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto(ARTICLE_PATH);
    const url = await permalink(page);
    expect(url).toMatch(/^https?:\/\/.+\/2015\/06\/11\/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali\/$/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  test('with the Web Share API, the button opens the share sheet with title and permalink', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: unknown) => {
          (window as unknown as { shared: unknown[] }).shared.push(data);
        },
      });
    });
    await page.goto(ARTICLE_PATH);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
      { title: 'Armed Gunmen Attack Police Base and Kill Chief in Southern Mali', url: await permalink(page) },
    ]);
    await expect(page.getByRole('status')).toHaveText('');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('plain links to email and the networks carry the permalink; the script-only button stays hidden', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const url = await permalink(page);
    const share = page.getByRole('region', { name: 'Share this story' });
    await expect(share.getByRole('button')).toBeHidden();
    const expected: [string, RegExp][] = [
      ['Email', /^mailto:\?/],
      ['X (Twitter)', /^https:\/\/x\.com\/intent\/tweet\?/],
      ['Facebook', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?/],
      ['LinkedIn', /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?/],
      ['WhatsApp', /^https:\/\/wa\.me\/\?/],
    ];
    for (const [name, pattern] of expected) {
      const href = (await share.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
      expect(href, name).toMatch(pattern);
      expect(decodeURIComponent(href), name).toContain(url);
    }
  });
});
