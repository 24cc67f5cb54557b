/**
 * The desk in the built site: its own CSP and no other page's changed, out of search engines, the sitemap, search and
 * the feeds, and its Sveltia bundle asking no third party for fonts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  deskMetaDirectives,
  DESK_STYLE_SOURCES,
  metaCspDirectives,
  SEARCH_SCRIPT_SOURCES,
} from '../../src/lib/deploy/security-headers.ts';
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

test('the desk is built', () => {
  expect(desk).toBeTruthy();
});

test("the desk's script is told the site's language, which a new story's slug is folded in", () => {
  expect(desk).toMatch(/<script type="application\/json" id="desk-config" data-language="en">/);
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
  const island = JSON.parse(desk.match(/<script type="application\/json" id="desk-config"[^>]*>(.*?)<\/script>/s)![1]);
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

test("the desk's scripts come from this site, and Sveltia's bundle names no font CDN", () => {
  const scripts = [...desk.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  // The desk's own bundle, in a folder named for what went into it (src/lib/desk/bundle.ts).
  for (const src of scripts) expect(src).toMatch(/^\/_astro\/desk-[0-9a-f]+\/desk\.js$/);
  const folder = path.join(DIST, path.dirname(scripts[0]));
  const code = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
  expect(code.some((c) => c.includes('sveltia'))).toBe(true);
  expect(code.filter((c) => c.includes('cdn.jsdelivr.net'))).toEqual([]);
});
