/**
 * An RSS 2.0 feed of stories as summaries (the standfirst) linking to the page,
 * for the site's feed and for each section's and tag's. Summaries, not full text:
 * the stories are republished, and the page is where the reader meets the source note.
 */
import rss from '@astrojs/rss';
import type { Translator } from '../lib/i18n/translator.ts';
import { escapeMarkup } from '../lib/markup/escape.ts';
import { SHARE_FORMATS } from '../lib/share-card/layout.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { type Article, articleHref, articleModified, getAuthors } from './articles.ts';
import { articleShareImageSize, shareImageHref } from './share-images.ts';

export type FeedOptions = {
  site: URL | undefined;
  title: string;
  description: string;
  /** Site-relative URL of the page the feed follows, and of the feed itself. */
  pageHref: string;
  feedHref: string;
  /** Newest first. */
  articles: readonly Article[];
  /** The feed's language: its <language> and the words it adds to a summary. */
  i18n: Translator;
};

export async function rssFeed({
  site,
  title,
  description,
  pageHref,
  feedHref,
  articles,
  i18n,
}: FeedOptions): Promise<Response> {
  if (!site) throw new Error('The feed needs `site` (SITE_URL) for absolute links.');
  const abs = (href: string) => absoluteUrl(site.origin, '/', href);
  const items = await Promise.all(
    articles.map(async (article) => {
      const { data } = article;
      const authors = await getAuthors(article);
      // RSS 2.0 has no element for a changed item; Dublin Core's dcterms:modified is the usual extension.
      const modified = articleModified(article);
      const image = abs(shareImageHref(article, 'card'));
      const bytes = await articleShareImageSize(article, 'card');
      const { width, height } = SHARE_FORMATS.card;
      const credit = data.source ? ` ${i18n.t('feed.originallyPublished', { publisher: data.source.publisher })}` : '';
      return {
        title: data.headline,
        link: abs(articleHref(article)),
        pubDate: data.published.date,
        description: `${data.standfirst}${credit}`,
        categories: [data.section, ...data.tags],
        enclosure: { url: image, length: bytes, type: 'image/png' },
        customData: [
          ...authors.map((author) => `<dc:creator>${escapeMarkup(author.data.name)}</dc:creator>`),
          modified > data.published.date ? `<dcterms:modified>${modified.toISOString()}</dcterms:modified>` : '',
          `<media:content url="${escapeMarkup(image)}" medium="image" type="image/png" width="${width}" height="${height}"/>`,
        ].join(''),
      };
    }),
  );
  return rss({
    title,
    description,
    site: abs(pageHref),
    xmlns: {
      dc: 'http://purl.org/dc/elements/1.1/',
      dcterms: 'http://purl.org/dc/terms/',
      media: 'http://search.yahoo.com/mrss/',
      atom: 'http://www.w3.org/2005/Atom',
    },
    customData: `<language>${i18n.newsLanguage}</language><atom:link href="${escapeMarkup(abs(feedHref))}" rel="self" type="application/rss+xml"/>`,
    items,
  });
}
