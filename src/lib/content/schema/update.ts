/**
 * A live update's frontmatter: one file in a live story's updates folder ("2026/quake.updates/20261025-081500.md"
 * for "2026/quake.md"), one update per file so two editors never edit the same file. Its id is the file name without
 * ".md"; its body is Markdown under the stories' body policy. A doc comment on every field; types everywhere else are
 * inferred from it. Pure, like the story's schema (story.ts): what needs the story (its coverage's start and end, its
 * time zone), the authors or the clock is the content check's (src/lib/content/check.ts).
 */
import { z } from 'astro/zod';
import { timeIssues } from '../../trust/rules.ts';
import { correctionsField, entryId, offsetDateTime, text } from './fields.ts';

const updateFields = z.strictObject({
  /**
   * When the update was published: ISO 8601 with the story's UTC offset, like a story's `published`. Within the
   * coverage (not before `live.start`, not after `live.end`); one dated after the build's clock waits for a later
   * build, as a scheduled story does.
   */
  published: offsetDateTime('published'),
  /** Who wrote it: an author's file name ("pierre-longeray"), or a list of them in byline order. Always a list once parsed. */
  author: z
    .union(
      [entryId('authors'), z.array(entryId('authors')).min(1, { error: 'author must list at least one author' })],
      {
        error:
          'author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order',
      },
    )
    .transform((value) => (Array.isArray(value) ? value : [value])),
  /** A headline of its own, when the update needs one; without it, machines are given its first sentence. */
  headline: text('headline').optional(),
  /** A key event: listed under "Key events" at the top of every page of the coverage. */
  key: z.boolean({ error: 'key must be true or false' }).default(false),
  /** Shown first, above the newest update, on the coverage's first page. One story pins one update at most. */
  pinned: z.boolean({ error: 'pinned must be true or false' }).default(false),
  /** Corrections to this update, printed under it, as a story's are. */
  corrections: correctionsField,
});

export const updateSchema = updateFields.superRefine((update, ctx) => {
  // A correction before the update itself: the same rule as a story's (src/lib/trust/rules.ts).
  for (const issue of timeIssues(update)) ctx.addIssue({ code: 'custom', ...issue });
});

/** An update's frontmatter as written (what the desk edits). */
export type UpdateInput = z.input<typeof updateSchema>;
/** An update as every reader sees it: validated. */
export type Update = z.output<typeof updateSchema>;

/** The folder beside a story that holds its updates: "quake.md" has "quake.updates/". */
export const UPDATES_SUFFIX = '.updates';

/**
 * A live update as the updates loader stores it (src/lib/content/update-loader.ts): validated by `updateSchema` when
 * its file changed, with its story's entry id and its own id beside. Named in src/content.config.ts for the entries'
 * types; the loader stores records, which are never parsed again.
 */
export const storedUpdateSchema = z.strictObject({
  ...updateFields.shape,
  /** The story's entry id: "2026/quake". */
  story: z.string(),
  /** The update's id, its file name without ".md": "20261025-081500". */
  update: z.string(),
});
