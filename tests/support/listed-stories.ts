/**
 * Where a built site lists its stories, read from its files: the article pages it has, the story links on a page,
 * the items of an RSS feed, the entries of its sitemaps. Each answer is the stories' site paths
 * ("/2026/10/31/slug/"), so a test can require a story in every place, or in none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ARTICLE_PAGE = /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/;
const ARTICLE_PATH = /^\/\d{4}\/\d\d\/\d\d\/[^/]+\/$/;
const xml = new XMLParser({ isArray: (name) => ['item', 'url'].includes(name) });

/** The stories `dist` lists, for a site whose absolute URLs start with `origin`. */
export function listedStories(dist: string, origin: string) {
  const files = () =>
    fs
      .readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split(path.sep).join('/'))
      .sort();
  const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
  const sitePath = (url: string) => new URL(url, origin).pathname;
  return {
    /** The site's article pages. */
    articlePages: () =>
      files()
        .filter((f) => ARTICLE_PAGE.test(f))
        .map((f) => `/${f.replace(/index\.html$/, '')}`),
    /** The stories a page links to. */
    linkedFrom: (page: string) =>
      [...read(page).matchAll(/href="([^"]+)"/g)].map(([, href]) => sitePath(href)).filter((p) => ARTICLE_PATH.test(p)),
    /** The stories an RSS feed carries. */
    feedItems: (feed: string): string[] =>
      (xml.parse(read(feed)).rss.channel.item ?? []).map((item: { link: string }) => sitePath(item.link)),
    /** Every entry of the sitemap files named (all but the index, by default). */
    sitemapEntries: (sitemaps = files().filter((f) => /^sitemap-.+\.xml$/.test(f) && f !== 'sitemap-index.xml')) =>
      sitemaps.flatMap((f) => (xml.parse(read(f)).urlset.url as { loc: string }[]).map((url) => sitePath(url.loc))),
  };
}
