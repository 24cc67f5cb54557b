/**
 * What an article page tells Pagefind beyond its text: the filters a reader can
 * narrow by (section, year, author, tags) and the metadata a result shows (section and printed date; the title is the
 * headline, Pagefind's default: the page's first <h1>).
 *
 * Values travel in data attributes and are captured with Pagefind's
 * `name[attribute]` syntax, so a comma in a tag or a name cannot split it.
 */
import { calendarDateInZone, formatDisplayDate } from '../article/dates.ts';

export type SearchFacts = {
  section: string;
  tags: readonly string[];
  /** In byline order; each is a filter value of its own. */
  authors: readonly string[];
  published: Date;
  timeZone: string;
};

/** Attributes for the element that wraps one article; spread them onto it. */
export function searchAttributes(facts: SearchFacts): Record<string, string> {
  const tags = [...new Set(facts.tags)];
  const authors = [...new Set(facts.authors)];
  const filters = [
    'section[data-section]',
    'year[data-year]',
    ...authors.map((_, i) => `author[data-author-${i}]`),
    ...tags.map((_, i) => `tag[data-tag-${i}]`),
  ];
  return {
    'data-pagefind-filter': filters.join(', '),
    // No `data-pagefind-sort`: a sort puts every page's rank in the index's metadata, which each reader's first query
    // downloads: 21 KB of its 321 KB at 10,000 stories. Words rank by relevance; the archive lists by date.
    'data-pagefind-meta': 'section[data-section], published[data-published], date[data-date]',
    'data-section': facts.section,
    // The year of the permalink: the calendar year in the newsroom's zone, not in UTC.
    'data-year': calendarDateInZone(facts.published, facts.timeZone).year,
    'data-published': facts.published.toISOString(),
    'data-date': formatDisplayDate(facts.published, facts.timeZone),
    ...Object.fromEntries(authors.map((name, i) => [`data-author-${i}`, name])),
    ...Object.fromEntries(tags.map((tag, i) => [`data-tag-${i}`, tag])),
  };
}
