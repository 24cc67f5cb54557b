/**
 * Which articles are published, and in what order: the one rule. Pages (src/data/articles.ts), the feeds, the
 * sitemap and the News sitemap (src/lib/seo/sitemap.ts), the search records (src/lib/search/story-records.ts) and
 * the redirects for old addresses (src/lib/deploy/redirects.ts) all ask `isPublished`, so a draft, a scheduled story
 * or a story taken down can never leak through one of them and not the others. Pure: it runs in the build, at
 * config time and in plain Node (scripts/), with the clock passed in.
 */
import { buildNow } from '../site/clock.ts';

/**
 * What the rules look at: the story's draft flag, and what its permalink is made of (its date among them), as the
 * story schema gives them (src/lib/content/schema/story.ts), so any story passes as it is.
 */
export type StoryStatus = { draft: boolean; published: { date: Date }; timeZone: string; slug: string };

/** A reason to keep a story off the site: true when `story` must not be published at `now`. */
export type HoldRule = (story: StoryStatus, now: Date) => boolean;

/**
 * Every rule that keeps a story off the site. A new one (an embargo, a takedown, a legal hold) is added here, once,
 * and every page, feed, sitemap, search record and redirect leaves the story out.
 */
export const HOLD_RULES: readonly HoldRule[] = [
  // A draft is the editors' until they publish it.
  (story) => story.draft,
  // A scheduled story appears with the first build after its time.
  (story, now) => story.published.date.getTime() > now.getTime(),
];

/** What a build publishes by: its clock, and rules added for one run (a test's stand-in for a takedown, say). */
export type Publication = { now: Date; extraRules?: readonly HoldRule[] };

/** The build's publication: its clock (SOURCE_DATE_EPOCH, src/lib/site/clock.ts) and the rules above. */
export const buildPublication = (env: Record<string, string | undefined> = process.env): Publication => ({
  now: buildNow(env),
});

/**
 * Whenever the story's time comes: what config committed to the repository (vercel.json) is written for, since it
 * must already hold a scheduled story's redirects when that story appears. Every rule but the clock's still applies.
 */
export const WHENEVER_PUBLISHED: Publication = { now: new Date(8.64e15) };

/** Whether `story` is on the site under `publication`. */
export function isPublished(story: StoryStatus, { now, extraRules = [] }: Publication): boolean {
  return !HOLD_RULES.some((held) => held(story, now)) && !extraRules.some((held) => held(story, now));
}

/** Published stories under `publication`, newest first. */
export function publishedArticles<T extends { data: StoryStatus }>(
  entries: readonly T[],
  publication: Publication,
): T[] {
  return entries
    .filter(({ data }) => isPublished(data, publication))
    .sort((a, b) => b.data.published.date.getTime() - a.data.published.date.getTime());
}

/** Finds two entries that would be written to the same permalink. */
export function duplicatePermalinks(entries: readonly { id: string; path: string }[]): [string, string, string][] {
  const seen = new Map<string, string>();
  const clashes: [string, string, string][] = [];
  for (const e of entries) {
    const other = seen.get(e.path);
    if (other) clashes.push([e.path, other, e.id]);
    else seen.set(e.path, e.id);
  }
  return clashes;
}
