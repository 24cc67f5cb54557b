/**
 * The permalink, built here and nowhere else: pages, share cards, feeds, the sitemap's dates, search records,
 * redirects, the content check and the importer all ask these functions. Pure, so it runs at build and config time,
 * in scripts/ and in tests; the base path is passed in (src/lib/site/base.ts inside Astro, siteConfig() outside).
 */
import { withBase } from '../site/url.ts';
import { calendarDateInZone } from './dates.ts';

/** What a permalink is made of: the publication instant, the zone it is dated in, and the slug. */
export type PermalinkFacts = { published: Date; timeZone: string; slug: string };

/**
 * An article's permalink path, relative to the site's base: /2015/06/11/<slug>/.
 *
 * It is built from the article's data, never its file name, so files can be
 * moved or renamed freely. The date is the publication date in the article's
 * own time zone, as printed on the page. Both parts are fixed at publication:
 * the slug is an explicit field precisely so that correcting a headline does
 * not break links that have already been shared.
 */
export function articlePath(article: PermalinkFacts): string {
  const { year, month, day } = calendarDateInZone(article.published, article.timeZone);
  return `${year}/${month}/${day}/${article.slug}`;
}

/** The permalink path of a story as the schema parses it, where `published` is an offset date holding the instant. */
export function storyPath(data: { published: { date: Date }; timeZone: string; slug: string }): string {
  return articlePath({ published: data.published.date, timeZone: data.timeZone, slug: data.slug });
}

/**
 * The permalink under the base path, "/news/2015/06/11/<slug>/", percent-encoded (withBase): what links point at and
 * redirects send to. `articlePath` is the decoded path, as dist/ names the page's folder.
 */
export function permalinkHref(base: string, article: PermalinkFacts): string {
  return withBase(base, articlePath(article));
}

/** A slug: lower-case words of any script joined by single hyphens, as sections and tags fold (archive/slug.ts). */
export { foldedSlug, isSlug, SLUG_PATTERN } from '../archive/slug.ts';
