/**
 * Finds URLs in built output that would break under a base path: every
 * href/src/srcset/content attribute and CSS url() that points into the site,
 * every absolute URL on the site's origin (feeds, sitemaps, robots.txt,
 * structured data) and, in JSON files, every site-relative path must carry the
 * base. Relative URLs are reported too: they resolve differently at every depth.
 */
const ATTR = /\s(href|src|srcset|content)="([^"]*)"/g;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;
const JSON_PATH = /"(\/[^"]*)"/g;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

function candidates(name: string, value: string): string[] {
  if (name === 'srcset')
    return value
      .split(',')
      .map((c) => c.trim().split(/\s+/)[0])
      .filter(Boolean);
  // content="" holds a URL only in meta tags such as og:url; other values are text.
  if (name === 'content') return /^(\/|https?:)/.test(value) ? [value] : [];
  return [value];
}

export function urlsMissingBase(text: string, base: string, site: string, { json = false } = {}): string[] {
  const origin = new URL(site).origin;
  const found: string[] = [];
  for (const [, name, value] of text.matchAll(ATTR)) found.push(...candidates(name, value));
  for (const [, value] of text.matchAll(CSS_URL)) found.push(value);
  if (json) for (const [, value] of text.matchAll(JSON_PATH)) found.push(value);
  const onSite = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=[/"'<\\s]|$)[^\\s"'<>)]*`, 'g');
  for (const [url] of text.matchAll(onSite)) found.push(url);
  const missing = found.filter((url) => {
    if (url.startsWith('#') || url.startsWith('data:')) return false;
    if (url === origin || url.startsWith(`${origin}/`)) return !new URL(url).pathname.startsWith(base);
    if (EXTERNAL.test(url)) return false;
    return !url.startsWith(base);
  });
  return [...new Set(missing)];
}
