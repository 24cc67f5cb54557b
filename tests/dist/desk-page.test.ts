/**
 * The desk in the built site: a page Sveltia mounts into with nothing else in its body, the configuration generated
 * for this site and its own bundle, built for this code; its own CSP and no other page's changed, nothing asked of a
 * third party, out of search engines, the sitemap, search and the feeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { expect, test } from 'vitest';
import {
  deskMetaDirectives,
  DESK_STYLE_SOURCES,
  metaCspDirectives,
  SEARCH_SCRIPT_SOURCES,
} from '../../src/lib/deploy/security-headers.ts';
import { DESK_ENTRY, deskBundleDir, deskBundleKey } from '../../src/lib/desk/bundle.ts';
import { generateDeskConfig, generateLiveZones } from '../../src/lib/desk/generate.ts';
import { siteConfig } from '../../src/lib/site/config.ts';
import { ROOT } from '../support/build-fixture.ts';
import { DIST, distFiles } from '../support/dist-files.ts';

const { texts, files } = distFiles();
const DESK = 'admin/index.html';
const desk = texts.get(DESK)!;
const metaCsp = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';

/** A page's policy as directives, its sha256 hashes left out (they follow the page's own scripts and styles). */
function directives(html: string): string[] {
  return metaCsp(html)
    .split(';')
    .map((d) =>
      d
        .trim()
        .split(/\s+/)
        .filter((token) => !token.startsWith("'sha256-"))
        .join(' '),
    )
    .filter(Boolean);
}

type Element = DefaultTreeAdapterMap['element'];
const elements = (node: DefaultTreeAdapterMap['parentNode']): Element[] =>
  node.childNodes.filter((child): child is Element => 'tagName' in child);
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const document = parse(desk);
const [head, body] = elements(elements(document)[0]);
const island = JSON.parse(desk.match(/<script type="application\/json" id="desk-config"[^>]*>(.*?)<\/script>/s)![1]);

test('Sveltia mounts into the body, which holds only the notices, the configuration and the bootstrap', () => {
  // Sveltia renders into #nc-root when a page has one, and into the body otherwise (CMS.init in @sveltia/cms).
  expect(desk).not.toContain('nc-root');
  const children = elements(body).map((e) => [e.tagName, attribute(e, 'id') ?? attribute(e, 'type')]);
  expect(children).toEqual([
    ['noscript', undefined],
    ...(island.backend ? [] : [['main', 'desk-not-set-up']]),
    ['script', 'desk-config'],
    ['script', 'desk-live-zones'],
    ['script', 'module'],
  ]);
});

test("each live story's collection is told its story's time zone, beside the configuration (none in the seed)", () => {
  const zones = desk.match(/<script type="application\/json" id="desk-live-zones"[^>]*>(.*?)<\/script>/s)![1];
  expect(JSON.parse(zones)).toEqual(generateLiveZones());
});

test("the configuration island is the one generated for this site, with the schema's collections", () => {
  expect(island.load_config_file).toBe(false);
  expect(island.collections.map((c: { name: string }) => c.name)).toEqual(['articles', 'authors', 'site']);
  expect(island.collections).toEqual(JSON.parse(JSON.stringify(generateDeskConfig().collections)));
});

test("the desk's script is told the site's language, which a new story's slug is folded in", () => {
  const script = elements(body).find((e) => attribute(e, 'id') === 'desk-config')!;
  expect(attribute(script, 'data-language')).toBe('en');
});

test('one CSP, in the head, before any script', () => {
  const metas = elements(head).filter((e) => attribute(e, 'http-equiv') === 'content-security-policy');
  expect(metas).toHaveLength(1);
  expect(desk.indexOf('http-equiv="content-security-policy"')).toBeLessThan(desk.indexOf('<script'));
});

test('nothing on the page or in its configuration points at another site', () => {
  const urls: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const element of elements(node)) {
      for (const { name, value } of element.attrs) if (/^(src|href|srcset|action|poster)$/.test(name)) urls.push(value);
      visit(element);
    }
  };
  visit(document);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url, url).toMatch(/^\/(?!\/)/);
  // Every address the configuration gives Sveltia (site_url, the logo, a backend's) is this site's or the git host's.
  const own = new URL(island.site_url).origin;
  const hosts = deskMetaDirectives(island.backend?.name)
    .join(' ')
    .split(/\s+/)
    .filter((token) => /^https:\/\//.test(token));
  const addresses: string[] = [];
  const collect = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && /(^|_)(url|src)$/.test(key)) addresses.push(value);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) collect(v, Array.isArray(value) ? key : k);
  };
  collect(island);
  expect(addresses).toContain(island.site_url);
  for (const address of addresses) {
    const origin = new URL(address, own).origin;
    expect([own, ...hosts], address).toContain(origin);
  }
});

test("every other page's CSP is the site's: only its own files, scripts and styles by hash", () => {
  const pages = [...texts.keys()].filter((f) => f.endsWith('.html') && f !== DESK);
  expect(pages.length).toBeGreaterThan(3);
  for (const page of pages) {
    const scripts = page === 'search/index.html' ? SEARCH_SCRIPT_SOURCES.join(' ') : "'self'";
    expect(directives(texts.get(page)!), page).toEqual([
      ...metaCspDirectives,
      `script-src ${scripts}`,
      "style-src 'self'",
    ]);
  }
});

test("the desk's CSP: the site's, with inline styles, blob: and data:, and the configured git host's origins only", () => {
  const host = island.backend?.name as 'github' | 'gitlab' | undefined;
  const [connect, img, frame] = deskMetaDirectives(host);
  expect(directives(desk)).toEqual([
    "default-src 'self'",
    img,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    connect,
    frame,
    "script-src 'self'",
    `style-src ${DESK_STYLE_SOURCES.join(' ')}`,
  ]);
  expect(deskMetaDirectives(undefined)).toEqual([
    "connect-src 'self' blob: data:",
    "img-src 'self' blob: data:",
    'frame-src blob:',
  ]);
  expect(deskMetaDirectives('github')[0]).toBe(
    "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  );
  expect(metaCsp(desk)).not.toContain('unsafe-eval');
});

test('search engines are told to stay out: noindex on the page, disallowed in robots.txt', () => {
  expect(desk).toMatch(/<meta name="robots" content="noindex, nofollow">/);
  expect(fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
});

test('the desk is in no sitemap, feed or search index', () => {
  const listings = [...files].filter((f) => /(^|\/)(sitemap[^/]*\.xml|rss\.xml|feed\.json)$/.test(f));
  expect(listings).toEqual(expect.arrayContaining(['sitemap-index.xml', 'rss.xml', 'feed.json']));
  for (const file of listings) expect(fs.readFileSync(path.join(DIST, file), 'utf8'), file).not.toContain('/admin/');
  // Pagefind indexes the pages marked as story bodies; the desk has none.
  expect(desk).not.toContain('data-pagefind-body');
});

test("the desk's script is its own bundle, built for this code and base path, whole, and naming no font CDN", () => {
  const scripts = [...desk.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  // The desk's own bundle, in a folder named for what went into it (src/lib/desk/bundle.ts).
  const { base } = siteConfig();
  const folder = deskBundleDir(deskBundleKey(ROOT, base));
  expect(scripts).toEqual([`${base}${folder}/${DESK_ENTRY}`]);
  const dir = path.join(DIST, folder);
  const entry = fs.readFileSync(path.join(dir, DESK_ENTRY), 'utf8');
  // Every chunk the entry loads is there beside it.
  const chunks = [...entry.matchAll(/"(?:\.\/)?([\w.-]+\.js)"/g)].map((m) => m[1]);
  expect(chunks.length).toBeGreaterThan(0);
  for (const chunk of new Set(chunks)) expect(fs.existsSync(path.join(dir, chunk)), chunk).toBe(true);
  const code = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  expect(code.some((c) => c.includes('sveltia'))).toBe(true);
  expect(code.filter((c) => c.includes('cdn.jsdelivr.net'))).toEqual([]);
});
