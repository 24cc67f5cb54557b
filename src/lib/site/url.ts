/**
 * The one place URLs are put together. Every page, feed, sitemap entry, share
 * card and asset reference goes through here, so the base path is never lost
 * and the trailing-slash policy is applied once.
 *
 * Policy: pages end in "/" (Astro's `trailingSlash: 'always'`, `build.format: 'directory'`);
 * files (anything whose last segment has an extension) do not.
 *
 * Encoding happens here too, once: a path may hold a slug in any script ("/tags/中国/", decoded, as dist/ names the
 * folder), and every URL this module returns is ASCII, each character a path may not hold as it is percent-encoded
 * in UTF-8 with upper-case hex ("/tags/%E4%B8%AD%E5%9B%BD/"), as browsers and `Astro.url` write it. An escape that is
 * already there is kept, so an encoded URL passes through unchanged. A file system, nginx's maps and Astro's route
 * params take the decoded path (src/lib/article/permalink.ts articlePath), never these.
 */

/** Normalises a base path to "/" or "/news/": leading and trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function isFile(segment: string): boolean {
  return /\.[a-z0-9]+$/i.test(segment);
}

/** Anything but RFC 3986's pchar, "/" and an escape already made ("%" followed by two hex digits). */
const PATH_UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]|%(?![0-9A-Fa-f]{2})/gu;
/** The same for a query and fragment, which may also hold "?" and "#". */
const SUFFIX_UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/%?#]|%(?![0-9A-Fa-f]{2})/gu;

/** `text` as a URL carries it: NFC, and percent-encoded where it must be; ASCII that needs nothing is returned as is. */
function encoded(text: string, unsafe: RegExp): string {
  unsafe.lastIndex = 0;
  if (!unsafe.test(text)) return text;
  return text.normalize('NFC').replace(unsafe, (c) => encodeURIComponent(c));
}

/** A decoded path as it goes into a link: encodePath('/tags/中国/') is "/tags/%E4%B8%AD%E5%9B%BD/". */
export function encodePath(path: string): string {
  return encoded(path, PATH_UNSAFE);
}

/**
 * Joins a base path and path segments into a site-relative URL, applying the
 * trailing-slash policy: withBase('/news', 'articles', 'x') is "/news/articles/x/".
 * A fragment or query on the last part is kept. Percent-encoded: withBase('/', 'tags', 'ایران') is
 * "/tags/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/".
 */
export function withBase(base: string, ...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter((s) => s !== '')
    .join('/');
  const suffixAt = joined.search(/[?#]/);
  // "a/b/#x" splits into "a/b/" and "#x": the path's own slash is put back by the policy below, once.
  const path = (suffixAt === -1 ? joined : joined.slice(0, suffixAt)).replace(/\/+$/, '');
  const suffix = suffixAt === -1 ? '' : joined.slice(suffixAt);
  const prefix = encodePath(normaliseBase(base));
  const query = suffix === '' ? '' : encoded(suffix, SUFFIX_UNSAFE);
  if (path === '') return `${prefix}${query}`;
  const last = path.split('/').pop() ?? '';
  return `${prefix}${encodePath(path)}${isFile(last) ? '' : '/'}${query}`;
}

/** An absolute URL on the configured site: absoluteUrl('https://x.org', '/news/', 'a') */
export function absoluteUrl(site: string, base: string, ...parts: string[]): string {
  return new URL(withBase(base, ...parts), site).href;
}
