/** A section's RSS feed: its newest stories, as summaries. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { sectionFeedHref, sectionHref } from '../../data/listing-hrefs.ts';
import type { Article } from '../../data/articles.ts';
import { rssFeed } from '../../data/rss-feed.ts';
import { feedStories } from '../../lib/archive/feeds.ts';
import type { Group } from '../../lib/archive/group.ts';
import { site as siteSettings, siteLanguage } from '../../data/language.ts';

export const getStaticPaths = (async () => {
  const { sections } = await getArchive();
  return sections.map((group) => ({ params: { section: group.slug }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: Group<Article> }> = ({ site, props: { group } }) =>
  rssFeed({
    site,
    title: `${siteSettings().name}: ${group.name}`,
    description: siteLanguage().t('section.feedDescription', { section: group.name, site: siteSettings().name }),
    i18n: siteLanguage(),
    pageHref: sectionHref(group.slug),
    feedHref: sectionFeedHref(group.slug),
    articles: feedStories(group.items),
  });
