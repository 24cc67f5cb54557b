/**
 * Share images for articles and the site: where each lives, what it says, and
 * how it is drawn. Pages, the feed and the image endpoint all ask here, so the
 * URL a card declares is the file the build writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { calendarDateInZone, formatDisplayDate } from '../lib/article/dates.ts';
import { articlePath } from '../lib/article/permalink.ts';
import { frontmatterData } from '../lib/content/reader.ts';
import { renderShareImage } from '../lib/share-card/render.ts';
import { SHARE_FORMATS, type ShareFormat } from '../lib/share-card/layout.ts';
import { SITE } from '../lib/site/identity.ts';
import { withBase } from '../lib/site/url.ts';
import { type Article, getAuthors } from './articles.ts';
import { joinNames } from '../lib/trust/byline.ts';

const base = import.meta.env.BASE_URL;

function articleSegments(article: Article): string {
  return articlePath({ ...article.data, published: article.data.published.date });
}

/** Site-relative URL of one of an article's share images: /share/2015/06/11/<slug>/card.png */
export function shareImageHref(article: Article, format: ShareFormat): string {
  return withBase(base, 'share', articleSegments(article), `${format}.png`);
}

/** The card used by pages that are not articles. */
export const DEFAULT_SHARE_IMAGE = { format: 'card' as const, segments: 'default' };
export function defaultShareImageHref(): string {
  return withBase(base, 'share', `${DEFAULT_SHARE_IMAGE.segments}.png`);
}

/** What the card shows, in words, for og:image:alt and twitter:image:alt; `authors` are the names in byline order. */
export function shareImageAlt(article: Article, authors: string[]): string {
  const { headline, published, timeZone, image } = article.data;
  const shown = `${SITE.name} story card: "${headline}", by ${joinNames(authors)}, published ${formatDisplayDate(published.date, timeZone)}`;
  return image ? `${shown}, beside the story's image: ${image.alt}` : shown;
}
export const DEFAULT_SHARE_IMAGE_ALT = `${SITE.name}: ${SITE.tagline}`;

/**
 * The file on disk behind an image() field. Astro keeps it on raster metadata
 * during the build, but not on SVGs (which it turns into components), so for
 * those the path written in the frontmatter is resolved against the entry's file.
 */
function imageFile(image: ImageMetadata, article: Article): string {
  const fsPath = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (fsPath) return fsPath;
  const entryFile = article.filePath ? path.resolve(article.filePath) : undefined;
  const written = entryFile ? frontmatterData(fs.readFileSync(entryFile, 'utf8'))?.image?.src : undefined;
  const resolved = entryFile && typeof written === 'string' ? path.resolve(path.dirname(entryFile), written) : undefined;
  if (!resolved || !fs.existsSync(resolved)) {
    throw new Error(`${article.filePath ?? article.id}: image.src could not be located on disk for its share image.`);
  }
  return resolved;
}

export async function renderArticleShareImage(article: Article, format: ShareFormat): Promise<Buffer> {
  const { headline, published, timeZone, image } = article.data;
  try {
    return await renderShareImage({
      ...SHARE_FORMATS[format],
      headline,
      authors: (await getAuthors(article)).map((a) => a.data.name),
      siteName: SITE.name,
      dateText: formatDisplayDate(published.date, timeZone),
      year: calendarDateInZone(published.date, timeZone).year,
      imageFile: image ? imageFile(image.src, article) : undefined,
    });
  } catch (error) {
    throw new Error(`${article.filePath ?? article.id}: share image (${format}) for headline failed: ${(error as Error).message}`);
  }
}

export function renderDefaultShareImage(): Promise<Buffer> {
  return renderShareImage({ ...SHARE_FORMATS.card, headline: SITE.tagline, siteName: SITE.name });
}

/** Every share image the site publishes, as endpoint paths (without ".png") and how to draw each. */
export function shareImageRoutes(articles: Article[]): { image: string; render: () => Promise<Buffer> }[] {
  return [
    { image: DEFAULT_SHARE_IMAGE.segments, render: renderDefaultShareImage },
    ...articles.flatMap((article) =>
      (Object.keys(SHARE_FORMATS) as ShareFormat[]).map((format) => ({
        image: `${articleSegments(article)}/${format}`,
        render: () => renderArticleShareImage(article, format),
      })),
    ),
  ];
}
