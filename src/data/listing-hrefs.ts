/**
 * Where each listing lives, under the base path: in an edition (editions.ts: "" for the main one, "fa" for /fa/), a
 * section at /<slug>/, a tag at /tags/<slug>/, the front page, search and feeds; for the whole site, a date archive at
 * /<yyyy>/<mm>/<dd>/. Listings, the masthead, teasers' kickers and the feeds all link through here. A slug in any
 * script is written decoded in the route's params (dist/'s folder names) and percent-encoded in these links, by
 * siteHref (src/lib/site/url.ts). Build only (src/lib/site/base.ts reads Astro's base).
 */
import { foldSlug } from '../lib/archive/slug.ts';
import { siteHref } from '../lib/site/base.ts';
import type { Article } from './articles.ts';
import { type Edition, editionHref, editionOf, mainEdition } from './editions.ts';

const slugs = new Map<string, string>();
/**
 * A section's or tag's slug in `edition`, folded in its language (content/site.yaml; src/lib/archive/slug.ts), as the
 * edition's archive groups them; each name once per build, as every teaser's kicker asks.
 */
export function slugOf(name: string, edition: Edition = mainEdition()): string {
  const language = edition.i18n.tag;
  const key = `${language}\u0000${name}`;
  let slug = slugs.get(key);
  if (slug === undefined) {
    slug = foldSlug(name, language);
    slugs.set(key, slug);
  }
  return slug;
}

export const sectionHref = (slug: string, edition = mainEdition()) => editionHref(edition, slug);
export const sectionFeedHref = (slug: string, edition = mainEdition()) => editionHref(edition, slug, 'rss.xml');
export const tagHref = (slug: string, edition = mainEdition()) => editionHref(edition, 'tags', slug);
export const tagFeedHref = (slug: string, edition = mainEdition()) => editionHref(edition, 'tags', slug, 'rss.xml');
export const tagsIndexHref = (edition = mainEdition()) => editionHref(edition, 'tags');
export const frontHref = (edition = mainEdition()) => editionHref(edition);
export const searchHref = (edition = mainEdition()) => editionHref(edition, 'search');
export const feedHref = (edition: Edition, file: 'rss.xml' | 'feed.json') => editionHref(edition, file);
export const dateHref = (...parts: string[]) => siteHref(...parts);

/** A story's section as its kicker links to it: in the story's edition. */
export const sectionOf = (article: Article) => {
  const edition = editionOf(article);
  return { name: article.data.section, href: sectionHref(slugOf(article.data.section, edition), edition) };
};
