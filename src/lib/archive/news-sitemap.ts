/**
 * Which stories go into the Google News sitemap, and what it says about each.
 * Google asks for articles "created in the last two days" only
 * (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap),
 * counted back from the build's clock. Republished stories are left out: their
 * pages are `noindex` (src/lib/seo/page-meta.ts), so News could not include them.
 */

export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60_000;

export type NewsCandidate = { headline: string; published: Date; republished: boolean };

/** Published within the two days up to `now`, and Gazette's own story. */
export function isNewsSitemapStory(story: NewsCandidate, now: Date): boolean {
  const age = now.getTime() - story.published.getTime();
  return !story.republished && age >= 0 && age <= NEWS_WINDOW_MS;
}

/** The <news:news> element's content, in the shape the `sitemap` package (used by @astrojs/sitemap) writes. */
export function newsTags(story: NewsCandidate, publication: { name: string; language: string }) {
  return {
    publication: { name: publication.name, language: publication.language },
    publication_date: story.published.toISOString(),
    title: story.headline,
  };
}
