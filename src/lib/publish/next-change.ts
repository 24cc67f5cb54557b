/**
 * When the site changes with no save: the next instant at which something the pages show at a clock changes, so the
 * warm publisher can publish then, as a build at that clock would. Everything in a page that depends on the clock
 * goes through one of these (docs/performance.md, "Incremental builds"): a scheduled story's time arriving (the
 * publication rules), a pin lapsing (src/lib/front/pins.ts), an age banner's words changing (src/lib/article/age.ts),
 * a story leaving the News sitemap's two days (src/lib/archive/news-sitemap.ts), and for live coverage an update's time
 * arriving or the coverage's end (src/lib/live/coverage.ts), passed in as `moments`. With SOURCE_DATE_EPOCH the
 * clock stands still and there is none. Pure: the entries and the clock are passed in.
 */
import { addMonthsClamped } from '../article/age.ts';
import { NEWS_WINDOW_MS } from '../archive/news-sitemap.ts';

/** A story as the pages' store holds it; only what the clock can change is read. */
export type ClockedStory = {
  published?: { date?: Date };
  ageBanner?: boolean;
  draft?: boolean;
  source?: unknown;
};
export type ClockedPin = { until?: { date?: Date } };

/** The first instant after `now` at which the banner's words for a story published at `published` change. */
export function nextAgeChange(published: Date, now: Date): Date {
  // Whole months completed before `now`, counted as storyAge() counts them.
  let months = Math.max(
    0,
    (now.getUTCFullYear() - published.getUTCFullYear()) * 12 + now.getUTCMonth() - published.getUTCMonth(),
  );
  while (months > 0 && addMonthsClamped(published, months).getTime() >= now.getTime()) months -= 1;
  // "Over N" begins just after an anniversary: under a year every month's, after it every twelfth month's.
  const next = months < 12 ? months + 1 : 12 * (Math.floor(months / 12) + 1);
  return new Date(addMonthsClamped(published, next).getTime() + 1);
}

/** The next instant after `now` when a page, feed or sitemap made at that clock differs; undefined when none is due. */
export function nextClockChange(
  stories: Iterable<ClockedStory>,
  pins: Iterable<ClockedPin>,
  now: Date,
  moments: Iterable<Date | undefined> = [],
): Date | undefined {
  const t = now.getTime();
  let next = Number.POSITIVE_INFINITY;
  const consider = (at: number | undefined) => {
    if (at !== undefined && at > t && at < next) next = at;
  };
  for (const story of stories) {
    const published = story.published?.date;
    if (!(published instanceof Date) || story.draft) continue;
    consider(published.getTime());
    if (story.ageBanner !== false) consider(nextAgeChange(published, now).getTime());
    if (story.source === undefined) consider(published.getTime() + NEWS_WINDOW_MS + 1);
  }
  for (const pin of pins) consider(pin.until?.date?.getTime());
  for (const moment of moments) consider(moment?.getTime());
  return Number.isFinite(next) ? new Date(next) : undefined;
}
