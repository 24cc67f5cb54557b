/**
 * content/site.yaml: who the site is and what languages it speaks, in one file an editor (or the desk) changes.
 * Optional: without it, or without a field, the site is Gazette in English, as it was built. Plain Zod, like the
 * other schemas; read by src/lib/site/settings.ts at config time, in the build and by the content check.
 */
import { z } from 'astro/zod';
import { isTimeZone } from '../../article/dates.ts';
import { languageTag, text } from './fields.ts';

/** The masthead's sections as they were in code before this file existed: the seed newsroom's desks. */
export const DEFAULT_SECTIONS = ['World', 'Africa', 'Politics', 'Business', 'Science', 'Culture', 'Sport', 'Opinion'];

export const siteSchema = z
  .strictObject({
    /** The site's name, as the masthead, titles, feeds and share cards print it: "Gazette". */
    name: text('name').default('Gazette'),
    /** One line under the name, in the footer and as the front page's description. */
    tagline: text('tagline').default('News stories, republished with care.'),
    /**
     * The newsroom's IANA time zone ("Asia/Tehran"): the desk's default for a new story. Each story is still dated in
     * its own `timeZone`. Absent, the desk offers the zone the stories use most.
     */
    timeZone: z
      .string({ error: 'timeZone must be an IANA time zone name, like "Europe/Paris"' })
      .refine(isTimeZone, { error: 'timeZone must be an IANA time zone name, like "Europe/Paris"' })
      .optional(),
    /**
     * The site's language, a BCP 47 tag: the front page at / and every story without a `lang` of its own are in it.
     * A -u-ca- or -nu- extension chooses the calendar and numerals: "fa" dates in the Persian calendar with Persian
     * digits, "ar-u-nu-arab" writes Arabic-Indic digits, "en-u-ca-persian" the Persian calendar in English.
     */
    language: languageTag('language').default('en'),
    /**
     * Further editions, as BCP 47 tags: each has its own front page at /<tag>/ (/en/, /zh-hans/), sections, feeds and
     * search, made of the stories in that language.
     */
    languages: z
      .array(languageTag('languages'), { error: 'languages must be a list of language tags, like [en, ar]' })
      .default([]),
    /**
     * The masthead's sections, first to last, as stories spell them. A section with no published story is left out;
     * one not listed follows these, in alphabetical order, so a new desk is never missing from the masthead.
     */
    sections: z
      .array(text('sections'), { error: 'sections must be a list of section names, like [World, Politics]' })
      .default(DEFAULT_SECTIONS),
  })
  .superRefine((site, ctx) => {
    site.languages.forEach((tag, i) => {
      const base = new Intl.Locale(tag).baseName;
      if (base === new Intl.Locale(site.language).baseName)
        ctx.addIssue({ code: 'custom', path: ['languages', i], message: `"${tag}" is the site's own language, at /` });
      else if (site.languages.findIndex((t) => new Intl.Locale(t).baseName === base) !== i)
        ctx.addIssue({ code: 'custom', path: ['languages', i], message: `"${tag}" is listed twice` });
    });
  });

export type SiteSettings = z.output<typeof siteSchema>;
