/**
 * Everything an article page tells link previews and search engines, worked out
 * once from the content entry: the card, the Open Graph article facts and the
 * NewsArticle structured data.
 */
import { isoInZone } from '../lib/article/dates.ts';
import type { ArticleFacts, ShareImage } from '../lib/seo/page-meta.ts';
import { SHARE_FORMATS } from '../lib/share-card/layout.ts';
import type { Translator } from '../lib/i18n/translator.ts';
import { SITE_ICONS } from '../lib/site/identity.ts';
import { type LiveBlogInput, liveBlogPosting, newsArticle, type NewsArticleInput } from '../lib/seo/structured-data.ts';
import { correctionsInOrder } from '../lib/trust/updates.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { type Article, type Author, articleHref, articleModified, authorHref } from './articles.ts';
import { site as siteSettings } from './language.ts';
import { shareImageAlt, shareImageHref } from './share-images.ts';
import type { Translation } from './translations.ts';
import { base } from '../lib/site/base.ts';

export type ArticleMeta = {
  url: string;
  shareTitle: string;
  image: ShareImage;
  article: ArticleFacts;
  jsonLd: Record<string, unknown>;
  translations: Translation[];
};

/**
 * `authors` in byline order; `i18n` the story's language; `translations` the same story in others; `live`, for a page
 * of live coverage, its coverage and the updates the page shows (its structured data is then a LiveBlogPosting).
 */
export function articleMeta(
  article: Article,
  authors: Author[],
  site: URL,
  i18n: Translator,
  translations: Translation[],
  live?: LiveBlogInput,
): ArticleMeta {
  const { data } = article;
  const abs = (href: string) => absoluteUrl(site.origin, '/', href);
  const url = abs(articleHref(article));
  const publishedTime = isoInZone(data.published.date, data.timeZone);
  const modifiedTime = isoInZone(articleModified(article), data.timeZone);
  const people = authors.map((author) => ({
    name: author.data.name,
    url: abs(authorHref(author)),
    // The same profile the footer's "Follow … on Twitter" line links to.
    sameAs: author.data.twitter ? [`https://twitter.com/${author.data.twitter}`] : [],
  }));
  // twitter:creator holds one account: the first author's who has one.
  const twitter = authors.find((a) => a.data.twitter)?.data.twitter;
  const logo = SITE_ICONS.find((i) => i.file === 'icon-512.png')!;
  return {
    url,
    shareTitle: data.headline,
    image: {
      url: abs(shareImageHref(article, 'card')),
      ...SHARE_FORMATS.card,
      type: 'image/png',
      alt: shareImageAlt(
        article,
        authors.map((a) => a.data.name),
      ),
    },
    article: {
      publishedTime,
      modifiedTime,
      authorUrls: people.map((p) => p.url),
      section: data.section,
      tags: data.tags,
      twitterHandle: twitter,
      republished: Boolean(data.source),
    },
    jsonLd: (live ? (input: NewsArticleInput) => liveBlogPosting(input, live) : newsArticle)({
      url,
      headline: data.headline,
      description: data.standfirst,
      // The card alone: Google recommends, not requires, three more crops (docs/performance.md, "Share cards").
      images: [abs(shareImageHref(article, 'card'))],
      datePublished: publishedTime,
      dateModified: modifiedTime,
      authors: people,
      publisher: {
        name: siteSettings().name,
        url: absoluteUrl(site.origin, base),
        logo: { url: absoluteUrl(site.origin, base, logo.file), width: logo.size, height: logo.size },
      },
      dateline: data.dateline,
      section: data.section,
      keywords: data.tags,
      inLanguage: i18n.base,
      isBasedOn: data.source?.url,
      corrections: correctionsInOrder(data.corrections.map((c) => ({ text: c.text, date: c.date.date }))).map((c) => ({
        text: c.text,
        datePublished: isoInZone(c.date, data.timeZone),
      })),
    }),
    translations,
  };
}
