/**
 * How many stories a feed carries. Every feed (the site's rss.xml and feed.json, a section's, a tag's) carries the
 * newest, not the archive: the sitemap is what lists every story. Pure; build and tests.
 */

/** Stories in every feed (the site's, a section's, a tag's): the newest. The sitemap is what lists them all. */
export const FEED_SIZE = 50;

/** A feed's stories from a list already published and newest first (the one rule: src/lib/content/publication.ts). */
export const feedStories = <T>(newestFirst: readonly T[]): T[] => newestFirst.slice(0, FEED_SIZE);
