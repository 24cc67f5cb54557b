/**
 * A Persian newsroom (tests/fixtures/languages: `language: fa`, editions in English and Russian, stories in Arabic,
 * Chinese and Hindi too), read in a real browser at a phone's and a laptop's width, light and dark: right to left,
 * its own calendar and digits, nothing in English around the story, every language marked, translations linked.
 * Screenshots of each page go into the report.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { buildFixture } from '../support/build-fixture.ts';
import { serveStatic } from '../support/static-server.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FA_STORY = '/2015/06/11/tehran-rain/';
const EN_STORY = '/2015/06/11/tehran-waits-for-rain/';
const RU_STORY = '/2015/06/11/dozhd-v-tegerane/';
const WIDTHS = [375, 1280] as const;

/** Every word the English catalogue has, long enough to be sure it is English and not a name. */
const ENGLISH = Object.values(
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../src/i18n/en.json'), 'utf8')) as Record<
    string,
    string
  >,
)
  .flatMap((m) => m.split(/\{[^}]*\}|[#|]/))
  .map((s) => s.replace(/[^A-Za-z' ]/g, ' ').trim())
  .filter((s) => s.split(/\s+/).length >= 2);

test.describe.configure({ mode: 'serial' });

let site: { url: string; close: () => Promise<void> };
let scratch: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const build = buildFixture('tests/fixtures/languages');
  scratch = path.dirname(build.dist);
  if (build.status !== 0) throw new Error(build.output);
  site = await serveStatic(build.dist);
});
test.afterAll(async () => {
  await site?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** What the reader sees on the page, without what a script or a style holds. */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/**
 * How far the first letter of the element's text is from the viewport's right edge, and from its left: where a
 * reader's eye starts. (The element's own box spans the column either way.)
 */
async function edges(page: Page, selector: string) {
  const box = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !text.textContent!.trim()) text = walker.nextNode();
      const start = text!.textContent!.search(/\S/);
      const range = document.createRange();
      range.setStart(text!, start);
      range.setEnd(text!, start + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.x, width: rect.width };
    });
  const width = page.viewportSize()!.width;
  return { right: width - (box.x + box.width), left: box.x };
}

/** Whole years since the seed's day by the browser's clock, as the age banner counts them. */
const seedAge = (page: Page) =>
  page.evaluate(() => {
    const now = new Date();
    const years = now.getUTCFullYear() - 2015;
    return now < new Date(Date.UTC(now.getUTCFullYear(), 5, 11)) ? years - 1 : years;
  });

for (const width of WIDTHS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Persian story at ${width} px, ${colorScheme}: right to left, Persian calendar and digits, no English`, async ({
      page,
    }, info) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}${FA_STORY}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      // The seed's day, 11 June 2015, in the Persian calendar and digits.
      await expect(page.locator('.dateline time').first()).toContainText('۲۱ خرداد ۱۳۹۴');
      await expect(page.locator('.age-banner')).toContainText(new Intl.NumberFormat('fa').format(await seedAge(page)));
      // Right to left: the headline and the masthead's name sit against the right edge, further from the left.
      const headline = await edges(page, 'h1');
      expect(headline.right).toBeLessThan(headline.left);
      const name = await edges(page, '.masthead-name');
      expect(name.right).toBeLessThan(name.left);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      const text = await visibleText(page);
      expect(ENGLISH.filter((words) => text.includes(words))).toEqual([]);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await info.attach(`persian-article-${width}-${colorScheme}.png`, {
        body: await page.screenshot({ fullPage: false }),
        contentType: 'image/png',
      });
    });

    test(`the Persian front page at ${width} px, ${colorScheme}: right to left, stories in other languages marked`, async ({
      page,
    }, info) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}/`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      // The Arabic, Chinese and Hindi stories have no edition: they are here, each in its own language.
      for (const [lang, dir] of [
        ['ar', 'rtl'],
        ['zh-Hans', 'ltr'],
        ['hi', 'ltr'],
      ])
        await expect(page.locator(`article[lang="${lang}"]`).first()).toHaveAttribute('dir', dir);
      // The English and Russian stories are in their own editions, not here.
      await expect(page.getByRole('link', { name: 'Tehran waits for rain' })).toHaveCount(0);
      const name = await edges(page, '.masthead-name');
      expect(name.right).toBeLessThan(name.left);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      const text = await visibleText(page);
      expect(ENGLISH.filter((words) => text.includes(words))).toEqual([]);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await info.attach(`persian-front-${width}-${colorScheme}.png`, {
        body: await page.screenshot({ fullPage: false }),
        contentType: 'image/png',
      });
    });

    test(`the Russian story at ${width} px, ${colorScheme}: its edition's masthead, Russian dates, left to right`, async ({
      page,
    }, info) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}${RU_STORY}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await expect(page.locator('.dateline time').first()).toContainText('11 июня 2015');
      await expect(page.getByRole('banner').getByRole('link').first()).toHaveAttribute('href', '/ru/');
      const headline = await edges(page, 'h1');
      expect(headline.left).toBeLessThan(headline.right);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await info.attach(`russian-article-${width}-${colorScheme}.png`, {
        body: await page.screenshot({ fullPage: false }),
        contentType: 'image/png',
      });
    });
  }
}

test('translations name each other: "Read in" links in their own language, hreflang in the head with x-default', async ({
  page,
}) => {
  await page.goto(`${site.url}${FA_STORY}`);
  const readIn = page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('a[hreflang]') });
  await expect(readIn.locator('a')).toHaveText(['English', 'русский']);
  await expect(readIn.locator('a').first()).toHaveAttribute('lang', 'en');
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
    );
  expect(alternates.sort()).toEqual(
    [`en ${EN_STORY}`, `fa ${FA_STORY}`, `ru ${RU_STORY}`, `x-default ${FA_STORY}`].sort(),
  );
  // Reciprocal: the English page names the Persian one.
  await page.goto(`${site.url}${EN_STORY}`);
  await expect(page.locator(`link[rel="alternate"][hreflang="fa"]`)).toHaveAttribute(
    'href',
    new RegExp(`${FA_STORY}$`),
  );
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(2);
});

test('an English name inside a Persian headline keeps its place in the line', async ({ page }) => {
  await page.goto(`${site.url}/`);
  const link = page.getByRole('link', { name: 'گزارش VICE News از حمله در مالی' }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('گزارش VICE News از حمله در مالی');
  // The Persian words before the name are at the right of it: the line runs right to left around it.
  const order = await page.evaluate(() => {
    const h1 = document.querySelector('h1')!;
    const range = document.createRange();
    const text = h1.firstChild!;
    const at = (i: number) => {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().x;
    };
    return { persian: at(0), english: at(h1.textContent!.indexOf('VICE')) };
  });
  expect(order.persian).toBeGreaterThan(order.english);
});
