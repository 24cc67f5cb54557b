/**
 * An edition's pages that are not lists of stories: the index of its tags, and its search page, as models a layout
 * renders. In the edition's language; the main edition's routes are src/pages/tags/index.astro and search.astro, the
 * others' under src/pages/[edition]/. Build time.
 */
import { calendarDateInZone } from '../lib/article/dates.ts';
import { getEditionArchive } from './archive.ts';
import { type Edition, editions } from './editions.ts';
import { site } from './language.ts';
import { frontHref, searchHref, sectionHref, slugOf, tagHref } from './listing-hrefs.ts';
import { getMasthead } from './masthead.ts';

/** The routes of the editions beyond the main one: { edition: "fa" }. */
export const furtherEditionPaths = () =>
  editions()
    .filter((e) => !e.main)
    .map((edition) => ({ params: { edition: edition.prefix }, props: { edition } }));

/** Every tag of the edition with a published story, A to Z, with how many stories each has. */
export async function tagsIndexPage(edition: Edition) {
  const { i18n } = edition;
  const { tags } = await getEditionArchive(edition);
  return {
    lang: i18n.tag,
    title: `${i18n.t('tags.title')} | ${site().name}`,
    description: i18n.t('tags.description', { site: site().name }),
    masthead: await getMasthead(i18n, undefined, edition),
    tags: tags.map((t) => ({ name: t.name, href: tagHref(t.slug, edition), count: t.items.length })),
  };
}

/** The search page: its sections and years to filter by, from the edition's stories. */
export async function searchPage(edition: Edition) {
  const { i18n } = edition;
  const { stories } = await getEditionArchive(edition);
  return {
    lang: i18n.tag,
    title: `${i18n.t('search.title')} | ${site().name}`,
    description: i18n.t('search.description', { site: site().name }),
    masthead: await getMasthead(i18n, { href: searchHref(edition) }, edition),
    /** Where the form is sent without JavaScript, and the edition's front page the page points to instead. */
    action: searchHref(edition),
    front: frontHref(edition),
    sections: [...new Set(stories.map((a) => a.data.section))]
      .sort()
      .map((name) => ({ name, href: sectionHref(slugOf(name, edition), edition) })),
    years: [...new Set(stories.map((a) => calendarDateInZone(a.data.published.date, a.data.timeZone).year))]
      .sort()
      .reverse(),
  };
}
