/**
 * Every listing the site publishes, as its route asks for it: which stories, under what name and words, with what
 * intro. Each returns its pages' paths with their models and keys (listing-page.ts), so the routes stay thin.
 */
import type { PaginateFunction } from 'astro';
import { calendar } from '../lib/archive/calendar.ts';
import { pageTitle } from '../lib/archive/pages.ts';
import { buildNow } from '../lib/site/clock.ts';
import { getArchive, getEditionArchive } from './archive.ts';
import { type Edition, editions, mainEdition } from './editions.ts';
import {
  dateHref,
  feedHref,
  frontHref,
  sectionFeedHref,
  sectionHref,
  tagFeedHref,
  tagsIndexHref,
} from './listing-hrefs.ts';
import { getAuthorEntries } from './articles.ts';
import { getFrontPage } from './front-page.ts';
import { listingPages, teaserOf } from './listing-page.ts';
import { site, siteLanguage } from './language.ts';
import { getSectionLinks } from './masthead.ts';

/**
 * The front page and its later pages: on page 1 the editors' lead and top stories, then a block per section, then
 * the river of every other story, newest first, which the later pages continue; the way into the archive follows.
 */
export async function frontListing(paginate: PaginateFunction, edition: Edition = mainEdition()) {
  const [{ years }, sections, front] = await Promise.all([
    getArchive(),
    getSectionLinks(edition),
    getFrontPage(buildNow(), edition),
  ]);
  const { i18n } = edition;
  const { name, tagline } = site();
  // The river's name: what page 1 lists under its top stories and blocks, and what its later pages continue.
  const river = i18n.t('front.moreStories');
  const archive = {
    tags: tagsIndexHref(edition),
    years: years.map((y) => ({ year: i18n.period(y.year), href: dateHref(y.year) })),
  };
  return listingPages(paginate, front.river, edition.main ? {} : { edition: edition.prefix }, {
    i18n,
    name: river,
    description: i18n.t('front.moreStoriesDescription', { site: name }),
    intro: archive,
    feed: edition.main ? undefined : feedHref(edition, 'rss.xml'),
    masthead: { sections, place: frontHref(edition), edition },
    top: {
      stories: front.top.map(teaserOf),
      blocks: front.blocks.map(({ section, stories }) => ({
        name: section.name,
        href: sectionHref(section.slug, edition),
        teasers: stories.map(teaserOf),
      })),
    },
    words: (n, last) =>
      n === 1
        ? { title: name, description: `${name}: ${tagline}` }
        : {
            title: `${pageTitle(i18n, river, n)} | ${name}`,
            description: i18n.t('front.moreStoriesPageDescription', { site: name, page: n, last }),
          },
  });
}

export async function sectionListings(paginate: PaginateFunction, edition: Edition = mainEdition()) {
  const [{ sections }, links] = await Promise.all([getEditionArchive(edition), getSectionLinks(edition)]);
  const { i18n } = edition;
  return sections.flatMap((s) =>
    listingPages(paginate, s.items, edition.main ? { section: s.slug } : { edition: edition.prefix, section: s.slug }, {
      i18n,
      name: s.name,
      kicker: i18n.t('section.kicker'),
      description: i18n.t('section.description', { section: s.name, site: site().name }),
      feed: sectionFeedHref(s.slug, edition),
      intro: null,
      masthead: { sections: links, place: sectionHref(s.slug, edition), edition },
    }),
  );
}

export async function tagListings(paginate: PaginateFunction, edition: Edition = mainEdition()) {
  const [{ tags }, sections] = await Promise.all([getEditionArchive(edition), getSectionLinks(edition)]);
  const { i18n } = edition;
  return tags.flatMap((t) =>
    listingPages(paginate, t.items, edition.main ? { tag: t.slug } : { edition: edition.prefix, tag: t.slug }, {
      i18n,
      name: t.name,
      kicker: i18n.t('tag.kicker'),
      description: i18n.t('tag.description', { tag: t.name, site: site().name }),
      feed: tagFeedHref(t.slug, edition),
      intro: null,
      masthead: { sections, edition },
    }),
  );
}

/** Every author's page, with or without stories: the byline links to it either way. */
export async function authorListings(paginate: PaginateFunction) {
  const [authors, { authors: byAuthor }, sections] = await Promise.all([
    getAuthorEntries(),
    getArchive(),
    getSectionLinks(),
  ]);
  const i18n = siteLanguage();
  return authors.flatMap((author) =>
    listingPages(
      paginate,
      byAuthor.get(author.id) ?? [],
      { id: author.id },
      {
        i18n,
        name: author.data.name,
        description: i18n.t('author.description', { author: author.data.name, site: site().name }),
        intro: { name: author.data.name, twitter: author.data.twitter },
        masthead: { sections },
      },
    ),
  );
}

export async function yearListings(paginate: PaginateFunction) {
  const [{ years }, sections] = await Promise.all([getArchive(), getSectionLinks()]);
  const i18n = siteLanguage();
  return years.flatMap((year) =>
    listingPages(
      paginate,
      year.items,
      { year: year.year },
      {
        i18n,
        name: i18n.period(year.year),
        kicker: i18n.t('archive.kicker'),
        description: i18n.t('archive.yearDescription', { period: i18n.period(year.year), site: site().name }),
        intro: calendar(i18n, dateHref, year),
        masthead: { sections },
      },
    ),
  );
}

export async function monthListings(paginate: PaginateFunction) {
  const [{ years }, sections] = await Promise.all([getArchive(), getSectionLinks()]);
  const i18n = siteLanguage();
  return years.flatMap((year) =>
    year.months.flatMap((month) => {
      const name = i18n.period(year.year, month.month);
      return listingPages(
        paginate,
        month.items,
        { year: year.year, month: month.month },
        {
          i18n,
          name,
          kicker: i18n.t('archive.kicker'),
          description: i18n.t('archive.monthDescription', { period: name, site: site().name }),
          intro: calendar(i18n, dateHref, year, month),
          masthead: { sections },
        },
      );
    }),
  );
}

export async function dayListings(paginate: PaginateFunction) {
  const [{ years }, sections] = await Promise.all([getArchive(), getSectionLinks()]);
  const i18n = siteLanguage();
  return years.flatMap((year) =>
    year.months.flatMap((month) =>
      month.days.flatMap((d) => {
        const name = i18n.period(year.year, month.month, d.day);
        return listingPages(
          paginate,
          d.items,
          { year: year.year, month: month.month, day: d.day },
          {
            i18n,
            name,
            kicker: i18n.t('archive.kicker'),
            description: i18n.t('archive.dayDescription', { period: name, site: site().name }),
            intro: calendar(i18n, dateHref, year, month, d.day),
            masthead: { sections },
          },
        );
      }),
    ),
  );
}

/** A listing of every further edition (content/site.yaml `languages`), for the routes under src/pages/[edition]/. */
export async function inFurtherEditions<T>(
  paginate: PaginateFunction,
  listing: (paginate: PaginateFunction, edition: Edition) => Promise<T[]>,
): Promise<T[]> {
  const further = editions().filter((e) => !e.main);
  return (await Promise.all(further.map((edition) => listing(paginate, edition)))).flat();
}
