import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { STYLE } from '../../src/lib/map/svg.ts';
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
    expect(url).toMatch(
      /^https?:\/\/.+\/2015\/06\/11\/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali\/$/,
    );
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
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
      .toEqual([
        { title: 'Armed Gunmen Attack Police Base and Kill Chief in Southern Mali', url: await permalink(page) },
      ]);
    await expect(page.getByRole('status')).toHaveText('');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('plain links to email and the networks carry the permalink; the script-only button stays hidden', async ({
    page,
  }) => {
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

test("the seed's share card, which is also its structured-data image, is drawn with its locator map (card attached)", async ({
  page,
  request,
}, testInfo) => {
  await page.goto(ARTICLE_PATH);
  const card = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
  expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toMatch(
    /beside the story's image: Locator map[^"]*Misséni/,
  );
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
    image: unknown;
  };
  // One card per story (docs/performance.md, "Share cards: one per story"): the structured data names the same file.
  const ldImages = [ld.image].flat().map((i) => (typeof i === 'string' ? i : (i as { url: string }).url));
  expect(ldImages).toEqual([card]);
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(STYLE.event.slice(i, i + 2), 16));
  /** Pixels in the map's event red (Misséni's marker, Mali on the globe); the card's own accent red is further off. */
  const eventRed = async (png: Buffer) => {
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let n = 0;
    for (let i = 0; i < data.length; i += info.channels)
      if (Math.hypot(data[i] - r, data[i + 1] - g, data[i + 2] - b) < 12) n++;
    return n;
  };
  // The control: the site's default card, which has no map, has none of it.
  expect(await eventRed(await (await request.get('/share/default.png')).body())).toBe(0);
  for (const url of [card]) {
    const response = await request.get(new URL(url).pathname);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toMatch(/^image\/png/);
    const png = await response.body();
    if (url === card) await testInfo.attach('seed share card (og:image)', { body: png, contentType: 'image/png' });
    expect(await eventRed(png), url).toBeGreaterThan(50);
  }
});
