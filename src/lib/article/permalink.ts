import { calendarDateInZone } from './dates.ts';

/**
 * An article's permalink path, relative to the site's base: /2015/06/11/<slug>/.
 *
 * It is built from the article's data, never its file name, so files can be
 * moved or renamed freely. The date is the publication date in the article's
 * own time zone, as printed on the page. Both parts are fixed at publication:
 * the slug is an explicit field precisely so that correcting a headline does
 * not break links that have already been shared.
 */
export function articlePath(article: { published: Date; timeZone: string; slug: string }): string {
  const { year, month, day } = calendarDateInZone(article.published, article.timeZone);
  return `${year}/${month}/${day}/${article.slug}`;
}

/** A slug is lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
