/**
 * Guards over every built page, found by walking dist/, so a new page is covered
 * without touching this file. Each project (phone, desktop) runs every test.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { DESK_PATH } from '../support/built-site.ts';
import { servedPath } from '../support/link-check.ts';
import { distFiles } from '../support/dist-files.ts';

// Every page readers get. The desk (/admin/) is the newsroom's tool, Sveltia CMS's interface with its own CSP (inline
// styles allowed there alone); tests/e2e/desk.spec.ts and tests/dist/desk-page.test.ts guard it.
const PAGES = distFiles()
  .pages.map((file) => servedPath(file, '/'))
  .filter((page) => page !== DESK_PATH);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the page list comes from the build', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['/', '/404.html']));
  expect(distFiles().pages).toContain('admin/index.html');
});

/** Records what a page does that a reader's browser would object to or leak. */
async function watch(page: Page) {
  const seen = { requests: [] as string[], violations: [] as string[], console: [] as string[] };
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (msg) => ['error', 'warning'].includes(msg.type()) && seen.console.push(msg.text()));
  page.on('pageerror', (error) => seen.console.push(error.message));
  return { seen, violations: () => page.evaluate(() => (window as any).__csp as string[]) };
}

for (const path of PAGES) {
  test.describe(path, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`no WCAG 2.2 A/AA violations in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const found = violations.map(
          (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(found).toEqual([]);
      });
    }

    test('a CSP without unsafe-inline or unsafe-eval, no violation, no request to another host', async ({
      page,
      baseURL,
    }) => {
      const { seen, violations } = await watch(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      // WebAssembly (Pagefind) runs on the search page and nowhere else.
      expect(csp!.includes("'wasm-unsafe-eval'"), csp!).toBe(path === '/search/');
      expect(await violations()).toEqual([]);
      expect(seen.console).toEqual([]);
      const origin = new URL(baseURL!).origin;
      expect(seen.requests.length).toBeGreaterThan(0);
      expect(seen.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    });

    test('external links cannot reach back into the page', async ({ page, baseURL }) => {
      await page.goto(path);
      const origin = new URL(baseURL!).origin;
      const links = await page.locator('a[href]').evaluateAll((as) =>
        as.map((a) => ({
          href: (a as HTMLAnchorElement).href,
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel') ?? '',
        })),
      );
      // A link that opens a new window without noopener hands the other site window.opener.
      const unsafe = links.filter((l) => new URL(l.href).origin !== origin && l.target && !/\bnoopener\b/.test(l.rel));
      expect(unsafe).toEqual([]);
    });

    test('keyboard: skip link first, visible focus on everything, in reading order', async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();

      // Tab through the rest of the page, noting where focus goes and whether it shows.
      const stops: { label: string; top: number; outline: number; visible: boolean }[] = [];
      for (let i = 0; i < 100; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          return {
            label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
            top: Math.round(rect.top + window.scrollY),
            outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
            visible: rect.bottom > 0 && rect.top < window.innerHeight && rect.width > 0,
          };
        });
        if (!stop) break;
        stops.push(stop);
      }
      expect(stops.length).toBeGreaterThan(0);
      for (const stop of stops) {
        expect(stop.outline, `${stop.label} shows an outline when focused`).toBeGreaterThanOrEqual(2);
        expect(stop.visible, `${stop.label} is scrolled into view when focused`).toBe(true);
      }
      // Reading order: focus never jumps back up the page.
      for (let i = 1; i < stops.length; i++) {
        expect(stops[i].top, `${stops[i].label} comes after ${stops[i - 1].label}`).toBeGreaterThanOrEqual(
          stops[i - 1].top - 4,
        );
      }
      const positive = await page
        .locator('[tabindex]')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex > 0).length);
      expect(positive, 'no positive tabindex reorders the page').toBe(0);
    });

    test('with prefers-reduced-motion, nothing animates or scrolls smoothly', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      const moving = await page.evaluate(() => {
        const seconds = (value: string) =>
          Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
        const found: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(el, pseudo);
            const longest = Math.max(seconds(style.animationDuration), seconds(style.transitionDuration));
            if (longest > 0.001) found.push(`${el.tagName.toLowerCase()}${pseudo ?? ''} moves for ${longest}s`);
            if (style.scrollBehavior === 'smooth') found.push(`${el.tagName.toLowerCase()} scrolls smoothly`);
          }
        }
        return found;
      });
      expect(moving).toEqual([]);
    });
  });
}

test('the CSP is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const { violations } = await watch(page);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return new Promise((resolve) => setTimeout(() => resolve((window as any).__injected === true), 100));
  });
  expect(ran).toBe(false);
  expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
});
