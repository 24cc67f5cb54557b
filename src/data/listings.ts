/**
 * Every listing the site publishes, as its route asks for it: which stories, under what name and words, with what
 * intro. Each returns its pages' paths with their models and keys (listing-page.ts), so the routes stay thin.
 */
import type { PaginateFunction } from 'astro';
import { calendar } from '../lib/archive/calendar.ts';
import { pageTitle, periodName } from '../lib/archive/pages.ts';
import { SITE } from '../lib/site/identity.ts';
import { dateHref, getArchive, sectionFeedHref, sectionHref, tagFeedHref, tagsIndexHref } from './archive.ts';
import { getArticles, getAuthorEntries } from './articles.ts';
import { listingPages } from './listing-page.ts';

/** The front page and its later pages: the newest story leads page 1; the way into the archive follows the river. */
export async function frontListing(paginate: PaginateFunction) {
  const { sections, years } = await getArchive();
  const archive = {
    sections: sections.map((s) => ({ name: s.name, href: sectionHref(s.slug) })),
    tags: tagsIndexHref(),
    years: years.map((y) => ({ year: y.year, href: dateHref(y.year) })),
  };
  return listingPages(paginate, await getArticles(), {}, {
    name: 'Latest stories',
    description: `The latest stories in ${SITE.name}.`,
    intro: archive,
    words: (n, last) =>
      n === 1
        ? { title: SITE.name, description: `${SITE.name}: ${SITE.tagline}` }
        : { title: `${pageTitle('Latest stories', n)} | ${SITE.name}`, description: `The latest stories in ${SITE.name}, page ${n} of ${last}.` },
  });
}

export async function sectionListings(paginate: PaginateFunction) {
  const { sections } = await getArchive();
  return sections.flatMap((s) =>
    listingPages(paginate, s.items, { section: s.slug }, {
      name: s.name,
      kicker: 'Section',
      description: `${s.name}: the latest stories in ${SITE.name}.`,
      feed: sectionFeedHref(s.slug),
      intro: null,
    }),
  );
}

export async function tagListings(paginate: PaginateFunction) {
  const { tags } = await getArchive();
  return tags.flatMap((t) =>
    listingPages(paginate, t.items, { tag: t.slug }, { name: t.name, kicker: 'Tag', description: `Stories about ${t.name} in ${SITE.name}.`, feed: tagFeedHref(t.slug), intro: null }),
  );
}

/** Every author's page, with or without stories: the byline links to it either way. */
export async function authorListings(paginate: PaginateFunction) {
  const [authors, { authors: byAuthor }] = await Promise.all([getAuthorEntries(), getArchive()]);
  return authors.flatMap((author) =>
    listingPages(paginate, byAuthor.get(author.id) ?? [], { id: author.id }, {
      name: author.data.name,
      description: `Stories by ${author.data.name} in ${SITE.name}.`,
      intro: { name: author.data.name, twitter: author.data.twitter },
    }),
  );
}

export async function yearListings(paginate: PaginateFunction) {
  const { years } = await getArchive();
  return years.flatMap((year) =>
    listingPages(paginate, year.items, { year: year.year }, {
      name: year.year,
      kicker: 'Archive',
      description: `Stories published in ${year.year} in ${SITE.name}.`,
      intro: calendar(dateHref, year),
    }),
  );
}

export async function monthListings(paginate: PaginateFunction) {
  const { years } = await getArchive();
  return years.flatMap((year) =>
    year.months.flatMap((month) => {
      const name = periodName(year.year, month.month);
      return listingPages(paginate, month.items, { year: year.year, month: month.month }, {
        name,
        kicker: 'Archive',
        description: `Stories published in ${name} in ${SITE.name}.`,
        intro: calendar(dateHref, year, month),
      });
    }),
  );
}

export async function dayListings(paginate: PaginateFunction) {
  const { years } = await getArchive();
  return years.flatMap((year) =>
    year.months.flatMap((month) =>
      month.days.flatMap((d) => {
        const name = periodName(year.year, month.month, d.day);
        return listingPages(paginate, d.items, { year: year.year, month: month.month, day: d.day }, {
          name,
          kicker: 'Archive',
          description: `Stories published on ${name} in ${SITE.name}.`,
          intro: calendar(dateHref, year, month, d.day),
        });
      }),
    ),
  );
}
