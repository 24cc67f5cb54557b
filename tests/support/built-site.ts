/**
 * Reading a built site the way a crawler or link unfurler does: the pages, the
 * tags in their <head>, and the files their absolute URLs point to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unescapeAttribute } from '../../src/lib/markup/escape.ts';

export type Tag = Record<string, string>;

/** Every <name ...> start tag in the HTML, as attribute maps. */
export function tags(html: string, name: string): Tag[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map(([, attrs]) =>
    Object.fromEntries(
      [...attrs.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k.toLowerCase(), unescapeAttribute(v ?? '')]),
    ),
  );
}

/** Contents of <meta property|name=key>, in order. */
export function meta(html: string, key: string): string[] {
  return tags(html, 'meta')
    .filter((t) => t.property === key || t.name === key)
    .map((t) => t.content);
}

export function links(html: string, rel: string): Tag[] {
  return tags(html, 'link').filter((t) => t.rel === rel);
}

export function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) =>
    JSON.parse(json),
  );
}

/** Site-relative page paths ("/", "/2015/06/11/slug/") of every HTML page in dist. */
export function pagePaths(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${path.dirname(f)}/`.replace(/^\/\.\/$/, '/').replace(/\/+/g, '/'));
}

/**
 * The editors' desk (src/pages/admin/index.astro): a tool for the newsroom, not a page for readers or crawlers, so
 * the checks of what readers and crawlers get leave it out. Its own checks: tests/e2e/desk.spec.ts,
 * tests/dist/desk-page.test.ts.
 */
export const DESK_PATH = '/admin/';

/** Every page a reader can reach in a build: all but the desk. */
export function readerPagePaths(dist: string): string[] {
  return pagePaths(dist).filter((p) => p !== DESK_PATH);
}

/** The file in dist an absolute URL on this site points to. Fails if the URL is not under site + base. */
export function fileFor(dist: string, prefix: string, url: string): string {
  if (!url.startsWith(prefix)) throw new Error(`${url} is not under ${prefix}`);
  const rest = decodeURIComponent(url.slice(prefix.length));
  return path.join(dist, rest, rest === '' || rest.endsWith('/') ? 'index.html' : '');
}
