/**
 * The archive's groupings, made in one pass over the published stories: sections,
 * tags, authors and the calendar. Every listing page, feed and onward journey reads
 * these, so a build groups its stories once, not once per page (at 10,000 stories,
 * filtering the whole list for each of thousands of pages is what makes a build
 * super-linear).
 */
import { foldSlug } from './slug.ts';

/** What grouping needs to know about a story; `date` is its calendar date in its own time zone. */
export type Filing = {
  section: string;
  tags: readonly string[];
  authors: readonly string[];
  date: { year: string; month: string; day: string };
};

/** Stories under one name, newest first. */
export type Group<T> = { slug: string; name: string; items: T[] };
export type Day<T> = { day: string; items: T[] };
export type Month<T> = { month: string; items: T[]; days: Day<T>[] };
export type Year<T> = { year: string; items: T[]; months: Month<T>[] };

export type Archive<T> = {
  /** By slug, A to Z. */
  sections: Group<T>[];
  /** By slug, A to Z. */
  tags: Group<T>[];
  /** Author id to stories. */
  authors: Map<string, T[]>;
  /** Newest year first; months and days in calendar order. */
  years: Year<T>[];
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function named<T>(map: Map<string, { name: string; items: T[] }>): Group<T>[] {
  return [...map].map(([slug, g]) => ({ slug, ...g })).sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * `items` newest first; each group keeps that order. Names fold to slugs in `language`, the edition's (slug.ts); names
 * that fold to one slug are one group (the content check refuses them first).
 */
export function groupArchive<T>(items: readonly T[], file: (item: T) => Filing, language: string): Archive<T> {
  const sections = new Map<string, { name: string; items: T[] }>();
  const tags = new Map<string, { name: string; items: T[] }>();
  const authors = new Map<string, T[]>();
  const calendar = new Map<string, Map<string, Map<string, T[]>>>();
  const years = new Map<string, T[]>();
  const months = new Map<string, T[]>();
  for (const item of items) {
    const f = file(item);
    const section = foldSlug(f.section, language);
    if (!sections.has(section)) sections.set(section, { name: f.section, items: [] });
    sections.get(section)!.items.push(item);
    for (const name of new Set(f.tags)) {
      const slug = foldSlug(name, language);
      if (!tags.has(slug)) tags.set(slug, { name, items: [] });
      tags.get(slug)!.items.push(item);
    }
    for (const id of new Set(f.authors)) push(authors, id, item);
    const { year, month, day } = f.date;
    push(years, year, item);
    push(months, `${year}/${month}`, item);
    if (!calendar.has(year)) calendar.set(year, new Map());
    const y = calendar.get(year)!;
    if (!y.has(month)) y.set(month, new Map());
    push(y.get(month)!, day, item);
  }
  const asc = (a: string, b: string) => a.localeCompare(b);
  return {
    sections: named(sections),
    tags: named(tags),
    authors,
    years: [...calendar.keys()]
      .sort((a, b) => b.localeCompare(a))
      .map((year) => ({
        year,
        items: years.get(year)!,
        months: [...calendar.get(year)!.keys()].sort(asc).map((month) => ({
          month,
          items: months.get(`${year}/${month}`)!,
          days: [...calendar.get(year)!.get(month)!]
            .sort(([a], [b]) => asc(a, b))
            .map(([day, list]) => ({ day, items: list })),
        })),
      })),
  };
}
