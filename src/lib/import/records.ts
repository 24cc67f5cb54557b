/**
 * What a reader of another system's export yields: plain records, one per thing the export holds. The WXR reader
 * (wxr-reader.ts) is the first; a Ghost JSON or RSS reader would yield the same shapes, and everything after the
 * reader (mapping, writing, the report) works on these alone.
 */

/** The exported site itself: where its old URLs live. */
export type SiteRecord = {
  kind: 'site';
  title: string;
  /** The site's address as the export gives it ("https://example.org/blog"); old links are relative to it. */
  link: string;
};

/** An account that can sign stories. */
export type AuthorRecord = {
  kind: 'author';
  login: string;
  displayName: string;
  firstName: string;
  lastName: string;
};

/** A category, tag or other term the export declares. */
export type TermRecord = {
  kind: 'term';
  /** "category", "post_tag", "author" (Co-Authors Plus), "post_format", … */
  taxonomy: string;
  slug: string;
  name: string;
  description: string;
};

/** A term as an item lists it: `<category domain="post_tag" nicename="mali">Mali</category>`. */
export type ItemTerm = { taxonomy: string; slug: string; name: string };

/** A post, page or any other content item except attachments (which are `AttachmentRecord`s). */
export type PostRecord = {
  kind: 'post';
  id: string;
  /** "post", "page", "nav_menu_item", "guest-author", … */
  postType: string;
  /** "publish", "future", "draft", "pending", "private", "trash", "auto-draft", "inherit". */
  status: string;
  title: string;
  link: string;
  creator: string;
  /** Wall-clock time in the site's zone, "2010-08-07 06:00:19". */
  date: string;
  /** The same moment in UTC, or "0000-00-00 00:00:00" when WordPress never fixed it (drafts). */
  dateGmt: string;
  slug: string;
  password: string;
  /** HTML as WordPress stores it: block comments, shortcodes and, for classic posts, bare line breaks. */
  content: string;
  excerpt: string;
  terms: ItemTerm[];
  meta: Record<string, string>;
  comments: number;
  /** Line in the export where the item starts, for messages. */
  line: number;
};

/** A media item: an uploaded file and what WordPress knows about it. */
export type AttachmentRecord = {
  kind: 'attachment';
  id: string;
  title: string;
  url: string;
  /** The caption as WordPress stores it (the attachment's excerpt). */
  caption: string;
  meta: Record<string, string>;
  parent: string;
  line: number;
};

export type SourceRecord = SiteRecord | AuthorRecord | TermRecord | PostRecord | AttachmentRecord;

/** Reading progress, for long imports: bytes read of the whole. */
export type ReadProgress = { bytesRead: number; totalBytes: number; items: number };
