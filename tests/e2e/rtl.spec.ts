/**
 * Right to left without a second stylesheet (issue 32, decision 046): the site's pages, turned right-to-left in the
 * browser, are their left-to-right selves mirrored. Every block-level box and picture sits where its mirror image
 * is, at the same size, and nothing spills past either edge; what must not turn (the age banner's clock) does not.
 * Mixed text keeps its order: the search results' headlines and the reader's words run their own way.
 */
import { expect, type Page, test } from '@playwright/test';

// Not imported from ./seed.ts, which reads the seed text from outside the repository on load.
const ARTICLE_PATH = '/2015/06/11/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali/';
const PAGES = [ARTICLE_PATH, '/', '/world/', '/tags/', '/2015/', '/authors/pierre-longeray/', '/search/'];

type Box = { what: string; x: number; y: number; width: number; height: number; sides: string[] };

/** A box's physical sides, as the browser computes them: margin, border and padding, each left then right. */
const SIDES = [
  'margin-left',
  'margin-right',
  'border-left-width',
  'border-right-width',
  'padding-left',
  'padding-right',
];

/** What the right-to-left page must show for a box's sides and text-align: left and right swapped. */
function mirrored([marginL, marginR, borderL, borderR, paddingL, paddingR, align]: string[]): string[] {
  const swapped: Record<string, string> = { left: 'right', right: 'left' };
  return [marginR, marginL, borderR, borderL, paddingR, paddingL, swapped[align] ?? align];
}

/**
 * The page's block-level boxes and pictures, in document order: a line's inline boxes are left out, since the bidi
 * algorithm reorders them within the line (that is the point), but the line itself mirrors.
 */
function boxes(page: Page): Promise<{ width: number; scrollWidth: number; boxes: Box[] }> {
  return page.evaluate((sides) => {
    const blockLevel = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'flow-root']);
    const found: Box[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('svg') && element.tagName !== 'svg') continue;
      const style = getComputedStyle(element);
      const replaced = element instanceof HTMLImageElement || element.tagName === 'svg';
      if (!replaced && !blockLevel.has(style.display)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const what = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;
      const physical = [...sides.map((side) => style.getPropertyValue(side)), style.textAlign];
      found.push({ what, x: rect.x, y: rect.y + scrollY, width: rect.width, height: rect.height, sides: physical });
    }
    const root = document.documentElement;
    return { width: root.clientWidth, scrollWidth: root.scrollWidth, boxes: found };
  }, SIDES);
}

async function flip(page: Page) {
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
  });
}

for (const path of PAGES) {
  test(`${path}, turned right to left, is its mirror image`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-01T08:00:00Z'));
    await page.goto(path);
    const ltr = await boxes(page);
    await flip(page);
    const rtl = await boxes(page);

    expect(rtl.boxes.map((b) => b.what)).toEqual(ltr.boxes.map((b) => b.what));
    const misplaced = ltr.boxes.flatMap((l, i) => {
      const r = rtl.boxes[i];
      const mirrorX = ltr.width - (l.x + l.width);
      const off = Math.max(
        Math.abs(r.x - mirrorX),
        Math.abs(r.y - l.y),
        Math.abs(r.width - l.width),
        Math.abs(r.height - l.height),
      );
      const where = off > 1 ? [`${l.what}: left ${l.x} → ${r.x} (mirror ${mirrorX}), top ${l.y} → ${r.y}`] : [];
      const sides = mirrored(l.sides).join(' ') === r.sides.join(' ') ? [] : [`${l.what}: ${l.sides} → ${r.sides}`];
      return [...where, ...sides];
    });
    expect(misplaced).toEqual([]);
    expect(rtl.scrollWidth).toBeLessThanOrEqual(rtl.width);
  });
}

test('the age banner moves to the other side, but its clock still runs clockwise', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-01T08:00:00Z'));
  await page.goto(ARTICLE_PATH);
  await flip(page);
  const banner = page.locator('.age-banner');
  await expect(banner).toBeVisible();
  expect(await banner.locator('svg').evaluate((svg) => getComputedStyle(svg).transform)).toBe('none');
});

test("a search result's headline and excerpt take their direction from their words, and so do the reader's", async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('Sikasso')}`);
  const first = page.locator('.result').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveAttribute('dir', 'auto');
  await expect(first.locator('.result-excerpt')).toHaveAttribute('dir', 'auto');
  const status = page.getByRole('status');
  await expect(status).toHaveText('1 story found for “Sikasso”.');
  await expect(status.locator('bdi')).toHaveText('Sikasso');
});
