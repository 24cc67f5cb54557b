/**
 * Every listing the site publishes, as its route asks for it: which stories, under what name and words, with what
 * intro. Each returns its pages' paths with their models and keys (listing-page.ts), so the routes stay thin.
 */
import type { PaginateFunction } from 'astro';
import { calendar } from '../lib/archive/calendar.ts';
import { pageTitle, periodName } from '../lib/archive/pages.ts';
import { SITE } from '../lib/site/identity.ts';
import { buildNow } from '../lib/site/clock.ts';
import { getArchive } from './archive.ts';
import { dateHref, sectionFeedHref, sectionHref, tagFeedHref, tagsIndexHref } from './listing-hrefs.ts';
import { getAuthorEntries } from './articles.ts';
import { getFrontPage } from './front-page.ts';
import { listingPages, teaserOf } from './listing-page.ts';
import { getSectionLinks, homeHref } from './masthead.ts';

/** The river's name: what page 1 lists under its top stories and blocks, and what its later pages continue. */
const RIVER = 'More stories';

/**
 * The front page and its later pages: on page 1 the editors' lead and top stories, then a block per section, then
 * the river of every other story, newest first, which the later pages continue; the way into the archive follows.
 */
export async function frontListing(paginate: PaginateFunction) {
  const [{ years }, sections, front] = await Promise.all([getArchive(), getSectionLinks(), getFrontPage(buildNow())]);
  const archive = { tags: tagsIndexHref(), years: years.map((y) => ({ year: y.year, href: dateHref(y.year) })) };
  return listingPages(
    paginate,
    front.river,
    {},
    {
      name: RIVER,
      description: `More stories in ${SITE.name}.`,
      intro: archive,
      masthead: { sections, place: homeHref() },
      top: {
        stories: front.top.map(teaserOf),
        blocks: front.blocks.map(({ section, stories }) => ({
          name: section.name,
          href: sectionHref(section.slug),
          teasers: stories.map(teaserOf),
        })),
      },
      words: (n, last) =>
        n === 1
          ? { title: SITE.name, description: `${SITE.name}: ${SITE.tagline}` }
          : {
              title: `${pageTitle(RIVER, n)} | ${SITE.name}`,
              description: `More stories in ${SITE.name}, page ${n} of ${last}.`,
            },
    },
  );
}

export async function sectionListings(paginate: PaginateFunction) {
  const [{ sections }, links] = await Promise.all([getArchive(), getSectionLinks()]);
  return sections.flatMap((s) =>
    listingPages(
      paginate,
      s.items,
      { section: s.slug },
      {
        name: s.name,
        kicker: 'Section',
        description: `${s.name}: the latest stories in ${SITE.name}.`,
        feed: sectionFeedHref(s.slug),
        intro: null,
        masthead: { sections: links, place: sectionHref(s.slug) },
      },
    ),
  );
}

export async function tagListings(paginate: PaginateFunction) {
  const [{ tags }, sections] = await Promise.all([getArchive(), getSectionLinks()]);
  return tags.flatMap((t) =>
    listingPages(
      paginate,
      t.items,
      { tag: t.slug },
      {
        name: t.name,
        kicker: 'Tag',
        description: `Stories about ${t.name} in ${SITE.name}.`,
        feed: tagFeedHref(t.slug),
        intro: null,
        masthead: { sections },
      },
    ),
  );
}

/** Every author's page, with or without stories: the byline links to it either way. */
export async function authorListings(paginate: PaginateFunction) {
  const [authors, { authors: byAuthor }, sections] = await Promise.all([
    getAuthorEntries(),
    getArchive(),
    getSectionLinks(),
  ]);
  return authors.flatMap((author) =>
    listingPages(
      paginate,
      byAuthor.get(author.id) ?? [],
      { id: author.id },
      {
        name: author.data.name,
        description: `Stories by ${author.data.name} in ${SITE.name}.`,
        intro: { name: author.data.name, twitter: author.data.twitter },
        masthead: { sections },
      },
    ),
  );
}

export async function yearListings(paginate: PaginateFunction) {
  const [{ years }, sections] = await Promise.all([getArchive(), getSectionLinks()]);
  return years.flatMap((year) =>
    listingPages(
      paginate,
      year.items,
      { year: year.year },
      {
        name: year.year,
        kicker: 'Archive',
        description: `Stories published in ${year.year} in ${SITE.name}.`,
        intro: calendar(dateHref, year),
        masthead: { sections },
      },
    ),
  );
}

export async function monthListings(paginate: PaginateFunction) {
  const [{ years }, sections] = await Promise.all([getArchive(), getSectionLinks()]);
  return years.flatMap((year) =>
    year.months.flatMap((month) => {
      const name = periodName(year.year, month.month);
      return listingPages(
        paginate,
        month.items,
        { year: year.year, month: month.month },
        {
          name,
          kicker: 'Archive',
          description: `Stories published in ${name} in ${SITE.name}.`,
          intro: calendar(dateHref, year, month),
          masthead: { sections },
        },
      );
    }),
  );
}

export async function dayListings(paginate: PaginateFunction) {
  const [{ years }, sections] = await Promise.all([getArchive(), getSectionLinks()]);
  return years.flatMap((year) =>
    year.months.flatMap((month) =>
      month.days.flatMap((d) => {
        const name = periodName(year.year, month.month, d.day);
        return listingPages(
          paginate,
          d.items,
          { year: year.year, month: month.month, day: d.day },
          {
            name,
            kicker: 'Archive',
            description: `Stories published on ${name} in ${SITE.name}.`,
            intro: calendar(dateHref, year, month, d.day),
            masthead: { sections },
          },
        );
      }),
    ),
  );
}
