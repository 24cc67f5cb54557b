/**
 * The built site behind a real nginx with the shipped server block, at the root
 * (project nginx-root) and under /news/ (nginx-news): what a reader and a
 * browser get from a production-like server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
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
import { type DeploySite, deploySites, distOf, siteUrl } from '../support/deploy-sites.ts';

let site: DeploySite;
test.beforeEach(({}, testInfo) => {
  const found = deploySites.find((s) => s.project === testInfo.project.name);
  if (!found) throw new Error(`deploy.spec.ts runs only in the nginx projects, not ${testInfo.project.name}`);
  site = found;
});

/** Site-relative URL of a file in the build: dist/a/index.html is <base>a/. */
function urlOf(file: string): string {
  const rel = path.relative(distOf(site), file).split(path.sep).join('/');
  return `${site.base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

function builtFiles(dir = distOf(site)): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return builtFiles(full);
    return e.name.startsWith('_') ? [] : [full];
  });
}

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

test('every page and file linked from the front page is served, all under the base path', async ({ page, request }) => {
  const pages = [siteUrl(site)];
  const seen = new Set(pages);
  const files: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    const response = await page.goto(pages[i]);
    expect(response?.status(), pages[i]).toBe(200);
    const urls = await page.evaluate(() => [
      ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
      ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((img) => img.src),
      ...[...document.querySelectorAll('[srcset]')].flatMap((el) =>
        el.getAttribute('srcset')!.split(',').map((c) => new URL(c.trim().split(/\s+/)[0], document.baseURI).href),
      ),
    ]);
    for (const raw of urls) {
      const url = new URL(raw);
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
  const asset = builtFiles().find((f) => f.includes(`/${HASHED_ASSETS_DIR}/`))!;
  for (const url of [siteUrl(site), `${siteUrl(site)}2020/03/01/fixture-with-image/`, `${siteUrl(site)}missing/`, `http://127.0.0.1:${site.port}${urlOf(asset)}`]) {
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
        setTimeout(() => resolve('not blocked'), 2000);
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
  const assets = builtFiles().filter((f) => f.includes(`/${HASHED_ASSETS_DIR}/`));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(`http://127.0.0.1:${site.port}${urlOf(asset)}`);
    expect(response.headers()['cache-control'], urlOf(asset)).toBe(immutableCache);
  }
  for (const file of builtFiles().filter((f) => /\.(html|xml)$/.test(f))) {
    const response = await request.get(`http://127.0.0.1:${site.port}${urlOf(file)}`);
    expect(response.headers()['cache-control'], urlOf(file)).toBe(shortCache);
  }
});

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  // The JSON Feed: its spec prefers application/feed+json and lets readers fall back to application/json.
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  // Pagefind's index and WebAssembly: binary, and already gzip-compressed by Pagefind itself.
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  // The desk's (Sveltia's) own files: its interface fonts, and WebAssembly for image conversions it does not use here.
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const TEXT = /\.(html|xml|json|webmanifest|svg|css|js|txt)$/;

test('every built file is served with its content type, and text is gzip-compressed', async ({ request }) => {
  const files = builtFiles();
  // Pages, the feed and sitemap, the manifest, icons, robots.txt and the picture's three formats at least.
  for (const name of ['.html', 'rss.xml', 'feed.json', 'sitemap-index.xml', 'manifest.webmanifest', '.svg', '.png', 'robots.txt', '.avif', '.webp', '.jpg'])
    expect(files.some((f) => f.endsWith(name)), name).toBe(true);
  for (const file of files) {
    const url = `http://127.0.0.1:${site.port}${urlOf(file)}`;
    const response = await gzip(request, url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe(contentTypes[path.extname(file)]);
    // nginx leaves bodies under 256 bytes alone (gzip_min_length): the header would cost more than it saves.
    if (TEXT.test(file) && fs.statSync(file).size >= 256) {
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

test("the desk runs behind nginx's headers, and only /admin/ gets its CSP and opener policy", async ({ page, request }) => {
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
