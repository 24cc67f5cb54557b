/**
 * The <meta> tags a page carries for link previews (Open Graph, Twitter) and
 * crawlers (robots), as data: the component only prints them.
 */

export type ShareImage = { url: string; width: number; height: number; type: string; alt: string };

export type ArticleFacts = {
  publishedTime: string;
  modifiedTime: string;
  /** Absolute URLs of the authors' pages on this site, in byline order: one article:author each. */
  authorUrls: string[];
  section: string;
  tags: string[];
  /** Twitter handle without "@". */
  twitterHandle?: string;
  /** Republished from elsewhere: see robotsFor(). */
  republished: boolean;
};

export type PageMetaInput = {
  title: string;
  description: string;
  canonical: string;
  siteName: string;
  /** The page's language as Open Graph names it ("fa_IR"), and its translations' (og:locale:alternate). */
  locale: string;
  localeAlternates?: string[];
  image: ShareImage;
  article?: ArticleFacts;
};

export type MetaTag = { name: string; content: string } | { property: string; content: string };

/**
 * Robots directives. Republished (syndicated) stories are kept out of the index:
 * Google's guidance for syndicated content is that a cross-site canonical "is not
 * recommended" and "the most effective solution is for partners to block indexing"
 * (https://developers.google.com/search/docs/crawling-indexing/canonicalization-troubleshooting).
 * Large previews are allowed everywhere, so Discover and search can show the card.
 */
export function robotsFor(article?: Pick<ArticleFacts, 'republished'>): string {
  return `${article?.republished ? 'noindex' : 'index'}, follow, max-image-preview:large`;
}

export function metaTags(input: PageMetaInput): MetaTag[] {
  const { image, article } = input;
  const tags: MetaTag[] = [
    { name: 'robots', content: robotsFor(article) },
    { property: 'og:type', content: article ? 'article' : 'website' },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: input.canonical },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:locale', content: input.locale },
    ...(input.localeAlternates ?? []).map((locale) => ({ property: 'og:locale:alternate', content: locale })),
    { property: 'og:image', content: image.url },
    { property: 'og:image:secure_url', content: image.url },
    { property: 'og:image:width', content: String(image.width) },
    { property: 'og:image:height', content: String(image.height) },
    { property: 'og:image:type', content: image.type },
    { property: 'og:image:alt', content: image.alt },
  ].filter((t) => t.property !== 'og:image:secure_url' || image.url.startsWith('https:'));
  if (article) {
    tags.push(
      { property: 'article:published_time', content: article.publishedTime },
      { property: 'article:modified_time', content: article.modifiedTime },
      ...article.authorUrls.map((url) => ({ property: 'article:author', content: url })),
      { property: 'article:section', content: article.section },
      ...article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
    );
  }
  tags.push(
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: image.url },
    { name: 'twitter:image:alt', content: image.alt },
  );
  if (article?.twitterHandle) tags.push({ name: 'twitter:creator', content: `@${article.twitterHandle}` });
  return tags;
}
