/**
 * What the desk does to a story just before it is saved, for the rules a form field cannot hold:
 *   - the slug is made on the first save, folded as Gazette folds every slug (src/lib/archive/slug.ts), in the site's
 *     language, and is never replaced after that, so the permalink never changes. A Latin headline's slug is the one
 *     Sveltia made for the file name (which the editor may have adjusted), folded; a headline in another script is
 *     folded itself, since Sveltia's file names keep only ASCII;
 *   - every date is written in the story's own time zone with that zone's offset on the day ("2015-06-11T20:31:00+02:00"),
 *     whatever zone the editor's browser is in, since the content check refuses an offset the zone did not have; a live
 *     update's dates in its story's zone, which the desk ships beside its configuration (`zones`, by collection name).
 * Pure, on plain data; src/client/desk.ts applies the result to Sveltia's entry in its preSave hook.
 */
import { isoInZone, isTimeZone, parseOffsetDateTime } from '../article/dates.ts';
import { foldSlug, isLatinName } from '../archive/slug.ts';
import { ARTICLE_FIELDS, UPDATE_FIELDS } from './desk-fields.ts';

export type Patch = { path: (string | number)[]; value: unknown };

/** The schema paths edited as date-times: "published", "corrections.date". */
const datePaths = (fields: Record<string, { editor?: string }>) =>
  Object.entries(fields)
    .filter(([, field]) => field.editor === 'datetime')
    .map(([path]) => path.split('.'));
const DATE_PATHS = datePaths(ARTICLE_FIELDS);
const UPDATE_DATE_PATHS = datePaths(UPDATE_FIELDS);

/** A new story's slug: see above. `language` is the site's (content/site.yaml). */
export function firstSlug(headline: unknown, entrySlug: string, language: string): string {
  const words = typeof headline === 'string' ? headline : '';
  if (!isLatinName(words)) return foldSlug(words, language);
  return foldSlug(entrySlug, language) || foldSlug(words, language);
}

/**
 * The patches to apply to an entry of `collection` before it is saved. `language` is the site's; `zones` names the
 * time zone of each live story's collection of updates (src/lib/desk/generate.ts, generateLiveZones).
 */
export function saveRules(
  collection: string,
  data: Record<string, any>,
  entrySlug: string,
  language: string,
  zones: Record<string, string> = {},
): Patch[] {
  if (collection in zones) return inZone(data, UPDATE_DATE_PATHS, zones[collection]);
  if (collection !== 'articles') return [];
  const patches: Patch[] = [];
  if (!data.slug) {
    const slug = firstSlug(data.headline, entrySlug, language);
    if (slug) patches.push({ path: ['slug'], value: slug });
  }
  if (typeof data.timeZone === 'string') patches.push(...inZone(data, DATE_PATHS, data.timeZone));
  return patches;
}

/** Each date at `paths` re-expressed in `timeZone` with the offset it had then, where it is not already. */
function inZone(data: Record<string, any>, paths: string[][], timeZone: string): Patch[] {
  if (!isTimeZone(timeZone)) return [];
  const patches: Patch[] = [];
  for (const [at, value] of dateValues(data, paths)) {
    const parsed = parseOffsetDateTime(value);
    if (typeof parsed === 'string') continue; // the content check names the field and what is wrong
    const inZone = isoInZone(parsed.date, timeZone);
    if (inZone !== value) patches.push({ path: at, value: inZone });
  }
  return patches;
}

/** Each string found at the paths, with its concrete location: ["corrections", 1, "date"]. */
function dateValues(data: Record<string, any>, paths: string[][]): [(string | number)[], string][] {
  const found: [(string | number)[], string][] = [];
  for (const [head, ...rest] of paths) {
    const value = data[head];
    if (rest.length === 0) {
      if (typeof value === 'string' && value) found.push([[head], value]);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        for (const [at, v] of dateValues(item ?? {}, [rest])) found.push([[head, i, ...at], v]);
      });
    } else if (value && typeof value === 'object') {
      for (const [at, v] of dateValues(value, [rest])) found.push([[head, ...at], v]);
    }
  }
  return found;
}
