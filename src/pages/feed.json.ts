/**
 * The JSON Feed 1.1: the same newest FEED_SIZE articles and summaries as
 * rss.xml, with every author and, for a changed story, date_modified.
 */
import type { APIRoute } from 'astro';
import { getSiteFeedArticles } from '../data/feeds.ts';
import { articleHref, articleModified, authorHref, getAuthors } from '../data/articles.ts';
import { shareImageHref } from '../data/share-images.ts';
import { jsonFeed } from '../lib/archive/json-feed.ts';
import { isoInZone } from '../lib/article/dates.ts';
import { site as siteSettings, siteLanguage } from '../data/language.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { base } from '../lib/site/base.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The JSON Feed needs `site` (SITE_URL) for absolute links.');
  const abs = (href: string) => absoluteUrl(site.origin, '/', href);
  const i18n = siteLanguage();
  const stories = await Promise.all(
    (await getSiteFeedArticles()).map(async (article) => {
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
    homePageUrl: absoluteUrl(site.origin, base),
    feedUrl: absoluteUrl(site.origin, base, 'feed.json'),
    language: i18n.base,
    // The spec asks for a large square icon and a favicon of at least 64 px.
    icon: absoluteUrl(site.origin, base, 'icon-512.png'),
    favicon: absoluteUrl(site.origin, base, 'icon-192.png'),
    stories,
  });
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
