/**
 * The schemas of the newsroom's other files: authors (content/authors/<id>.yaml) and the front page's pins
 * (content/front.yaml). Plain Zod, like the story's (story.ts), so the content check and the desk read them as Astro does.
 */
import { z } from 'astro/zod';
import { entryId, offsetDateTime, text } from './fields.ts';

export const authorSchema = z.strictObject({
  /** The author's name as printed in bylines. */
  name: text('name'),
  /** Twitter handle without the "@": "PLongeray". */
  twitter: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,15}$/, { error: 'twitter must be a handle without "@": letters, digits, underscores' })
    .optional(),
});

/**
 * The front page file, content/front.yaml: what the editors pin to the top of the front page. A tree without the file
 * pins nothing, and the newest story leads (src/lib/front/).
 */
export const frontPageSchema = z.strictObject({
  /**
   * The pinned stories, in order: the first pin in force leads, the next ones are the top stories beside it (five
   * places in all; a later pin waits for a place). A pin on a story not yet published waits for it. Empty or
   * absent, the newest story leads.
   */
  pins: z
    .array(
      z.strictObject({
        /** The story, by its file under articles/ without ".md" ("2015/misseni-attack"), as `author` names an author file. */
        story: entryId('articles'),
        /** When the pin lapses: the first build after it puts the story back in its place by date. Absent, it holds. */
        until: offsetDateTime('pins.until').optional(),
      }),
      { error: 'pins must be a list of { story, until } entries' },
    )
    .default([]),
});

export type Author = z.output<typeof authorSchema>;
export type FrontPage = z.output<typeof frontPageSchema>;
