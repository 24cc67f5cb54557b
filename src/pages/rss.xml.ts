/** The site's RSS 2.0 feed: every published article, newest first, as a summary (see src/data/rss-feed.ts). */
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { rssFeed } from '../data/rss-feed.ts';
import { SITE } from '../lib/site/identity.ts';
import { withBase } from '../lib/site/url.ts';

const base = import.meta.env.BASE_URL;

export const GET: APIRoute = async ({ site }) =>
  rssFeed({ site, title: SITE.name, description: SITE.tagline, pageHref: withBase(base), feedHref: withBase(base, 'rss.xml'), articles: await getArticles() });
