/**
 * Share images for articles and the site: where each lives, what it says, and
 * how it is drawn. Pages, the feed and the image endpoint all ask here, so the
 * URL a card declares is the file the build writes.
 */
import { calendarDateInZone, formatDisplayDate } from '../lib/article/dates.ts';
import { storyPath } from '../lib/article/permalink.ts';
import { codePointNames } from '../lib/fonts/unicode.ts';
import {
  renderShareCard,
  renderShareImage,
  type ShareImageRequest,
  shareImageKey,
  shareImageSize,
} from '../lib/share-card/render.ts';
import { SHARE_FORMATS, type ShareFormat } from '../lib/share-card/layout.ts';
import { SITE } from '../lib/site/identity.ts';
import { type Article, articleImageFile, getAuthors } from './articles.ts';
import { joinNames } from '../lib/trust/byline.ts';
import { siteHref } from '../lib/site/base.ts';

function articleSegments(article: Article): string {
  return storyPath(article.data);
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

/** What the card shows, in words, for og:image:alt and twitter:image:alt; `authors` are the names in byline order. */
export function shareImageAlt(article: Article, authors: string[]): string {
  const { headline, published, timeZone, image } = article.data;
  const shown = `${SITE.name} story card: "${headline}", by ${joinNames(authors)}, published ${formatDisplayDate(published.date, timeZone)}`;
  return image ? `${shown}, beside the story's image: ${image.alt}` : shown;
}
export const DEFAULT_SHARE_IMAGE_ALT = `${SITE.name}: ${SITE.tagline}`;

/** What an article's card shows, and the photo beside it. */
async function articleShareRequest(article: Article, format: ShareFormat): Promise<ShareImageRequest> {
  const { headline, published, timeZone } = article.data;
  return {
    ...SHARE_FORMATS[format],
    // The site's language for now; each story's own once stories carry a `lang`.
    lang: SITE.lang,
    headline,
    authors: (await getAuthors(article)).map((a) => a.data.name),
    siteName: SITE.name,
    dateText: formatDisplayDate(published.date, timeZone),
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

const DEFAULT_REQUEST: ShareImageRequest = {
  ...SHARE_FORMATS.card,
  lang: SITE.lang,
  headline: SITE.tagline,
  siteName: SITE.name,
};
export function renderDefaultShareImage(): Promise<Buffer> {
  return renderShareImage(DEFAULT_REQUEST);
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
      cacheKey: await shareImageKey(DEFAULT_REQUEST),
    },
    ...(await Promise.all(articleRoutes)),
  ];
}
