/**
 * The site's one door to the articles collection: every page, the feed and the
 * sitemap get their articles here, with permalinks and related links resolved.
 */
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildPublication, duplicatePermalinks, publishedArticles } from '../lib/content/publication.ts';
import { buildInternalIndex, type InternalIndex, resolveRelated } from '../lib/article/related.ts';
import { storyBodyHtml } from '../lib/article/body.ts';
import { readArticleBody } from '../lib/content/reader.ts';
import { siteHref } from '../lib/site/base.ts';
import { escapeMarkup } from '../lib/markup/escape.ts';
import { perContent } from '../lib/incremental/generation.ts';
import { liveModified } from '../lib/live/coverage.ts';
import { getLiveUpdates } from './live-updates.ts';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;

/** The article's URL on this site, base path included. */
export function articleHref(article: Article): string {
  return siteHref(article.data.permalink);
}

/** An author's page, by their entry or their id. */
export function authorHref(author: Author | string): string {
  return siteHref('authors', typeof author === 'string' ? author : author.id);
}

let images: Map<string, CollectionEntry<'articleImages'>['data']> | undefined;

/** Published articles, newest first, as of the build's clock: the one rule in src/lib/content/publication.ts. */
export function getArticles(): Promise<Article[]> {
  return articles();
}

// Once per build, and again after each update of the warm publisher (src/lib/incremental/generation.ts).
const articles = perContent(async () => {
  const [entries, imageEntries] = await Promise.all([getCollection('articles'), getCollection('articleImages')]);
  images = new Map(imageEntries.map((e) => [e.id, e.data]));
  const all = await withLiveDates(entries);
  // scripts/check-content.ts reports this first; this is the guard for builds that skip it.
  const clashes = duplicatePermalinks(all.map((a) => ({ id: a.filePath ?? a.id, path: articleHref(a) })));
  if (clashes.length > 0) {
    const [path, first, second] = clashes[0];
    throw new Error(`Two articles resolve to the same permalink ${path}: "${first}" and "${second}". Change one slug.`);
  }
  return publishedArticles(all, buildPublication());
});

/**
 * The entries with each live story dated by its newest update shown (src/lib/live/coverage.ts): every page, feed and
 * structured data that dates it reads `modified`. The entry's digest stays its file's, so a model remembered by it
 * (src/lib/incremental/memo.ts) keys its live coverage as well.
 */
export async function withLiveDates(entries: readonly Article[]): Promise<Article[]> {
  const updates = await getLiveUpdates();
  return entries.map((a) => {
    const shown = a.data.live && updates.get(a.id);
    if (!shown) return a;
    const timed = shown.map((u) => ({ id: u.data.update, published: u.data.published.date }));
    return { ...a, data: { ...a.data, modified: liveModified(a.data.modified, timed) } };
  });
}

/**
 * The story's main image as astro:assets knows it (its built URL carries a hash of its bytes), with the frontmatter's
 * alt text, credit and caption; undefined when it has none. Known once getArticles() has run.
 */
export type ArticleImage = Omit<NonNullable<Article['data']['image']>, 'src'> & { src: ImageMetadata };

/**
 * An image as a cache key holds it: its built URL (whose name carries a hash of the file's bytes), size and format.
 * astro:assets hands an SVG over as a component, a function with these as properties, and the stable hash leaves
 * functions out, so a key that held the image itself would not change when an SVG's bytes did.
 */
export function imageKey(image: ImageMetadata): Pick<ImageMetadata, 'src' | 'width' | 'height' | 'format'> {
  return { src: image.src, width: image.width, height: image.height, format: image.format };
}

export function articleImage(article: Article): ArticleImage | undefined {
  const image = article.data.image;
  if (!image) return undefined;
  const src = images?.get(article.id)?.src;
  if (!src)
    throw new Error(
      `${article.filePath ?? article.id}: image.src "${image.src}" was not loaded; getArticles() must run first.`,
    );
  return { ...image, src };
}

/** The main image's file on disk, for share cards and cache keys. */
export function articleImageFile(article: Article): string | undefined {
  const image = article.data.image;
  return image && article.filePath ? path.resolve(path.dirname(article.filePath), image.src) : undefined;
}

/** Every author, whether or not they have a published story. */
export const getAuthorEntries = (): Promise<Author[]> => getCollection('authors');

/** Every author by id, read once per build (a lookup per byline was a visible cost of a warm publish at 10,000). */
const authorsById = perContent(async () => new Map((await getAuthorEntries()).map((a) => [a.id, a])));

/** An article's authors in byline order; a missing one has already failed the content check. */
export async function getAuthors(article: Article): Promise<Author[]> {
  const byId = await authorsById();
  return article.data.author.map((id) => {
    const author = byId.get(id);
    if (!author) throw new Error(`${article.filePath ?? article.id}: author "${id}" is not in the authors collection.`);
    return author;
  });
}

/** Original URL to our URL for every published article, built once per build (per page it made builds O(n²)). */
export const getInternalIndex: () => Promise<InternalIndex> = perContent(() =>
  getArticles().then((all) =>
    buildInternalIndex(all.map((a) => ({ sourceUrl: a.data.source?.url, href: articleHref(a) }))),
  ),
);

/** Related links, sent to our own copy when we carry the story. */
export async function getRelated(article: Article) {
  return resolveRelated(article.data.related, await getInternalIndex());
}

/**
 * When the story last changed: the later of `updated` and its latest correction, as its record says, and for a live
 * story its newest update shown (getArticles).
 */
export const articleModified = (article: Article): Date => article.data.modified;

/** The photos in a story's body, by the address its Markdown gives; known once getArticles() has run. */
export type BodyImage = { path: string; src: ImageMetadata };

export const bodyImages = (article: Article): BodyImage[] => images?.get(article.id)?.body ?? [];

/**
 * A story's body as HTML, rendered from its file (`file`; the content store keeps no rendered bodies), each photo in
 * it drawn by astro:assets as Astro's own Markdown would: its built URL carries a hash of its bytes.
 */
export async function getStoryBody({ file, images: photos }: { file: string; images: BodyImage[] }): Promise<string> {
  return storyBodyHtml(readArticleBody(file).body, async ({ src, alt }) => {
    const photo = photos.find((p) => p.path === src);
    if (!photo) throw new Error(`${file}: the body's image "${src}" was not loaded; is the file beside the story?`);
    const image = await getImage({ src: photo.src, alt });
    const attributes = { ...image.attributes, src: image.src, alt, loading: 'lazy', decoding: 'async' };
    return `<img ${Object.entries(attributes)
      .map(([name, value]) => `${name}="${escapeMarkup(String(value))}"`)
      .join(' ')}>`;
  });
}
