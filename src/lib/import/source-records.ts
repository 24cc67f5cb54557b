/**
 * What a source (source.ts) yields: plain records, one per thing an export holds. Everything after the source
 * (planning, writing, the report) works on these shapes alone. A source's posts and attachments carry more fields of
 * their own (WordPress's statuses, terms and meta: wordpress/wxr-records.ts), which only that source reads, through the
 * questions its ImportSource answers.
 */

/** The exported site itself: where its old URLs live. */
export type SiteRecord = {
  kind: 'site';
  title: string;
  /** The site's address as the export gives it ("https://example.org/blog"); old links are relative to it. */
  link: string;
  /** The language its posts are in, as the export gives it ("en-US"): the stories' `lang` (../language.ts). */
  language?: string;
};

/** An account that can sign stories. */
export type AuthorRecord = {
  kind: 'author';
  login: string;
  displayName: string;
  firstName: string;
  lastName: string;
};

/** A post, page or any other content item, as every source has it. */
export type SourcePost = {
  kind: 'post';
  id: string;
  /** The title as the export has it, HTML and character references included. */
  title: string;
  /** Its address on the old site. */
  link: string;
  /** The old site's slug, as stored (WordPress percent-encodes non-ASCII ones). */
  slug: string;
  /** The body as the export stores it, for the source's `bodyHtml`; '' on a first pass, which leaves bodies out. */
  content: string;
  /** The summary its author wrote (WordPress's excerpt), HTML; '' when none. */
  excerpt: string;
  /** How many comments it has: counted in the report, never carried over. */
  comments: number;
};

/** A media item: an uploaded file, named by its URL on the old site. */
export type SourceAttachment = { kind: 'attachment'; id: string; url: string };

export type SourceRecord<P extends SourcePost = SourcePost, A extends SourceAttachment = SourceAttachment> =
  SiteRecord | AuthorRecord | P | A;

/** Reading progress, for long imports: bytes read of the whole. */
export type ReadProgress = { bytesRead: number; totalBytes: number; items: number };
