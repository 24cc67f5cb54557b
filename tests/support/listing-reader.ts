/**
 * Reading a built site's listing pages as a crawler does: which stories a page lists, its title and canonical URL,
 * its internal links, and every page of a listing by following rel="next". Tests only.
 */
import { links, tags } from './built-site.ts';

/** An article's permalink, /YYYY/MM/DD/<slug>/ (a day's later pages end in /page/N/). */
export const isArticlePath = (p: string) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(p) && !p.endsWith('/page/');

/** Readers over `html`, which gives a built page's HTML by its site path. */
export function listingReader(html: (p: string) => string) {
  return {
    /** The stories a listing page lists, in order: on the front page the lead, the top stories and the section blocks, then the teasers. */
    stories: (p: string) =>
      [...html(p).matchAll(/class="(?:lead|top|block|teaser)-headline"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]),
    /** The teasers alone: a listing's own list, and the front page's river. */
    teasers: (p: string) => [...html(p).matchAll(/class="teaser-headline"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]),
    title: (p: string) => /<title>([^<]*)<\/title>/.exec(html(p))?.[1],
    canonical: (p: string) => links(html(p), 'canonical')[0]?.href,
    hrefs: (p: string) =>
      tags(html(p), 'a')
        .map((a) => a.href)
        .filter((h) => h?.startsWith('/')),
    /** Every page of a listing, following rel="next" from page 1. */
    allPages(first: string): string[] {
      const seen = [first];
      for (;;) {
        const next = tags(html(seen.at(-1)!), 'a').find((a) => a.rel === 'next')?.href;
        if (!next) return seen;
        seen.push(next);
      }
    },
  };
}
