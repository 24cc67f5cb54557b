/**
 * Inline "Related:" asides are rendered by the Markdown processor with the story's original URL
 * (related-aside.ts), and sent to our own copy here, when the page is rendered. Resolving them in the Markdown
 * config instead would put the list of our stories into Astro's config hash, and publishing any story would then
 * clear every cached body and every incremental page (docs/performance.md, "Incremental builds").
 */
import { type InternalIndex, resolveRelatedHref } from './related.ts';
import { escapeMarkup, unescapeAttribute } from '../markup/escape.ts';

/** The aside's link as related-aside.ts writes it: `<a href="…"[ title="…"] data-related="external">`. */
const ASIDE_LINK = /<a href="([^"]*)"((?: title="[^"]*")?) data-related="external">/g;

/** The original URLs of a rendered body's inline Related links, in order. */
export function inlineRelatedUrls(html: string): string[] {
  return [...html.matchAll(ASIDE_LINK)].map((m) => unescapeAttribute(m[1]));
}

/** The aside as related-aside.ts writes it, named by the linked story's title. */
const ASIDE = /<aside class="related-aside" aria-label="([^"]*)">/g;

/**
 * The body with each inline Related link to a story we carry pointed at our copy, and each aside named in the page's
 * language: `name` turns the linked story's title into "Related story: <title>".
 */
export function resolveInlineRelated(html: string, index: InternalIndex, name: (title: string) => string): string {
  return html
    .replace(
      ASIDE,
      (_, title: string) =>
        `<aside class="related-aside" aria-label="${escapeMarkup(name(unescapeAttribute(title)))}">`,
    )
    .replace(ASIDE_LINK, (whole, href: string, title: string) => {
      const resolved = resolveRelatedHref(unescapeAttribute(href), index);
      return resolved.internal ? `<a href="${escapeMarkup(resolved.href)}"${title} data-related="internal">` : whole;
    });
}
