/**
 * Finds URLs in built output that would break under a base path: every
 * href/src/srcset/content attribute and CSS url() that points into the site
 * must start with the base (or the site's origin plus the base). Relative
 * URLs are reported too: they resolve differently on every page depth.
 */
const ATTR = /\s(href|src|srcset|content)="([^"]*)"/g;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

function candidates(name: string, value: string): string[] {
  if (name === 'srcset') return value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean);
  // content="" holds a URL only in meta tags such as og:url; other values are text.
  if (name === 'content') return /^(\/|https?:)/.test(value) ? [value] : [];
  return [value];
}

export function urlsMissingBase(text: string, base: string, site: string): string[] {
  const found: string[] = [];
  for (const [, name, value] of text.matchAll(ATTR)) found.push(...candidates(name, value));
  for (const [, value] of text.matchAll(CSS_URL)) found.push(value);
  const origin = new URL(site).origin;
  return found.filter((url) => {
    if (url.startsWith('#') || url.startsWith('data:')) return false;
    if (url.startsWith(`${origin}/`) || url === origin) return !new URL(url).pathname.startsWith(base);
    if (EXTERNAL.test(url)) return false;
    return !url.startsWith(base);
  });
}
