/**
 * Live coverage's rules, in one place: which updates a build shows, in what order, on which page each is, the
 * addresses an update has, whether the coverage is still open, and when the story last changed. The page models
 * (src/data/live-page.ts), the updates feeds, the sitemap, the search records and the host configs all ask here, so an
 * update cannot be on page 2 for one of them and page 3 for another. Pure; build time, config time and plain Node.
 *
 * Pages count from the newest, as listings do (decision 025): page 1 is the story's own address and shows the newest
 * 20 updates, `…/<slug>/page/2/` the 20 before them, and so on; an update moves to a later page as coverage grows.
 * Each update therefore also has an address that never moves, `…/<slug>/update/<id>/`, a small page that sends the
 * reader on to wherever the update is now (docs/decisions/047-live-updates-have-a-fixed-address.md).
 */
import { pageHref } from '../archive/pages.ts';

/** Updates on a page of live coverage: the listings' 20, so a page of updates weighs about what a listing does. */
export const UPDATES_PER_PAGE = 20;

/** What the rules look at in an update: its id (its file name) and when it was published. */
export type Timed = { id: string; published: Date };

/**
 * The updates a build at `now` shows, newest first. One dated after the build's clock waits for a later build, as a
 * scheduled story does (src/lib/content/articles.ts); two at the same minute are ordered by id, so the order never
 * depends on the order files were read in.
 */
export function shownUpdates<T extends Timed>(updates: readonly T[], now: Date): T[] {
  return updates
    .filter((u) => u.published.getTime() <= now.getTime())
    .sort((a, b) => b.published.getTime() - a.published.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** How many pages `count` updates fill: at least one, the story's own page. */
export const pageCount = (count: number): number => Math.max(1, Math.ceil(count / UPDATES_PER_PAGE));

/** The page (1 = the story's own) the update at `index` (0 = the newest) is on. */
export const pageOfIndex = (index: number): number => Math.floor(index / UPDATES_PER_PAGE) + 1;

/** The element id an update has on its page, and the fragment that finds it: "update-20261025-081500". */
export const updateAnchor = (id: string): string => `update-${id}`;

/** Page `n` of the coverage at `storyHref` (a site-relative URL ending in "/"): page 1 is the story's own address. */
export const livePageHref = (storyHref: string, n: number): string => pageHref(storyHref, n);

/** Where an update is now: its page and its anchor, "/2026/10/25/quake/page/2/#update-0815". */
export const updateHref = (storyHref: string, page: number, id: string): string =>
  `${livePageHref(storyHref, page)}#${updateAnchor(id)}`;

/** The address an update keeps however far it moves: "/2026/10/25/quake/update/0815/". */
export const updateStubHref = (storyHref: string, id: string): string => `${storyHref}update/${id}/`;

/** The feed a reader's page asks for new updates, beside the story's page. */
export const updatesJsonHref = (storyHref: string): string => `${storyHref}updates.json`;

/** The story's own feed of updates (RSS 2.0), beside its page. */
export const updatesFeedHref = (storyHref: string): string => `${storyHref}updates.xml`;

/** A story's coverage, as its schema gives it (src/lib/content/schema/story.ts). */
export type Coverage = { start: { date: Date }; end?: { date: Date } };

/** Whether the coverage is over at `now`: it has an end, and the end has come. Until then it is "Live". */
export const coverageEnded = (live: Coverage, now: Date): boolean =>
  live.end !== undefined && live.end.date.getTime() <= now.getTime();

/**
 * When a live story last changed: the later of what the story's own file says (its `modified`) and its newest update
 * shown at `now`. The feeds, the sitemap, the News sitemap, the page's date line and its structured data all say so.
 */
export function liveModified(modified: Date, shown: readonly Timed[]): Date {
  const latest = shown.reduce((max, u) => (u.published > max ? u.published : max), modified);
  return latest;
}

/** The newest shown update of each story, by the story's entry id: what `liveModified` needs, for the whole tree. */
export function latestUpdates(updates: readonly (Timed & { story: string })[], now: Date): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const u of updates) {
    if (u.published.getTime() > now.getTime()) continue;
    const known = latest.get(u.story);
    if (!known || u.published > known) latest.set(u.story, u.published);
  }
  return latest;
}
