/**
 * The article route's paths (src/pages/[...permalink].astro): each story's page, and for live coverage longer than a
 * page its later pages, `…/<slug>/page/2/` on (src/lib/live/coverage.ts), each with its model and key. Build time, and
 * in the warm publisher's process after a save.
 */
import { getEntry } from 'astro:content';
import { showsBodies } from '../lib/incremental/body-routes.ts';
import { buildNow } from '../lib/site/clock.ts';
import { articlePage, articlePageKey, type ArticlePage } from './article-page.ts';
import { type Article, articleHref, withLiveDates } from './articles.ts';
import { storyLanguage } from './language.ts';
import { liveCoverage } from './live-coverage.ts';

/** Every page a story has, with its model; `permalink` is the route's parameter. */
export async function articlePages(article: Article, now: Date): Promise<{ permalink: string; page: ArticlePage }[]> {
  const coverage = await liveCoverage(article, articleHref(article), storyLanguage(article), now);
  if (!coverage) return [{ permalink: article.data.permalink, page: await articlePage(article, now) }];
  return Promise.all(
    Array.from({ length: coverage.pages }, async (_, i) => ({
      permalink: i === 0 ? article.data.permalink : `${article.data.permalink}/page/${i + 1}`,
      page: await articlePage(article, now, { coverage, page: i + 1 }),
    })),
  );
}

/** The route's paths for these stories. */
export async function articlePaths(articles: readonly Article[], now: Date) {
  const pages = await Promise.all(articles.map((article) => articlePages(article, now)));
  return pages.flat().map(({ permalink, page }) => ({
    params: { permalink },
    props: { page },
    cacheKey: articlePageKey(page),
  }));
}

// After a save that changed only some stories' bodies, the warm publisher asks for their paths alone
// (src/lib/incremental/body-routes.ts): their entries as the store now holds them (a live story dated by its updates,
// as getArticles dates it), everything else as it was.
showsBodies('src/pages/[...permalink].astro', async (ids) =>
  articlePaths(
    await withLiveDates((await Promise.all(ids.map((id) => getEntry('articles', id)))).filter((a) => a !== undefined)),
    buildNow(),
  ),
);
