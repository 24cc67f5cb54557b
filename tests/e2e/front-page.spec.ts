/**
 * The front page of a newsroom of a few hundred stories, with the editors' pins and thumbnails (the archive fixture,
 * tests/support/archive-fixture.ts), in a real browser at 375 and 1280 px (the archive projects), light and dark:
 * read by keyboard in the order it is seen, steady as it loads, named as a screen reader hears it. Screenshots of
 * both widths in both schemes are attached to the HTML report (playwright-report/). Axe and the listing controls'
 * keyboard tests run over the same page in archive.spec.ts.
 */
import { expect, type Page, test } from '@playwright/test';
import { PINS } from '../support/archive-fixture.ts';
import { ARCHIVE_ORIGIN, serveArchive } from '../support/archive-site.ts';
import { watchLayoutShift } from '../support/page-load.ts';

const FRONT = `${ARCHIVE_ORIGIN}/`;

test.beforeEach(async ({ page }) => serveArchive(page));

/** Scrolls to the end a screen at a time, so every lazy picture loads, then back to the top. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot in ${colorScheme} mode, attached to the report; every picture loaded and the page no wider than the screen`, async ({
    page,
  }, info) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(FRONT);
    await scrollThrough(page);
    const unloaded = await page
      .locator('main img')
      .evaluateAll(
        (imgs) => imgs.filter((i) => !(i as HTMLImageElement).complete || !(i as HTMLImageElement).naturalWidth).length,
      );
    expect(unloaded).toBe(0);
    const width = page.viewportSize()!.width;
    const shot = await page.screenshot({ fullPage: true, scale: 'css' });
    await info.attach(`front-page-${width}px-${colorScheme}.png`, { body: shot, contentType: 'image/png' });
    // A full-page screenshot is as wide as the document: anything overflowing sideways widens it.
    expect(shot.readUInt32BE(16)).toBe(width);
  });
}

test('nothing shifts while it loads, the thumbnails included (CLS 0)', async ({ page }) => {
  await page.addInitScript(watchLayoutShift);
  await page.goto(FRONT, { waitUntil: 'load' });
  await scrollThrough(page);
  expect(await page.evaluate(() => (window as unknown as { __cls?: number }).__cls)).toBe(0);
});

test('pictures: the lead’s at once, every thumbnail lazy, each with its width and height', async ({ page }) => {
  await page.goto(FRONT);
  const images = page.locator('main img');
  expect(await images.count()).toBeGreaterThanOrEqual(3);
  await expect(images.first()).toHaveAttribute('loading', 'eager');
  for (const img of (await images.all()).slice(1)) await expect(img).toHaveAttribute('loading', 'lazy');
  for (const img of await images.all()) {
    await expect(img).toHaveAttribute('width', /^\d+$/);
    await expect(img).toHaveAttribute('height', /^\d+$/);
  }
});

/**
 * One focus stop: where it is on the page, and the story, block or band it belongs to (document coordinates, taken
 * when it has focus, so a scrolled page compares like with like).
 */
type Box = { top: number; bottom: number; left: number; right: number };
type Stop = { label: string; box: Box; card: Box; sameCard: boolean; outline: number; visible: boolean };

async function tabThrough(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((previous) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left + scrollX, right: r.right + scrollX };
      };
      const card = el.closest('article, section.block, nav, header, footer') ?? el;
      const w = window as unknown as { __card?: Element };
      // Within one story or band, or moving between a band and what it holds (the masthead's name, then its links).
      const sameCard =
        previous > 0 &&
        w.__card !== undefined &&
        (w.__card === card || w.__card.contains(card) || card.contains(w.__card));
      w.__card = card;
      const r = el.getBoundingClientRect();
      return {
        label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        box: box(el),
        card: box(card),
        sameCard,
        outline: getComputedStyle(el).outlineStyle === 'none' ? 0 : parseFloat(getComputedStyle(el).outlineWidth),
        visible: r.bottom > 0 && r.top < innerHeight && r.width > 0,
      };
    }, stops.length);
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

test('keyboard: every link in the order it is seen, row by row, each visibly focused', async ({ page }) => {
  await page.goto(FRONT);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const stops = await tabThrough(page);
  // Masthead, top stories, blocks, river, pages, archive, footer: every link on the page.
  expect(stops.length).toBe((await page.locator('a[href]').count()) - 1);
  const slack = 4;
  for (const [i, stop] of stops.entries()) {
    expect(stop.outline, `${stop.label} shows an outline when focused`).toBeGreaterThanOrEqual(2);
    expect(stop.visible, `${stop.label} is scrolled into view when focused`).toBe(true);
    if (i === 0) continue;
    const [a, b] = [stops[i - 1], stop];
    // Within a story or a band, top to bottom (a row of links shares a top). Between stories: the next one below,
    // or beside it to the right in the same row of the grid.
    const inOrder = b.sameCard
      ? b.box.top >= a.box.top - slack
      : b.card.top >= a.card.bottom - slack ||
        (b.card.left >= a.card.right - slack && b.card.top < a.card.bottom && b.card.bottom > a.card.top);
    expect(inOrder, `${b.label} comes after ${a.label}`).toBe(true);
  }
});

test('as a screen reader hears it: the masthead, the top stories, the blocks, the pages', async ({ page }) => {
  await page.goto(FRONT);
  const sections = page.getByRole('navigation', { name: 'Sections' });
  expect(await sections.getByRole('link').allInnerTexts()).toEqual([
    'World',
    'Africa',
    'Politics',
    'Business',
    'Science',
    'Culture',
    'Sport',
    'Opinion',
    'Obituaries',
    'Search',
  ]);
  await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
    - banner:
      - link "Gazette"
      - navigation "Sections":
        - list:
          - listitem:
            - link "World"
  `);
  const top = page.getByRole('region', { name: 'Top stories' });
  await expect(top.getByRole('heading', { level: 1, name: 'Top stories' })).toBeAttached();
  await expect(top.getByRole('heading', { level: 2 }).first().getByRole('link')).toHaveAttribute(
    'href',
    PINS.lead.href,
  );
  await expect(top.getByRole('heading', { level: 2 })).toHaveCount(5);
  // Each block says which section it is and how to reach the rest of it.
  for (const name of ['World', 'Africa', 'Politics']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `More in ${name}` })).toHaveAttribute(
      'href',
      `/${name.toLowerCase()}/`,
    );
  }
  await expect(page.getByRole('region', { name: 'More stories' }).getByRole('heading', { level: 3 })).toHaveCount(20);
  // The page numbers: a name a screen reader can read out, the gap ("…") left out, then the way on.
  await expect(page.getByRole('navigation', { name: 'More stories: pages' }).getByRole('list')).toMatchAriaSnapshot(`
    - list:
      - listitem:
        - link "Page 1"
      - listitem:
        - link "Page 2"
      - listitem:
        - link "Page 3"
      - listitem:
        - link /^Page \\d+$/
      - listitem:
        - link "Older stories"
  `);
  await expect(page.getByRole('navigation', { name: 'Archive' }).getByRole('link').last()).toHaveAccessibleName(
    'All tags',
  );
});

test('a section page marks its section in the masthead; a story marks its section too', async ({ page }) => {
  await page.goto(`${ARCHIVE_ORIGIN}/world/`);
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const story = page.getByRole('main').getByRole('article').first();
  await story.getByRole('heading').getByRole('link').click();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'World' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // The kicker above the headline goes back to the section.
  await page.getByRole('main').getByRole('link', { name: 'World', exact: true }).first().click();
  await expect(page).toHaveURL(`${ARCHIVE_ORIGIN}/world/`);
});

test('the year page lists months as a reader says them, and a month’s own page leads on', async ({ page }) => {
  await page.goto(`${ARCHIVE_ORIGIN}/2020/`);
  const months = page.getByRole('navigation', { name: 'Months of 2020' });
  await expect(months).toMatchAriaSnapshot(`
    - navigation "Months of 2020":
      - list:
        - listitem:
          - link "January 2020"
          - text: /^\\d+ stor(y|ies)$/
  `);
  for (const item of await months.getByRole('listitem').all()) {
    // A month of more than one page links each later page, so every story stays three clicks from the front page.
    expect(await item.innerText()).toMatch(
      /^[A-Z][a-z]+ 2020 · (1 story|\d+ stories)(, continued on page 2( · (page )?\d+)*)?$/,
    );
  }
  await months.getByRole('link', { name: 'March 2020', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('March 2020');
  await expect(
    page.getByRole('navigation', { name: 'Around March 2020' }).getByRole('link', { name: 'All of 2020' }),
  ).toHaveAttribute('href', '/2020/');
});
