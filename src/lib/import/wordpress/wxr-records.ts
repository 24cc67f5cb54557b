/**
 * The records the WXR reader yields: the shared shapes (../source-records.ts) with what WordPress keeps besides,
 * which only the WordPress source (source.ts, posts.ts) reads.
 */
import type { AuthorRecord, SiteRecord, SourceAttachment, SourcePost } from '../source-records.ts';

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
export type PostRecord = SourcePost & {
  /** "post", "page", "nav_menu_item", "guest-author", … */
  postType: string;
  /** "publish", "future", "draft", "pending", "private", "trash", "auto-draft", "inherit". */
  status: string;
  creator: string;
  /** Wall-clock time in the site's zone, "2010-08-07 06:00:19". */
  date: string;
  /** The same moment in UTC, or "0000-00-00 00:00:00" when WordPress never fixed it (drafts). */
  dateGmt: string;
  password: string;
  /** HTML as WordPress stores it: block comments, shortcodes and, for classic posts, bare line breaks. */
  content: string;
  terms: ItemTerm[];
  meta: Record<string, string>;
  /** Line in the export where the item starts, for messages. */
  line: number;
};

/** A media item: an uploaded file and what WordPress knows about it. */
export type AttachmentRecord = SourceAttachment & {
  title: string;
  /** The caption as WordPress stores it (the attachment's excerpt). */
  caption: string;
  meta: Record<string, string>;
  parent: string;
  line: number;
};

export type WxrRecord = SiteRecord | AuthorRecord | TermRecord | PostRecord | AttachmentRecord;
