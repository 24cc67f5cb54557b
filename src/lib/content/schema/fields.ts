/**
 * The kinds of field the content schemas are made of, each with the message an editor reads when it is wrong. Plain
 * Zod (astro/zod), so the schemas load anywhere: Astro's content layer, the content check in plain Node, the desk's
 * configuration and the tests, with no stand-in for `astro:content`.
 */
import { z } from 'astro/zod';
import { parseOffsetDateTime } from '../../article/dates.ts';
import { languageProblem } from '../../i18n/language.ts';

/** A non-empty line of text, trimmed. */
export const text = (what: string) =>
  z
    .string({ error: `${what} is required and must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** An absolute http(s) URL. */
export const webUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `${what} must be an absolute http(s) URL, like "https://example.org/page"` });

/**
 * A date-time with an explicit UTC offset, written as a quoted string in YAML.
 * YAML would silently turn an unquoted one into a UTC date, losing the offset.
 */
export const offsetDateTime = (what: string) =>
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
 * Another entry of a collection, by its file name without extension ("pierre-longeray", "2015/misseni-attack"). That
 * the entry exists is the content check's to say, naming the file that refers to it: Astro's own `reference()` only
 * logs a missing entry.
 */
export const entryId = (collection: string) => {
  const what = `the file name (without extension) of an entry in ${collection}/`;
  return z
    .string({ error: `is required: ${what}` })
    .trim()
    .min(1, { error: `must not be empty: ${what}` });
};

/** A BCP 47 language tag Intl has locale data for ("fa", "ar-EG", "zh-Hans", "en-u-ca-persian"), canonicalised. */
export const languageTag = (what: string) =>
  z.string({ error: `${what} must be a BCP 47 language tag, like "en", "fa" or "zh-Hans"` }).transform((tag, ctx) => {
    const problem = languageProblem(tag);
    if (problem) {
      ctx.issues.push({ code: 'custom', message: `${what} ${problem}`, input: tag });
      return z.NEVER;
    }
    return Intl.getCanonicalLocales(tag)[0];
  });

/**
 * Corrections, each printed with the text it corrects (a story's at its end, a live update's under it). Shared by the
 * story's schema (story.ts) and a live update's (update.ts), so a correction reads and is checked the same in both.
 */
export const correctionsField = z
  .array(
    z.strictObject({
      /** When the correction was made: same format as `published`, not before it and not after the build. */
      date: offsetDateTime('corrections.date'),
      /** What was wrong and what is right, as printed: "An earlier version gave the wrong date of the vote." */
      text: text('corrections.text'),
    }),
    { error: 'corrections must be a list of { date, text } entries' },
  )
  .default([]);
