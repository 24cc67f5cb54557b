/**
 * A story's frontmatter: the one schema every reader of a story goes through (the content layer, the content check,
 * the sitemap, redirects, search records, the desk and the importer, all by way of its record: ../story-record.ts).
 * A doc comment on every field; types everywhere else are inferred from it. Its last step enriches the story once
 * with what every consumer derives from it (the permalink, the modified time), so none derives it differently.
 * Pure: it reads no clock and no other file, so a story's record depends on its bytes alone.
 */
import { z } from 'astro/zod';
import { isTimeZone } from '../../article/dates.ts';
import { foldedSlug, isSlug, SLUG_PATTERN, storyPath } from '../../article/permalink.ts';
import { parseAlias } from '../../article/aliases.ts';
import { placesSchema } from '../../map/places.ts';
import { storyModified } from '../../trust/updates.ts';
import { correctionsField, entryId, languageTag, offsetDateTime, text, webUrl } from './fields.ts';
import { datesInZone, requiredToPublish } from './story-checks.ts';

/** What a slug may hold, as the content check and the desk say it. */
export const SLUG_RULE =
  'slug must be lower-case letters (of any script) and digits, in words joined by single hyphens, like "armed-gunmen-attack" or "حمله-به-میسنی": no capitals, spaces or punctuation';

const storyFields = z.strictObject({
  /** The headline, as printed. Required. */
  headline: text('headline'),
  /**
   * The standfirst: one or two sentences under the headline that say what the story is. Required to publish; a
   * draft may lack it (the content check warns).
   */
  standfirst: text('standfirst').optional(),
  /**
   * The permalink's last segment: lower-case words of any script joined by hyphens, folded as section and tag names are
   * (src/lib/archive/slug.ts). Fixed once published, so links never break.
   */
  slug: z
    .string({ error: 'slug is required' })
    .regex(SLUG_PATTERN, { error: SLUG_RULE })
    .refine((slug) => !SLUG_PATTERN.test(slug) || isSlug(slug), {
      error: (issue) =>
        `slug must be written as Gazette would make it from the same words, "${foldedSlug(String(issue.input))}": no accents on Latin or Greek letters, ASCII digits, nothing invisible, composed characters (NFC), at most 200 bytes`,
    }),
  /**
   * The byline: an entry in the authors collection, by its file name ("pierre-longeray"), or a list of them
   * in byline order ([ada-ndiaye, tomas-berg]). Always a list once parsed. Required to publish; a draft may lack
   * it (the content check warns).
   */
  author: z
    .union(
      [entryId('authors'), z.array(entryId('authors')).min(1, { error: 'author must list at least one author' })],
      {
        error:
          'author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order',
      },
    )
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional(),
  /** When the story was first published: ISO 8601 with its UTC offset. Also fixes the permalink's date. */
  published: offsetDateTime('published'),
  /**
   * When the story was last substantively updated, if ever; same format as `published`, and not earlier.
   * Printed as "Updated …" when 30 minutes or more after publication (src/lib/trust/updates.ts).
   */
  updated: offsetDateTime('updated').optional(),
  /** Corrections, each printed at the end of the story; a correction also counts as an update. */
  corrections: correctionsField,
  /** IANA time zone the newsroom dates the story in (e.g. "Europe/Paris"); dates are shown in it. */
  timeZone: z.string({ error: 'timeZone is required, an IANA zone like "Europe/Paris"' }).refine(isTimeZone, {
    error: 'timeZone must be an IANA time zone name, like "Europe/Paris"',
  }),
  /**
   * Where the story was reported from, as printed before the date: "Paris, FR". Only when it is a fact: most
   * stories (analysis, opinion, explainers) have none, and none is ever made up.
   */
  dateline: text('dateline').optional(),
  /** The main image, when the story has one. Omit it rather than use a stand-in. */
  image: z
    .strictObject({
      /** Path to the image file, relative to this Markdown file ("./misseni-attack-map.svg"). */
      src: z
        .string({ error: 'image.src is required: a path to the image file, relative to the Markdown file' })
        .min(1, { error: 'image.src must not be empty: a path to the image file, relative to the Markdown file' }),
      /** What the image shows, for readers who cannot see it. Required. */
      alt: text('image.alt'),
      /** Who made or supplied the image, as printed: "Map: Gazette. Data: Natural Earth". Required. */
      credit: text('image.credit'),
      /** A caption saying what the image shows, if the alt text is not enough for sighted readers. */
      caption: text('image.caption').optional(),
    })
    .optional(),
  /**
   * Places for the article's locator map (name, lat, lon, role, source; each field is documented in
   * src/lib/map/places.ts). `npm run maps` draws the map next to this file; point `image.src` at it to show it.
   */
  places: placesSchema.optional(),
  /** The desk the story belongs to, shown above the headline: "World". */
  section: text('section'),
  /** Topics, used for the feed's categories and article:tag. */
  tags: z.array(text('tag'), { error: 'tags must be a list, like [Mali, Sahel]' }).default([]),
  /** Further reading, shown as the "Related" list. Inline "Related:" lines in the body link to these. */
  related: z
    .array(
      z.strictObject({
        /** The related story's headline, as linked. */
        title: text('related.title'),
        /** Where it was originally published. Linked internally when that story is also in Gazette. */
        url: webUrl('related.url'),
      }),
      { error: 'related must be a list of { title, url } entries' },
    )
    .default([]),
  /** Where the story first appeared, for republished stories. */
  source: z
    .strictObject({
      /** The original publisher: "VICE News". */
      publisher: text('source.publisher'),
      /** The original article's URL. */
      url: webUrl('source.url'),
      /** Credit line of the original's image when Gazette does not reproduce that image; shown only as "not reproduced". */
      imageNotReproduced: text('source.imageNotReproduced').optional(),
    })
    .optional(),
  /**
   * Old addresses of the story, each redirected permanently to its permalink on every host (docs/import.md):
   * paths relative to BASE_PATH as a browser requests them ("/2010/08/07/old-slug/"), or WordPress's "/?p=123".
   * `npm run import` writes them; none may be another story's permalink or old address. Each is read once, here, into
   * its path, decoded path and WordPress post id (src/lib/article/aliases.ts), and keeps its `written` form.
   */
  aliases: z
    .array(
      z
        .string({ error: 'aliases must list old addresses as text, like "/2010/08/07/old-slug/"' })
        .transform((written, ctx) => {
          const alias = parseAlias(written);
          if (typeof alias === 'string') {
            ctx.issues.push({ code: 'custom', message: alias, input: written });
            return z.NEVER;
          }
          return { ...alias, written };
        }),
      { error: 'aliases must be a list of old addresses, like ["/2010/08/07/old-slug/", "/?p=123"]' },
    )
    .default([]),
  /**
   * The story's language, a BCP 47 tag ("fa", "ru", "zh-Hans"), when it is not the site's (content/site.yaml's
   * `language`). Its page, card, dates and machine-readable fields are in it; a language with an edition of its own
   * (site.yaml's `languages`) lists it there, any other in the main edition, marked with its language.
   */
  lang: languageTag('lang').optional(),
  /**
   * Links translations of one story, as Hugo does: every story with the same key is the same story in another
   * language, and each page names the others ("Read in: فارسی · English", and hreflang for machines). At most one
   * story per language may carry a key.
   */
  translationKey: text('translationKey').optional(),
  /**
   * Live coverage: the story is a developing one, with updates arriving while the page is open. Its updates are files
   * in a folder beside it named after it ("quake.md" has "quake.updates/*.md": update.ts). `start` is when the
   * coverage began; `end`, added when it closes, turns "Live" into "Live coverage ended at …" and stops readers'
   * pages asking for more (docs/editors.md, "Live coverage").
   */
  live: z
    .strictObject(
      {
        /** When the coverage began: same format as `published`. No update may be dated before it. */
        start: offsetDateTime('live.start'),
        /** When the coverage closed, once it has: not before `start`. No update may be dated after it. */
        end: offsetDateTime('live.end').optional(),
      },
      { error: 'live must be { start: "<date-time>" }, with end: "<date-time>" once the coverage closes' },
    )
    .optional(),
  /** Show "This story is over N years old". Turn off for evergreen pieces. Defaults to true. */
  ageBanner: z.boolean({ error: 'ageBanner must be true or false' }).default(true),
  /** Drafts are validated but not published. Defaults to false. */
  draft: z.boolean({ error: 'draft must be true or false' }).default(false),
});

export const storySchema = storyFields
  .superRefine(datesInZone)
  // Run even when other fields fail, so a story missing its standfirst hears so in the same round as the rest.
  .superRefine(requiredToPublish, { when: () => true })
  .transform(enrich);

/**
 * The one place a story is enriched. A draft is never published, so the rest of the site sees every story with its
 * byline and standfirst; the permalink (relative to the base path, "2015/06/11/armed-gunmen") and the time of the last
 * change (the later of `updated` and the latest correction) are worked out here and read everywhere.
 */
function enrich<T extends z.output<typeof storyFields>>(story: T) {
  const filled = { ...story, standfirst: story.standfirst ?? '', author: story.author ?? [] };
  return { ...filled, permalink: storyPath(filled), modified: storyModified(filled) };
}

/** A story's frontmatter as written (what the desk edits). */
export type StoryInput = z.input<typeof storySchema>;
/** A story as every reader sees it: validated and enriched. */
export type Story = z.output<typeof storySchema>;
