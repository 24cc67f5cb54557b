/**
 * Share images for articles and the site: where each lives, what it says, and
 * how it is drawn. Pages, the feed and the image endpoint all ask here, so the
 * URL a card declares is the file the build writes.
 */
import { calendarDateInZone } from '../lib/article/dates.ts';
import { codePointNames } from '../lib/fonts/unicode.ts';
import {
  renderShareCard,
  renderShareImage,
  type ShareImageRequest,
  shareImageKey,
  shareImageSize,
} from '../lib/share-card/render.ts';
import { SHARE_FORMATS, type ShareFormat } from '../lib/share-card/layout.ts';
import { cardByline } from '../lib/share-card/card-byline.ts';
import { site, siteLanguage, storyLanguage } from './language.ts';
import { type Article, articleImageFile, getAuthors } from './articles.ts';
import { siteHref } from '../lib/site/base.ts';

function articleSegments(article: Article): string {
  return article.data.permalink;
}

/** Site-relative URL of one of an article's share images: /share/2015/06/11/<slug>/card.png */
export function shareImageHref(article: Article, format: ShareFormat): string {
  return siteHref('share', articleSegments(article), `${format}.png`);
}

/** The card used by pages that are not articles. */
export const DEFAULT_SHARE_IMAGE = { format: 'card' as const, segments: 'default' };
export function defaultShareImageHref(): string {
  return siteHref('share', `${DEFAULT_SHARE_IMAGE.segments}.png`);
}

/**
 * What the card shows, in words and in the story's language, for og:image:alt and twitter:image:alt; `authors` are
 * the names in byline order.
 */
export function shareImageAlt(article: Article, authors: string[]): string {
  const { headline, published, timeZone, image } = article.data;
  const i18n = storyLanguage(article);
  const values = {
    site: site().name,
    headline,
    authors: i18n.list(authors),
    date: i18n.date(published.date, timeZone),
  };
  return image ? i18n.t('article.cardAltWithImage', { ...values, alt: image.alt }) : i18n.t('article.cardAlt', values);
}

/** The alt text of the card pages that are not stories share: the site's name and tagline. */
export const defaultShareImageAlt = () => `${site().name}: ${site().tagline}`;

/** What an article's card shows, and the photo beside it. */
async function articleShareRequest(article: Article, format: ShareFormat): Promise<ShareImageRequest> {
  const { headline, published, timeZone } = article.data;
  const i18n = storyLanguage(article);
  return {
    ...SHARE_FORMATS[format],
    // The story's language: the card's direction, line breaks and the words around the headline.
    lang: i18n.tag,
    headline,
    byline: cardByline(
      i18n,
      (await getAuthors(article)).map((a) => a.data.name),
    ),
    siteName: site().name,
    dateText: i18n.date(published.date, timeZone),
    year: calendarDateInZone(published.date, timeZone).year,
    imageFile: articleImageFile(article),
  };
}

/** Runs one step for an article's share image, naming the file when it fails. */
async function forArticle<T>(
  article: Article,
  format: ShareFormat,
  step: (request: ShareImageRequest) => Promise<T>,
): Promise<T> {
  try {
    return await step(await articleShareRequest(article, format));
  } catch (error) {
    throw new Error(
      `${article.filePath ?? article.id}: share image (${format}) for headline failed: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * An article's card. What no bundled font can draw (an emoji, say) is left out of the card, and said here, naming the
 * story, on every build that draws or reads the card back; the content check warns about the same characters earlier.
 */
export const renderArticleShareImage = (article: Article, format: ShareFormat) =>
  forArticle(article, format, async (r) => {
    const { png, missing } = await renderShareCard(r);
    if (missing.length > 0) {
      const named = missing.map((m) => `"${m}" (${codePointNames(m)})`).join(', ');
      console.warn(
        `${article.filePath ?? article.id}: no bundled font can draw ${named}; the share card (${format}) leaves it out.`,
      );
    }
    return png;
  });
/** The card's size in bytes, for the feed's enclosure, without reading the card back. */
export const articleShareImageSize = (article: Article, format: ShareFormat) =>
  forArticle(article, format, (r) => shareImageSize(r));

const defaultRequest = (): ShareImageRequest => ({
  ...SHARE_FORMATS.card,
  lang: siteLanguage().tag,
  headline: site().tagline,
  siteName: site().name,
});
export function renderDefaultShareImage(): Promise<Buffer> {
  return renderShareImage(defaultRequest());
}

export type ShareImageRoute = { image: string; render: () => Promise<Buffer>; cacheKey: string };

/**
 * Every share image the site publishes, as endpoint paths (without ".png"), how to draw each, and its incremental
 * cache key, which is the image's own content address: an unchanged card is restored, not read back and re-sent.
 */
export async function shareImageRoutes(articles: Article[]): Promise<ShareImageRoute[]> {
  const articleRoutes = articles.flatMap((article) =>
    (Object.keys(SHARE_FORMATS) as ShareFormat[]).map(async (format) => ({
      image: `${articleSegments(article)}/${format}`,
      render: () => renderArticleShareImage(article, format),
      cacheKey: await forArticle(article, format, shareImageKey),
    })),
  );
  return [
    {
      image: DEFAULT_SHARE_IMAGE.segments,
      render: renderDefaultShareImage,
      cacheKey: await shareImageKey(defaultRequest()),
    },
    ...(await Promise.all(articleRoutes)),
  ];
}
