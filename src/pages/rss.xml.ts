/**
 * The site's RSS 2.0 feed: the newest FEED_SIZE articles, as summaries (see src/data/rss-feed.ts). Readers poll it,
 * so it carries what is new, not the archive: with every story it grew with the site (docs/sharing-and-feeds.md). The sitemap lists
 * every permalink.
 */
import type { APIRoute } from 'astro';
import { getSiteFeedArticles } from '../data/feeds.ts';
import { rssFeed } from '../data/rss-feed.ts';
import { site as siteSettings, siteLanguage } from '../data/language.ts';
import { siteHref } from '../lib/site/base.ts';

export const GET: APIRoute = async ({ site }) =>
  rssFeed({
    site,
    title: siteSettings().name,
    description: siteSettings().tagline,
    i18n: siteLanguage(),
    pageHref: siteHref(),
    feedHref: siteHref('rss.xml'),
    articles: await getSiteFeedArticles(),
  });
