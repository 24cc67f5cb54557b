/**
 * Where an archive comes from: one small interface that the rest of the import (plan/, write-story.ts, run.ts) uses,
 * and that each source implements in a folder of its own. WordPress (wordpress/source.ts) is the first; a second,
 * Ghost's JSON export for one, is a sibling folder answering the same questions about its own records.
 */
import type { ReadProgress, SiteRecord, SourceAttachment, SourcePost, SourceRecord } from './source-records.ts';

/** An export that cannot be read (malformed, or not of its kind). Nothing has been written when it is thrown. */
export class ExportError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(file: string, line: number, column: number, reason: string) {
    super(line > 0 ? `${file}, line ${line}, column ${column}: ${reason}` : `${file}: ${reason}`);
    this.name = 'ExportError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** A post's date as Gazette writes it. */
export type ImportedDate = {
  /** ISO 8601 with the zone's offset on that date: what `published` holds. */
  published: string;
  instant: Date;
  /** Why the source's own offset is not the zone's, when it is not; the moment is kept either way. */
  disagreement?: string;
};

/**
 * What becomes of a post: skipped (tallied under `kind`, and listed with `why` when a reader would miss it), or
 * brought in; `draft` when the source holds it unpublished. `was` says what it was there, for the report.
 */
export type PostFate =
  | { skip: { kind: string; why?: string } }
  | { story: { draft: boolean; was: 'published' | 'scheduled' | 'a draft' | 'pending review'; notes: string[] } };

/** A post's facts for its frontmatter, as the source keeps them. */
export type PostFacts = {
  /** The byline in order: each account's login, and the name to report when it matches no author. */
  byline: { login: string; shown: string }[];
  /** Category names (the first that is not the default is the section) and tag names, as plain text. */
  categories: string[];
  tags: string[];
  /** A dateline the source records for this post (a custom field); never guessed. */
  dateline?: string;
  /** The attachment id of its main image. */
  featuredImage?: string;
  /** Its old addresses, relative to the old site ("/2010/08/07/slug/", "/?p=12"), in order; the plan checks them. */
  oldAddresses: string[];
};

/** Where an upload's file sits under --media: its path, and the copies it may have been made from, in order. */
export type MediaPath = { path: string; candidates: string[] } | { missing: string };

export interface ImportSource<P extends SourcePost = SourcePost, A extends SourceAttachment = SourceAttachment> {
  /** The system's name, as each file's provenance comment gives it: "WordPress". */
  readonly name: string;
  /** The export, as the report's first line names it: "WordPress export export.xml". */
  readonly label: string;
  /**
   * Every record in the export, in order: the site first. The first pass asks without bodies, and may get posts
   * with only what the questions below need. Throws ExportError, before the first pass ends, for an unreadable export.
   */
  records(pass: { bodies: boolean; onProgress?: (progress: ReadProgress) => void }): AsyncIterable<SourceRecord<P, A>>;
  /** How report lines name a post: `post 17 "Heading" (line 419)`. */
  describe(post: P): string;
  fate(post: P): PostFate;
  /** When it was published, written in the newsroom's zone; or, when the export gives no date, why not. */
  published(post: P, timeZone: string): ImportedDate | { undated: string };
  facts(post: P, site: SiteRecord): PostFacts;
  /** The body as HTML for the shared conversion (body/), and what was left out on the way (report lines). */
  bodyHtml(post: P): { html: string; notes: string[] };
  /** A photo's alt text, caption (plain text) and the credit embedded in its file's metadata ('' for none). */
  image(attachment: A): { alt: string; caption: string; credit: string };
  /** Where a media URL's file sits under --media, or why it cannot be there. */
  mediaPath(url: string): MediaPath;
}
