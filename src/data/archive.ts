/**
 * The archive as pages see it: the published stories grouped once per build into sections, tags, authors and the
 * calendar (src/lib/archive/group.ts), after the taxonomy guard. Where each listing lives is listing-hrefs.ts, the
 * feeds' stories feeds.ts, the onward journeys onward.ts; listing pages are built in listing-page.ts.
 */
import { calendarDateInZone } from '../lib/article/dates.ts';
import { type Archive, groupArchive } from '../lib/archive/group.ts';
import { checkTaxonomy } from '../lib/archive/taxonomy-check.ts';
import { perContent } from '../lib/incremental/generation.ts';
import { type Article, getArticles } from './articles.ts';

/** The author ids a story is filed under (one today; the one place to change for several). */
export const authorIdsOf = (article: Article): string[] => article.data.author.map((a) => a.id);

/** Every grouping, made once per build from getArticles(): pages filter nothing themselves. */
export const getArchive: () => Promise<Archive<Article>> = perContent(() =>
  getArticles().then((all) => {
    // scripts/check-content.ts reports these first; this is the guard for builds that skip it.
    const problems = checkTaxonomy(
      all.map((a) => ({ file: a.filePath ?? a.id, section: a.data.section, tags: a.data.tags })),
    );
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return groupArchive(all, (a) => ({
      section: a.data.section,
      tags: a.data.tags,
      authors: authorIdsOf(a),
      date: calendarDateInZone(a.data.published.date, a.data.timeZone),
    }));
  }),
);
