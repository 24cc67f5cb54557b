/**
 * Where each listing lives, under the base path: a section at /<slug>/, a tag at /tags/<slug>/, a date archive at
 * /<yyyy>/<mm>/<dd>/, and their feeds. Listings, the masthead, teasers' kickers and the feeds all link through here.
 * Build only (src/lib/site/base.ts reads Astro's base).
 */
import { foldSlug } from '../lib/archive/slug.ts';
import { siteHref } from '../lib/site/base.ts';
import type { Article } from './articles.ts';
import { site } from './language.ts';

const slugs = new Map<string, string>();
/**
 * A section's or tag's slug, folded in the site's language (content/site.yaml), as the archive groups them; each name
 * once per build, as every teaser's kicker asks.
 */
export function slugOf(name: string): string {
  const { language } = site();
  const key = `${language}\u0000${name}`;
  let slug = slugs.get(key);
  if (slug === undefined) {
    slug = foldSlug(name, language);
    slugs.set(key, slug);
  }
  return slug;
}

export const sectionHref = (slug: string) => siteHref(slug);
export const sectionFeedHref = (slug: string) => siteHref(slug, 'rss.xml');
export const tagHref = (slug: string) => siteHref('tags', slug);
export const tagFeedHref = (slug: string) => siteHref('tags', slug, 'rss.xml');
export const tagsIndexHref = () => siteHref('tags');
export const dateHref = (...parts: string[]) => siteHref(...parts);

/** A story's section as its kicker links to it. */
export const sectionOf = (article: Article) => ({
  name: article.data.section,
  href: sectionHref(slugOf(article.data.section)),
});
