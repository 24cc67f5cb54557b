/**
 * The one place URLs are put together. Every page, feed, sitemap entry, share
 * card and asset reference goes through here, so the base path is never lost
 * and the trailing-slash policy is applied once.
 *
 * Policy: pages end in "/" (Astro's `trailingSlash: 'always'`, `build.format: 'directory'`);
 * files (anything whose last segment has an extension) do not.
 */

/** Normalises a base path to "/" or "/news/": leading and trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function isFile(segment: string): boolean {
  return /\.[a-z0-9]+$/i.test(segment);
}

/**
 * Joins a base path and path segments into a site-relative URL, applying the
 * trailing-slash policy: withBase('/news', 'articles', 'x') is "/news/articles/x/".
 * A fragment or query on the last part is kept.
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
  const prefix = normaliseBase(base);
  if (path === '') return `${prefix}${suffix}`;
  const last = path.split('/').pop() ?? '';
  return `${prefix}${path}${isFile(last) ? '' : '/'}${suffix}`;
}

/** An absolute URL on the configured site: absoluteUrl('https://x.org', '/news/', 'a') */
export function absoluteUrl(site: string, base: string, ...parts: string[]): string {
  return new URL(withBase(base, ...parts), site).href;
}
