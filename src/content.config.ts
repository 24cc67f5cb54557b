/**
 * The content model: one schema per collection, a doc comment per field.
 * Types everywhere else are inferred from these (CollectionEntry<'articles'>).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleImageLoader, articleLoader } from './lib/content/article-loader.ts';
import { frontPageLoader } from './lib/content/front-page-loader.ts';
import { contentDir } from './lib/content/dir.ts';
import { articleScanCache } from './lib/incremental/cache-dir.ts';
import { isTimeZone, parseOffsetDateTime, zoneOffset } from './lib/article/dates.ts';
import { SLUG_PATTERN } from './lib/article/permalink.ts';
import { parseAlias } from './lib/article/aliases.ts';
import { placesSchema } from './lib/map/places.ts';
import { buildNow } from './lib/site/clock.ts';
import { timeIssues } from './lib/trust/rules.ts';

const root = contentDir();

/** A non-empty line of text, trimmed. */
const text = (what: string) =>
  z
    .string({ error: `${what} is required and must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** An absolute http(s) URL. */
const webUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `${what} must be an absolute http(s) URL, like "https://example.org/page"` });

/**
 * A date-time with an explicit UTC offset, written as a quoted string in YAML.
 * YAML would silently turn an unquoted one into a UTC date, losing the offset.
 */
const offsetDateTime = (what: string) =>
  z
    .string({
      error: `${what} must be a quoted ISO 8601 date-time with a UTC offset, like "2015-06-11T20:31:00+02:00"`,
    })
    .transform((value, ctx) => {
      const parsed = parseOffsetDateTime(value);
      if (typeof parsed === 'string') {
        ctx.issues.push({ code: 'custom', message: `${what}: ${parsed}`, input: value });
        return z.NEVER;
      }
      return parsed;
    });

/**
 * What a story needs before it can be published but a draft may lack: an imported post with no text, or a story an
 * editor has just begun. The messages are the ones these fields gave when they were required in every story.
 */
export const REQUIRED_TO_PUBLISH = {
  standfirst: 'standfirst is required and must be text',
  author:
    'author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order',
} as const;

function requiredToPublish(article: { draft?: unknown; standfirst?: unknown; author?: unknown }, ctx: z.RefinementCtx) {
  if (article.draft === true) return;
  for (const [field, message] of Object.entries(REQUIRED_TO_PUBLISH)) {
    if (article[field as keyof typeof REQUIRED_TO_PUBLISH] === undefined)
      ctx.addIssue({ code: 'custom', path: [field], message });
  }
}

const articles = defineCollection({
  // Gazette's own loader stores each story's frontmatter, not its rendered body (src/lib/content/article-loader.ts).
  loader: articleLoader({ base: `${root}/articles`, cacheFile: articleScanCache() }),
  // A schema, not a function of `image`: Astro builds a function's schema afresh for every entry, which dominated a
  // large sync (docs/performance.md). The main image's file goes through `image()` in `articleImages` below.
  schema: z
    .strictObject({
      /** The headline, as printed. Required. */
      headline: text('headline'),
      /**
       * The standfirst: one or two sentences under the headline that say what the story is. Required to publish; a
       * draft may lack it (the content check warns).
       */
      standfirst: text('standfirst').optional(),
      /** The permalink's last segment: lower-case words joined by hyphens. Fixed once published, so links never break. */
      slug: z.string({ error: 'slug is required' }).regex(SLUG_PATTERN, {
        error: 'slug must be lower-case letters and digits joined by single hyphens, like "armed-gunmen-attack"',
      }),
      /**
       * The byline: an entry in the authors collection, by its file name ("pierre-longeray"), or a list of them
       * in byline order ([ada-ndiaye, tomas-berg]). Always a list once parsed. Required to publish; a draft may lack
       * it (the content check warns).
       */
      author: z
        .union(
          [
            reference('authors'),
            z.array(reference('authors')).min(1, { error: 'author must list at least one author' }),
          ],
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
      corrections: z
        .array(
          z.strictObject({
            /** When the correction was made: same format as `published`, not before it and not after the build. */
            date: offsetDateTime('corrections.date'),
            /** What was wrong and what is right, as printed: "An earlier version gave the wrong date of the vote." */
            text: text('corrections.text'),
          }),
          { error: 'corrections must be a list of { date, text } entries' },
        )
        .default([]),
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
       * `npm run import` writes them; none may be another story's permalink or old address.
       */
      aliases: z
        .array(
          z
            .string({ error: 'aliases must list old addresses as text, like "/2010/08/07/old-slug/"' })
            .superRefine((value, ctx) => {
              const alias = parseAlias(value);
              if (typeof alias === 'string') ctx.addIssue({ code: 'custom', message: alias });
            }),
          { error: 'aliases must be a list of old addresses, like ["/2010/08/07/old-slug/", "/?p=123"]' },
        )
        .default([]),
      /** Show "This story is over N years old". Turn off for evergreen pieces. Defaults to true. */
      ageBanner: z.boolean({ error: 'ageBanner must be true or false' }).default(true),
      /** Drafts are validated but not published. Defaults to false. */
      draft: z.boolean({ error: 'draft must be true or false' }).default(false),
    })
    .superRefine((article, ctx) => {
      // The offset written in the date must be the one the zone had then, or the
      // page would print a different wall-clock time from the one the editor wrote.
      // An unknown zone is already reported on its own field.
      if (!isTimeZone(article.timeZone)) return;
      const dated: [(string | number)[], { date: Date; offset: string } | undefined][] = [
        [['published'], article.published],
        [['updated'], article.updated],
        ...article.corrections.map((c, i): [(string | number)[], { date: Date; offset: string }] => [
          ['corrections', i, 'date'],
          c.date,
        ]),
      ];
      for (const [path, value] of dated) {
        if (!value) continue;
        const expected = zoneOffset(value.date, article.timeZone);
        if (value.offset !== expected) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `has offset ${value.offset}, but ${article.timeZone} was at ${expected} on that date`,
          });
        }
      }
      // The build's clock, as everything time-dependent reads it (SOURCE_DATE_EPOCH pins it).
      for (const issue of timeIssues(article, buildNow())) ctx.addIssue({ code: 'custom', ...issue });
    })
    // Run even when other fields fail, so a story missing its standfirst hears so in the same round as the rest.
    .superRefine(requiredToPublish, { when: () => true })
    // A draft is never published, so the rest of the site sees every story with its byline and standfirst.
    .transform((article) => ({ ...article, standfirst: article.standfirst ?? '', author: article.author ?? [] })),
});

/**
 * Each illustrated story's main image as astro:assets sees it (width, height, format, the built file), under the
 * story's id. Kept apart from `articles` so that only this small schema is built per entry.
 */
const articleImages = defineCollection({
  loader: articleImageLoader({ base: `${root}/articles`, cacheFile: articleScanCache() }),
  schema: ({ image }) =>
    z.strictObject({
      /** The story's `image.src`, resolved against its Markdown file; absent when only its body has photos. */
      src: image().optional(),
      /** The photos in its body (`![alt](./photo.jpg)`), each by its address as written and resolved like `src`. */
      body: z.array(z.strictObject({ path: z.string(), src: image() })).optional(),
    }),
});

const authors = defineCollection({
  loader: glob({ base: `${root}/authors`, pattern: '**/[^_]*.{yaml,yml,json}' }),
  schema: z.strictObject({
    /** The author's name as printed in bylines. */
    name: text('name'),
    /** Twitter handle without the "@": "PLongeray". */
    twitter: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,15}$/, { error: 'twitter must be a handle without "@": letters, digits, underscores' })
      .optional(),
  }),
});

/**
 * The front page file, content/front.yaml: what the editors pin to the top of the front page. One entry, "front";
 * a tree without the file pins nothing, and the newest story leads (src/lib/front/).
 */
const frontPage = defineCollection({
  loader: frontPageLoader({ root }),
  schema: z.strictObject({
    /**
     * The pinned stories, in order: the first pin in force leads, the next ones are the top stories beside it (five
     * places in all; a later pin waits for a place). A pin on a story not yet published waits for it. Empty or
     * absent, the newest story leads.
     */
    pins: z
      .array(
        z.strictObject({
          /** The story, by its file under articles/ without ".md" ("2015/misseni-attack"), as `author` names an author file. */
          story: reference('articles'),
          /** When the pin lapses: the first build after it puts the story back in its place by date. Absent, it holds. */
          until: offsetDateTime('pins.until').optional(),
        }),
        { error: 'pins must be a list of { story, until } entries' },
      )
      .default([]),
  }),
});

export const collections = { articles, articleImages, authors, frontPage };
