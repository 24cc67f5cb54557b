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
