/**
 * Every feed an edition publishes, as its routes ask for it: the edition's rss.xml and feed.json (its newest
 * stories, FEED_SIZE: src/lib/archive/feed-size.ts), and a feed for each of its sections and tags. In the edition's
 * language. Routes stay thin: the main edition's under src/pages/, the others' under src/pages/[edition]/.
 */
import { feedStories } from '../lib/archive/feed-size.ts';
import type { Group } from '../lib/archive/group.ts';
import { isoInZone } from '../lib/article/dates.ts';
import { jsonFeed } from '../lib/archive/json-feed.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { getEditionArchive } from './archive.ts';
import { type Article, articleHref, articleModified, authorHref, getAuthors } from './articles.ts';
import { siteHref } from '../lib/site/base.ts';
import { type Edition, editions } from './editions.ts';
import { site as siteSettings } from './language.ts';
import { feedHref, frontHref, sectionFeedHref, sectionHref, tagFeedHref, tagHref } from './listing-hrefs.ts';
import { rssFeed } from './rss-feed.ts';
import { shareImageHref } from './share-images.ts';

/** The edition's newest stories, for its rss.xml and feed.json. */
export const getEditionFeedArticles = async (edition: Edition) =>
  feedStories((await getEditionArchive(edition)).stories);

/** The edition's rss.xml. */
export async function editionRss(edition: Edition, site: URL | undefined): Promise<Response> {
  return rssFeed({
    site,
    title: siteSettings().name,
    description: siteSettings().tagline,
    pageHref: frontHref(edition),
    feedHref: feedHref(edition, 'rss.xml'),
    articles: await getEditionFeedArticles(edition),
    i18n: edition.i18n,
  });
}

type GroupFeed = { params: Record<string, string>; props: { edition: Edition; group: Group<Article> } };

/** Each section of `editions` (all, or one) with its feed's route parameters. */
export async function sectionFeedPaths(only?: readonly Edition[]): Promise<GroupFeed[]> {
  const all = await Promise.all(
    (only ?? editions()).map(async (edition) =>
      (await getEditionArchive(edition)).sections.map((group) => ({
        params: edition.main
          ? ({ section: group.slug } as Record<string, string>)
          : { edition: edition.prefix, section: group.slug },
        props: { edition, group },
      })),
    ),
  );
  return all.flat();
}

/** Each tag of `editions` (all, or one) with its feed's route parameters. */
export async function tagFeedPaths(only?: readonly Edition[]): Promise<GroupFeed[]> {
  const all = await Promise.all(
    (only ?? editions()).map(async (edition) =>
      (await getEditionArchive(edition)).tags.map((group) => ({
        params: edition.main
          ? ({ tag: group.slug } as Record<string, string>)
          : { edition: edition.prefix, tag: group.slug },
        props: { edition, group },
      })),
    ),
  );
  return all.flat();
}

/** A section's RSS feed: its newest stories, as summaries. */
export function sectionRss(site: URL | undefined, { edition, group }: GroupFeed['props']): Promise<Response> {
  const name = siteSettings().name;
  return rssFeed({
    site,
    title: `${name}: ${group.name}`,
    description: edition.i18n.t('section.feedDescription', { section: group.name, site: name }),
    pageHref: sectionHref(group.slug, edition),
    feedHref: sectionFeedHref(group.slug, edition),
    articles: feedStories(group.items),
    i18n: edition.i18n,
  });
}

/** A tag's RSS feed: its newest stories, as summaries. */
export function tagRss(site: URL | undefined, { edition, group }: GroupFeed['props']): Promise<Response> {
  const name = siteSettings().name;
  return rssFeed({
    site,
    title: `${name}: ${group.name}`,
    description: edition.i18n.t('tag.feedDescription', { tag: group.name, site: name }),
    pageHref: tagHref(group.slug, edition),
    feedHref: tagFeedHref(group.slug, edition),
    articles: feedStories(group.items),
    i18n: edition.i18n,
  });
}

/** The edition's JSON Feed 1.1: the same newest stories and summaries as its rss.xml. */
export async function editionJsonFeed(edition: Edition, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error('The JSON Feed needs `site` (SITE_URL) for absolute links.');
  const abs = (href: string) => absoluteUrl(site.origin, '/', href);
  const { i18n } = edition;
  const stories = await Promise.all(
    (await getEditionFeedArticles(edition)).map(async (article) => {
      const { data } = article;
      const modified = articleModified(article);
      const credit = data.source ? ` ${i18n.t('feed.originallyPublished', { publisher: data.source.publisher })}` : '';
      return {
        url: abs(articleHref(article)),
        title: data.headline,
        summary: data.standfirst,
        text: `${data.standfirst}${credit}`,
        image: abs(shareImageHref(article, 'card')),
        published: isoInZone(data.published.date, data.timeZone),
        modified: modified > data.published.date ? isoInZone(modified, data.timeZone) : undefined,
        authors: (await getAuthors(article)).map((a) => ({ name: a.data.name, url: abs(authorHref(a)) })),
        tags: [data.section, ...data.tags],
      };
    }),
  );
  const feed = jsonFeed({
    title: siteSettings().name,
    description: siteSettings().tagline,
    homePageUrl: abs(frontHref(edition)),
    feedUrl: abs(feedHref(edition, 'feed.json')),
    language: i18n.base,
    // The spec asks for a large square icon and a favicon of at least 64 px.
    icon: abs(siteHref('icon-512.png')),
    favicon: abs(siteHref('icon-192.png')),
    stories,
  });
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
