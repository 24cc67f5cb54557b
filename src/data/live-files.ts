/**
 * The files beside each live story's page, each with its model, as its route's getStaticPaths gives them (and so its
 * incremental cache key: the model is what the file holds): `updates.json`, which open pages ask for new updates;
 * `updates.xml`, the story's own RSS feed of updates; and the small page at each update's fixed address,
 * `update/<id>/`, which sends the reader to wherever the update is now (src/lib/live/feed.ts). Build time.
 */
import { FEED_SIZE } from '../lib/archive/feed-size.ts';
import { formatDateTime } from '../lib/i18n/formats.ts';
import type { Translator } from '../lib/i18n/translator.ts';
import { livePageHref, updatesFeedHref } from '../lib/live/coverage.ts';
import { type StubPage, updatesFeed, type UpdatesFeed } from '../lib/live/feed.ts';
import { updateHtml } from '../lib/live/update-html.ts';
import { escapeMarkup } from '../lib/markup/escape.ts';
import { siteConfig } from '../lib/site/config.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { type Article, articleHref, getArticles } from './articles.ts';
import { site as siteSettings, storyLanguage } from './language.ts';
import { type LiveCoverage, liveCoverage, updatesOnPage } from './live-coverage.ts';

/** One file beside a live story's page: where it goes (relative to the base path), and what it holds. */
export type LiveFile =
  | { kind: 'json'; path: string; feed: UpdatesFeed }
  | { kind: 'rss'; path: string; rss: UpdatesRss }
  | { kind: 'stub'; path: string; stub: StubPage };

/** The story's RSS feed of updates, as its model. */
export type UpdatesRss = {
  title: string;
  description: string;
  link: string;
  self: string;
  language: string;
  items: { title: string; link: string; guid: string; published: Date; description: string; authors: string[] }[];
};

const site = () => new URL(siteConfig().site);

/** The words that say the coverage has ended, as the label says them: "Live coverage ended at …". */
const endedWords = (coverage: LiveCoverage, i18n: Translator): string | undefined =>
  coverage.ended && coverage.end
    ? i18n.t('live.ended', { time: formatDateTime(i18n.tag, coverage.end, coverage.timeZone) })
    : undefined;

function filesOf(article: Article, coverage: LiveCoverage, i18n: Translator): LiveFile[] {
  const base = article.data.permalink;
  const abs = (href: string) => absoluteUrl(site().origin, '/', href);
  const { headline } = article.data;
  const feed = updatesFeed(
    coverage.updates.map((u) => u.id),
    updatesOnPage(coverage, 1).map((u) => ({ id: u.id, html: updateHtml(u, i18n) })),
    endedWords(coverage, i18n),
  );
  const rss: UpdatesRss = {
    title: i18n.t('live.feedTitle', { headline }),
    description: i18n.t('live.feedDescription', { headline, site: siteSettings().name }),
    link: abs(coverage.storyHref),
    self: abs(updatesFeedHref(coverage.storyHref)),
    language: i18n.newsLanguage,
    items: coverage.updates.slice(0, FEED_SIZE).map((u) => ({
      title: u.title,
      // The fixed address: a feed reader may open an item long after it has moved to a later page.
      link: abs(u.stub),
      guid: abs(u.stub),
      published: u.published,
      description: u.text,
      authors: u.byline.map((a) => a.name),
    })),
  };
  const stubs = coverage.updates.map((u): LiveFile => ({
    kind: 'stub',
    path: `${base}/update/${u.id}/index.html`,
    stub: {
      lang: i18n.base,
      dir: i18n.dir,
      title: i18n.t('live.updateTitle', { headline }),
      text: i18n.t('live.goToUpdate', { headline }),
      target: abs(u.href),
      canonical: abs(livePageHref(coverage.storyHref, u.page)),
    },
  }));
  return [
    { kind: 'json', path: `${base}/updates.json`, feed },
    { kind: 'rss', path: `${base}/updates.xml`, rss },
    ...stubs,
  ];
}

/** Every live story's files, at the build's clock. */
export async function liveFiles(now: Date): Promise<LiveFile[]> {
  const found = await Promise.all(
    (await getArticles()).map(async (article) => {
      const i18n = storyLanguage(article);
      const coverage = await liveCoverage(article, articleHref(article), i18n, now);
      return coverage ? filesOf(article, coverage, i18n) : [];
    }),
  );
  return found.flat();
}

/** The RSS 2.0 document of a story's updates. */
export function updatesRssXml(rss: UpdatesRss): string {
  const x = escapeMarkup;
  const items = rss.items.map((item) =>
    [
      '<item>',
      `<title>${x(item.title)}</title>`,
      `<link>${x(item.link)}</link>`,
      `<guid isPermaLink="true">${x(item.guid)}</guid>`,
      `<pubDate>${item.published.toUTCString()}</pubDate>`,
      `<description>${x(item.description)}</description>`,
      ...item.authors.map((name) => `<dc:creator>${x(name)}</dc:creator>`),
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${x(rss.title)}</title>`,
    `<link>${x(rss.link)}</link>`,
    `<description>${x(rss.description)}</description>`,
    `<language>${x(rss.language)}</language>`,
    `<atom:link href="${x(rss.self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
