/**
 * The base path the site is built under (BASE_PATH, e.g. "/news/"), read from Astro in this one module: every page,
 * component and page model imports it from here, and links go through `siteHref` (the URL helper in url.ts).
 * Build only (Astro/Vite), where `import.meta.env` exists: config time, `scripts/` and plain-Node workers take the
 * base as a parameter (`siteConfig().base`, src/lib/site/config.ts) and call `withBase` themselves.
 */
import { withBase } from './url.ts';

export const base: string = import.meta.env.BASE_URL;

/** A site-relative URL under the base path: siteHref('tags', 'mali') is "/news/tags/mali/". */
export const siteHref = (...parts: string[]): string => withBase(base, ...parts);
