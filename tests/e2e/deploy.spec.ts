/**
 * The built site behind a real nginx with the shipped server block, at the root
 * (project nginx-root) and under /news/ (nginx-news): what a reader and a
 * browser get from a production-like server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { GZIP_MIN_LENGTH, nginxTypes, servedType } from '../../src/lib/deploy/content-types.ts';
import {
  DESK_OPENER_POLICY,
  deskPageCsp,
  HASHED_ASSETS_DIR,
  immutableCache,
  searchPageCsp,
  securityHeaders,
  shortCache,
} from '../../src/lib/deploy/security-headers.ts';
import { useTestRepo } from '../support/desk-repo.ts';
import { type DeploySite, deploySites, distOf, origin, siteUrl } from '../support/deploy-sites.ts';
import { distFiles } from '../support/dist-files.ts';
import { htmlRefs, servedPath } from '../support/link-check.ts';
import { SYSTEM_MIME_TYPES } from '../support/nginx-server.ts';

let site: DeploySite;
test.beforeEach(({}, testInfo) => {
  const found = deploySites.find((s) => s.project === testInfo.project.name);
  if (!found) throw new Error(`deploy.spec.ts runs only in the nginx projects, not ${testInfo.project.name}`);
  site = found;
});

/** Every file of the build (relative to it) that is served: all but the host files named "_…" (tested below). */
const builtFiles = () => [...distFiles(distOf(site)).files].filter((f) => !path.basename(f).startsWith('_'));
/** Where nginx serves a built file. */
const urlOf = (file: string) => `${origin(site)}${servedPath(file, site.base)}`;

const gzip = (request: APIRequestContext, url: string) => request.get(url, { headers: { 'Accept-Encoding': 'gzip' } });

test('a reader opens an article from the front page and sees its picture', async ({ page }) => {
  await page.goto(siteUrl(site));
  await page.getByRole('link', { name: 'A Fixture Story With a Main Image' }).click();
  await expect(page).toHaveURL(`${siteUrl(site)}2020/03/01/fixture-with-image/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Fixture Story With a Main Image');
  const picture = page.getByRole('img', { name: 'A green-to-blue test gradient' });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await picture.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(
    new RegExp(`^${site.base}${HASHED_ASSETS_DIR}/`),
  );
});

test('every page and file linked from the front page is served, all under the base path', async ({ request }) => {
  const pages = [siteUrl(site)];
  const seen = new Set(pages);
  const files: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    const response = await request.get(pages[i]);
    expect(response.status(), pages[i]).toBe(200);
    // What the link check reads in a built page (href, src, srcset, share-card URLs), here as nginx serves it.
    for (const ref of htmlRefs(await response.text())) {
      if (/^(mailto|tel):/i.test(ref)) continue;
      const url = new URL(ref, pages[i]);
      if (url.origin !== new URL(siteUrl(site)).origin) continue;
      url.hash = '';
      expect(url.pathname, `linked from ${pages[i]}`).toMatch(new RegExp(`^${site.base}`));
      if (seen.has(url.href)) continue;
      seen.add(url.href);
      (url.pathname.endsWith('/') ? pages : files).push(url.href);
    }
  }
  for (const file of files) expect((await request.get(file)).status(), file).toBe(200);
  // The front page, both articles and the author page; the favicon and the picture's sources.
  expect(pages.length).toBeGreaterThanOrEqual(4);
  expect(files.some((f) => f.includes(`/${HASHED_ASSETS_DIR}/`))).toBe(true);
});

test('a missing page is answered with the 404 page and status 404', async ({ page }) => {
  const response = await page.goto(`${siteUrl(site)}no/such/story/`);
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page).toHaveURL(siteUrl(site));
});

test('a page address without its trailing slash redirects to the slashed one', async ({ request }) => {
  const response = await request.get(`${siteUrl(site)}authors/test-author`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(`${site.base}authors/test-author/`);
});

test('pages, hashed assets and the 404 page carry every security header', async ({ request }) => {
  const asset = builtFiles().find((f) => f.startsWith(`${HASHED_ASSETS_DIR}/`))!;
  for (const url of [
    siteUrl(site),
    `${siteUrl(site)}2020/03/01/fixture-with-image/`,
    `${siteUrl(site)}missing/`,
    urlOf(asset),
  ]) {
    const headers = (await request.get(url)).headers();
    for (const { name, value } of securityHeaders) expect(headers[name.toLowerCase()], `${name} on ${url}`).toBe(value);
  }
});

test('the page loads without a CSP violation, inline script is refused and framing is blocked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  // A reader's clock whose phrase differs from the build's ("over 6 years", built 2026-11-01): the banner can only say
  // 9 years if the age script ran, that is if the headers' policy did not block the hashed inline script.
  await page.clock.setFixedTime(new Date('2029-06-01T00:00:00Z'));
  await page.goto(`${siteUrl(site)}2020/03/01/fixture-with-image/`);
  await expect(page.locator('.age-banner')).toBeVisible();
  await expect(page.locator('.age-banner')).toHaveText('This story is over 9 years old');
  expect(violations).toEqual([]);

  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.body.append(s);
        // An inline script that is allowed runs as it is inserted; one that is refused fires the event instead.
        if ('injected' in window) resolve('not blocked');
      }),
  );
  expect(blocked).toMatch(/^script-src/);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);

  // The same front page that loads on its own is refused inside a frame (frame-ancestors 'none').
  expect((await page.goto(siteUrl(site)))?.status()).toBe(200);
  await page.goto('about:blank');
  await page.setContent(`<iframe src="${siteUrl(site)}"></iframe>`);
  await expect.poll(() => page.frames()[1]?.url()).toBe('chrome-error://chromewebdata/');
});

test('hashed assets are cached for a year as immutable, pages for minutes', async ({ request }) => {
  const assets = builtFiles().filter((f) => f.startsWith(`${HASHED_ASSETS_DIR}/`));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(urlOf(asset));
    expect(response.headers()['cache-control'], urlOf(asset)).toBe(immutableCache);
  }
  for (const file of builtFiles().filter((f) => /\.(html|xml)$/.test(f))) {
    const response = await request.get(urlOf(file));
    expect(response.headers()['cache-control'], urlOf(file)).toBe(shortCache);
  }
});

test('every built file is served with its content type, and text is gzip-compressed', async ({ request }) => {
  const files = builtFiles();
  // Pages, the feed and sitemap, the manifest, icons, robots.txt and the picture's three formats at least.
  for (const name of [
    '.html',
    'rss.xml',
    'feed.json',
    'sitemap-index.xml',
    'manifest.webmanifest',
    '.svg',
    '.png',
    'robots.txt',
    '.avif',
    '.webp',
    '.jpg',
  ])
    expect(
      files.some((f) => f.endsWith(name)),
      name,
    ).toBe(true);
  // The types the server block is rendered with (src/lib/deploy/content-types.ts) over the mime.types it includes.
  const types = nginxTypes(fs.readFileSync(SYSTEM_MIME_TYPES, 'utf8'));
  for (const file of files) {
    const url = urlOf(file);
    const response = await gzip(request, url);
    const expected = servedType(file, types);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe(expected.contentType);
    if (expected.compressible && fs.statSync(path.join(distOf(site), file)).size >= GZIP_MIN_LENGTH) {
      expect(response.headers()['content-encoding'], url).toBe('gzip');
      expect(response.headers().vary, url).toBe('Accept-Encoding');
    }
  }
});

test('the Netlify/Cloudflare files in the build are not served', async ({ request }) => {
  for (const name of ['_headers', ...(site.base === '/' ? [] : ['_redirects'])]) {
    expect(fs.existsSync(path.join(distOf(site), name)), name).toBe(true);
    expect((await request.get(`${siteUrl(site)}${name}`)).status(), name).toBe(404);
  }
});

test("search works behind nginx's headers, and only /search/ is sent 'wasm-unsafe-eval'", async ({ page, request }) => {
  const csp = async (url: string) => (await request.get(url)).headers()['content-security-policy'];
  expect(await csp(`${siteUrl(site)}search/`)).toBe(searchPageCsp);
  expect(await csp(`${siteUrl(site)}search/index.html`)).toBe(searchPageCsp);
  for (const other of ['', '2020/03/01/fixture-with-image/', 'pagefind/pagefind.js', 'missing/']) {
    expect(await csp(`${siteUrl(site)}${other}`), other || 'front page').not.toContain('wasm-unsafe-eval');
  }
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  await page.goto(`${siteUrl(site)}search/?q=fixture`);
  await expect(page.getByRole('status')).toHaveText('2 stories found for “fixture”.');
  await page.getByRole('link', { name: 'A Fixture Story With a Main Image' }).click();
  await expect(page).toHaveURL(`${siteUrl(site)}2020/03/01/fixture-with-image/`);
  expect(violations).toEqual([]);
});

test("the desk runs behind nginx's headers, and only /admin/ gets its CSP and opener policy", async ({
  page,
  request,
}) => {
  const headers = async (url: string) => (await request.get(url)).headers();
  for (const desk of ['admin/', 'admin/index.html']) {
    const sent = await headers(`${siteUrl(site)}${desk}`);
    expect(sent['content-security-policy'], desk).toBe(deskPageCsp);
    expect(sent['cross-origin-opener-policy'], desk).toBe(DESK_OPENER_POLICY);
  }
  for (const other of ['', '2020/03/01/fixture-with-image/', 'search/', 'missing/']) {
    const sent = await headers(`${siteUrl(site)}${other}`);
    expect(sent['content-security-policy'], other || 'front page').not.toBe(deskPageCsp);
    expect(sent['cross-origin-opener-policy'], other || 'front page').toBe('same-origin');
  }
  // Both policies at once, the header's and the page's <meta>, under the base path too: the CMS starts cleanly.
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  await useTestRepo(page);
  await page.goto(`${siteUrl(site)}admin/`);
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await expect(page.getByRole('treeitem', { name: /Stories/ })).toBeVisible();
  expect(violations).toEqual([]);
});
