/**
 * schema.org NewsArticle for an article page, following Google's Article
 * structured-data guidance (https://developers.google.com/search/docs/appearance/structured-data/article):
 * the story's image (its share card, 1200×630), dates with their offsets, authors as
 * Person with a profile URL, and corrections as schema.org CorrectionComment
 * (https://schema.org/correction).
 */

export type JsonLdPerson = { name: string; url: string; sameAs: string[] };
export type JsonLdLogo = { url: string; width: number; height: number };

export type NewsArticleInput = {
  /** The page's absolute URL. */
  url: string;
  headline: string;
  description: string;
  /** Absolute URLs of the 16:9, 4:3 and 1:1 crops. */
  images: string[];
  /** ISO 8601 with the article's own UTC offset. */
  datePublished: string;
  dateModified: string;
  /** In byline order. */
  authors: JsonLdPerson[];
  publisher: { name: string; url: string; logo: JsonLdLogo };
  /** As printed: "Paris, FR"; absent when the story has none, and then no place is claimed. */
  dateline?: string;
  section: string;
  keywords: string[];
  inLanguage: string;
  /** The original article, for republished stories. */
  isBasedOn?: string;
  /** Each as a CorrectionComment, datePublished with the article's offset. */
  corrections?: { text: string; datePublished: string }[];
};

export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    image: input.images,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: input.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url, sameAs: a.sameAs })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', ...input.publisher.logo },
    },
    ...(input.dateline
      ? { dateline: input.dateline, locationCreated: { '@type': 'Place', name: input.dateline } }
      : {}),
    articleSection: input.section,
    keywords: input.keywords,
    inLanguage: input.inLanguage,
    ...(input.isBasedOn ? { isBasedOn: input.isBasedOn } : {}),
    ...(input.corrections?.length
      ? {
          correction: input.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.text,
            datePublished: c.datePublished,
          })),
        }
      : {}),
  };
}

/** One update of live coverage, as a schema.org BlogPosting. */
export type BlogPostingInput = {
  /** Its headline, or its first sentence when it has none. */
  headline: string;
  /** Its text. */
  articleBody: string;
  /** ISO 8601 with the story's offset. */
  datePublished: string;
  /** When it was last corrected, if ever. */
  dateModified?: string;
  authors: { name: string; url: string }[];
  /** Where it is: its page's absolute URL and its anchor. */
  url: string;
};

export type LiveBlogInput = {
  /** ISO 8601 with the story's offset. */
  coverageStartTime: string;
  /** Once the coverage has ended. */
  coverageEndTime?: string;
  /** The updates this page shows, newest first. */
  updates: BlogPostingInput[];
};

/**
 * schema.org LiveBlogPosting for a page of live coverage (https://schema.org/LiveBlogPosting): the story's facts as
 * for a NewsArticle, its coverage's start and (once it has ended) end, and the updates the page shows, each a
 * BlogPosting with its headline, text, date, authors and URL. LiveBlogPosting is a BlogPosting, not a NewsArticle,
 * so the NewsArticle-only `dateline` is left out (`locationCreated` still names the place); a test checks the whole
 * against schema.org's vocabulary (tests/unit/seo/structured-data-vocabulary.test.ts).
 */
export function liveBlogPosting(input: NewsArticleInput, live: LiveBlogInput): Record<string, unknown> {
  const { dateline: _dateline, ...article } = newsArticle(input);
  return {
    ...article,
    '@type': 'LiveBlogPosting',
    coverageStartTime: live.coverageStartTime,
    ...(live.coverageEndTime ? { coverageEndTime: live.coverageEndTime } : {}),
    liveBlogUpdate: live.updates.map((u) => ({
      '@type': 'BlogPosting',
      headline: u.headline,
      articleBody: u.articleBody,
      datePublished: u.datePublished,
      ...(u.dateModified ? { dateModified: u.dateModified } : {}),
      author: u.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })),
      url: u.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. The HTML parser ends
 * a script at "</script" whatever JSON thinks, and "<!--" can change how it
 * scans; escaping every "<", ">" and "&" as a JSON unicode escape keeps the text
 * inert and still parses to the same value. U+2028/2029 are escaped for old JS parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
