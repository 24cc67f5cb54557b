/**
 * Old addresses of a story (`aliases`): the URLs it had before it came to Gazette, each of which redirects
 * permanently to its permalink. An alias is a path on this site, relative to BASE_PATH as permalinks are
 * ("/2010/08/07/old-slug/"), percent-encoded as a browser requests it, or WordPress's plain link "/?p=123".
 *
 * Only those two shapes: every host Gazette writes redirects for can match a path, and Netlify, Vercel and nginx
 * can also match one query parameter, WordPress's `p`. Nothing else in a query string can be redirected everywhere.
 */

/** Characters a URL path may hold unescaped (RFC 3986 pchar and "/"), and percent-escapes. */
const PATH = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,=:@/]|%[0-9A-Fa-f]{2})*$/;
const MAX_BYTES = 400;
const QUERY = /^p=[1-9][0-9]{0,18}$/;
/** Decoded, these would break a host's config or a file name: controls, spaces, quotes, "\", "?", "#", ";", "$". */
const UNSAFE_DECODED = /[\u0000-\u0020\u007f-\u009f"'\\?#;<>`{}|^$]/;

export type Alias = {
  /** The path, percent-encoded: "/2010/08/07/x/". */
  path: string;
  /** The same path as servers compare it, decoded: "/2010/08/07/café/". */
  decodedPath: string;
  /** The WordPress post id of a "/?p=<id>" alias. */
  p?: string;
};

/** An alias split into its path and query, or why it is not one. */
export function parseAlias(value: string): Alias | string {
  const [path, query, ...rest] = value.split('?');
  const example = 'like "/2010/08/07/old-slug/" or "/?p=123"';
  if (!path.startsWith('/')) return `"${value}" must be a path on this site starting with "/", ${example}`;
  if (rest.length > 0 || (query !== undefined && !QUERY.test(query))) {
    return `"${value}" has a query string other than "?p=<number>", which not every host can redirect; use the path alone, ${example}`;
  }
  if (!PATH.test(path)) return `"${value}" holds characters a URL path cannot; percent-encode them, ${example}`;
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    return `"${value}" has a percent-escape that is not UTF-8 text`;
  }
  if (UNSAFE_DECODED.test(decodedPath))
    return `"${value}" spells a space, quote, control character or one of ?#;$<>\`{}|^\\ in its path`;
  // nginx keeps old addresses in a hash whose buckets (map_hash_bucket_size 512) must hold the longest one.
  if (new TextEncoder().encode(decodedPath).length > MAX_BYTES) return `"${value}" is longer than ${MAX_BYTES} bytes`;
  const segments = path.split('/').slice(1, -1);
  if (path.includes('//') || segments.some((s) => s === '.' || s === '..'))
    return `"${value}" has an empty, "." or ".." path segment`;
  if (path === '/' && query === undefined) return `"${value}" is the front page, which cannot redirect to a story`;
  return query === undefined ? { path, decodedPath } : { path, decodedPath, p: query.slice(2) };
}

/** "/2010/08/07/x/" for a permalink path "2010/08/07/x", as an alias of that page would be written. */
export function permalinkAliasPath(permalink: string): string {
  return `/${permalink.replace(/^\/+|\/+$/g, '')}/`;
}
