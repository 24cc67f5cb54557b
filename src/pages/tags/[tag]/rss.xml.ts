/** A tag's RSS feed: its newest stories, as summaries. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { tagFeedHref, tagHref } from '../../../data/listing-hrefs.ts';
import type { Article } from '../../../data/articles.ts';
import { rssFeed } from '../../../data/rss-feed.ts';
import { feedStories } from '../../../lib/archive/feed-size.ts';
import type { Group } from '../../../lib/archive/group.ts';
import { SITE } from '../../../lib/site/identity.ts';

export const getStaticPaths = (async () => {
  const { tags } = await getArchive();
  return tags.map((group) => ({ params: { tag: group.slug }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: Group<Article> }> = ({ site, props: { group } }) =>
  rssFeed({
    site,
    title: `${SITE.name}: ${group.name}`,
    description: `The latest stories about ${group.name} from ${SITE.name}.`,
    pageHref: tagHref(group.slug),
    feedHref: tagFeedHref(group.slug),
    articles: feedStories(group.items),
  });
