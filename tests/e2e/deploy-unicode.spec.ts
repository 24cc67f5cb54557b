/**
 * Sections, tags and permalinks in other scripts behind a real nginx with the shipped server block, under /news/
 * (project nginx-unicode; the build is tests/fixtures/unicode-urls, made by deploy.setup.ts): dist/ holds the decoded
 * names, readers' browsers ask for them percent-encoded, and redirects answer with an ASCII Location.
 */
import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../src/lib/deploy/security-headers.ts';
import { origin, siteUrl, unicodeDeploySite as site } from '../support/deploy-sites.ts';
import { UNICODE_ALIAS_AS_WRITTEN, UNICODE_PATHS } from '../support/unicode-site.ts';

/** A path under the base, percent-encoded as a browser sends it (upper-case hex). */
const url = (decoded: string) => `${origin(site)}${site.base.replace(/\/$/, '')}${encodeURI(decoded)}`;
const ASCII = /^[\x21-\x7e]+$/;

test('a reader follows the links to a Persian permalink, a Unicode tag and a Unicode section', async ({ page }) => {
  await page.goto(siteUrl(site));
  await page.getByRole('link', { name: 'Fixture Story With a Persian Permalink' }).click();
  await expect(page).toHaveURL(url(UNICODE_PATHS.persianStory));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture Story With a Persian Permalink');
  // The kicker links the story's section, folded in the site's language (English: the Arabic yeh).
  await page.getByRole('link', { name: 'ایران' }).first().click();
  await expect(page).toHaveURL(url(UNICODE_PATHS.persianSection));
  await page.goto(`${siteUrl(site)}tags/`);
  await page.getByRole('link', { name: 'Россия' }).click();
  await expect(page).toHaveURL(url(UNICODE_PATHS.russianTag));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Россия');
});

test('nginx serves every Unicode page and file at its encoded URL, with the security headers', async ({ request }) => {
  for (const decoded of Object.values(UNICODE_PATHS)) {
    if (decoded === UNICODE_PATHS.alias) continue;
    const response = await request.get(url(decoded), { maxRedirects: 0 });
    expect(response.status(), decoded).toBe(200);
    const type = decoded.endsWith('.png') ? 'image/png' : 'text/html; charset=utf-8';
    expect(response.headers()['content-type'], decoded).toBe(type);
    for (const { name } of securityHeaders)
      expect(response.headers()[name.toLowerCase()], `${decoded}: ${name}`).toBeTruthy();
  }
  for (const feed of [`${UNICODE_PATHS.russianTag}rss.xml`, `${UNICODE_PATHS.persianSection}rss.xml`])
    expect((await request.get(url(feed))).status(), feed).toBe(200);
});

test('lower-case escapes, as WordPress wrote them, reach the same page', async ({ request }) => {
  const lower = url(UNICODE_PATHS.persianStory).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
  expect(lower).not.toBe(url(UNICODE_PATHS.persianStory));
  expect((await request.get(lower)).status()).toBe(200);
});

test('an old address in Persian redirects permanently to the permalink, with an ASCII, percent-encoded Location', async ({
  request,
}) => {
  const permalink = `${site.base.replace(/\/$/, '')}${encodeURI(UNICODE_PATHS.persianStory)}`;
  const asWritten = `${origin(site)}${site.base.replace(/\/$/, '')}${UNICODE_ALIAS_AS_WRITTEN}`;
  for (const old of [asWritten, url(UNICODE_PATHS.alias), url(UNICODE_PATHS.alias).replace(/\/$/, '')]) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(301);
    expect(response.headers().location, old).toMatch(ASCII);
    expect(response.headers().location, old).toBe(permalink);
  }
  const followed = await request.get(asWritten);
  expect(followed.status()).toBe(200);
  expect(followed.url()).toBe(url(UNICODE_PATHS.persianStory));
});

test("a Unicode page's address without its trailing slash: nginx's own redirect, encoded", async ({ request }) => {
  const response = await request.get(url(UNICODE_PATHS.hindiTag).replace(/\/$/, ''), { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toMatch(ASCII);
  expect(decodeURI(response.headers().location)).toBe(`${site.base.replace(/\/$/, '')}${UNICODE_PATHS.hindiTag}`);
});
