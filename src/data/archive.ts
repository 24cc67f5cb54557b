/**
 * The archive as pages see it: the published stories grouped once per build into sections, tags, authors and the
 * calendar (src/lib/archive/group.ts), after the taxonomy guard: the whole site's (getArchive: the calendar and the
 * authors' pages), and each edition's (getEditionArchive: its sections, tags, front page and feeds). Where each
 * listing lives is listing-hrefs.ts, the feeds' stories feeds.ts, the onward journeys onward.ts; listing pages are
 * built in listing-page.ts.
 */
import { calendarDateInZone } from '../lib/article/dates.ts';
import { type Archive, groupArchive } from '../lib/archive/group.ts';
import { checkTaxonomy } from '../lib/archive/taxonomy-check.ts';
import { perContent } from '../lib/incremental/generation.ts';
import { type Article, getArticles } from './articles.ts';
import { type Edition, editionOf, mainEdition } from './editions.ts';
import { site } from './language.ts';

/** The author ids a story is filed under (one today; the one place to change for several). */
export const authorIdsOf = (article: Article): string[] => article.data.author;

/** Every grouping, made once per build from getArticles(): pages filter nothing themselves. */
export const getArchive: () => Promise<Archive<Article>> = perContent(() =>
  getArticles().then((all) => {
    // scripts/check-content.ts reports these first; this is the guard for builds that skip it.
    const problems = checkTaxonomy(
      all.map((a) => ({ file: a.filePath ?? a.id, section: a.data.section, tags: a.data.tags, lang: a.data.lang })),
      site(),
    );
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return group(all, mainEdition());
  }),
);

/** The stories' groupings, their section and tag names folded in `edition`'s language (src/lib/archive/slug.ts). */
const group = (stories: Article[], edition: Edition) =>
  groupArchive(
    stories,
    (a) => ({
      section: a.data.section,
      tags: a.data.tags,
      authors: authorIdsOf(a),
      date: calendarDateInZone(a.data.published.date, a.data.timeZone),
    }),
    edition.i18n.tag,
  );

// Once per build, and again after each update of the warm publisher (src/lib/incremental/generation.ts).
const byEdition = perContent(() => new Map<Edition, Promise<Archive<Article> & { stories: Article[] }>>());

/**
 * An edition's own stories, newest first, and their sections and tags; with no further editions, the main one's
 * is the whole site's.
 */
export function getEditionArchive(edition: Edition): Promise<Archive<Article> & { stories: Article[] }> {
  let found = byEdition().get(edition);
  if (!found) {
    found = getArchive().then(async (whole) => {
      const all = await getArticles();
      const stories = all.filter((a) => editionOf(a) === edition);
      return edition.main && stories.length === all.length
        ? { ...whole, stories }
        : { ...group(stories, edition), stories };
    });
    byEdition().set(edition, found);
  }
  return found;
}
