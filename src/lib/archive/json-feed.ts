/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), as plain data: the endpoint
 * (src/pages/feed.json.ts) fills it from the collection. Like rss.xml, items carry
 * summaries, not full text: the stories are republished, and the page is where
 * the reader meets the source note.
 */

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export type JsonFeedAuthor = { name: string; url: string };

export type JsonFeedStory = {
  /** Absolute permalink; also the item's id, which never changes. */
  url: string;
  title: string;
  /** The standfirst. */
  summary: string;
  /** Plain text shown by readers that want content: the summary plus any credit line. */
  text: string;
  /** Absolute URL of the share card. */
  image: string;
  /** RFC 3339 with the article's offset. */
  published: string;
  /** Present only when the story changed after publication (an update or a correction). */
  modified?: string;
  /** In byline order. */
  authors: JsonFeedAuthor[];
  tags: string[];
};

export type JsonFeedInput = {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrl: string;
  language: string;
  icon: string;
  favicon: string;
  stories: JsonFeedStory[];
};

export function jsonFeed(input: JsonFeedInput): Record<string, unknown> {
  return {
    version: JSON_FEED_VERSION,
    title: input.title,
    home_page_url: input.homePageUrl,
    feed_url: input.feedUrl,
    description: input.description,
    icon: input.icon,
    favicon: input.favicon,
    language: input.language,
    items: input.stories.map((s) => ({
      id: s.url,
      url: s.url,
      title: s.title,
      content_text: s.text,
      summary: s.summary,
      image: s.image,
      date_published: s.published,
      ...(s.modified ? { date_modified: s.modified } : {}),
      authors: s.authors.map((a) => ({ name: a.name, url: a.url })),
      tags: s.tags,
    })),
  };
}
