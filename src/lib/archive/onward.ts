/**
 * Where a reader goes at the end of a story, worked out at build time: the latest
 * stories from the same section, and stories sharing the most tags with it. Neither
 * list repeats the story itself, its explicit Related stories, or the other list.
 * The index holds published stories only (the archive's groupings, from the one
 * publication rule in src/lib/content/publication.ts), so nothing here asks the clock.
 */

export type Onward = {
  /** Site-relative URL: what identifies a story here, and what Related links resolve to. */
  href: string;
  published: Date;
  /** Section and tag slugs. */
  section: string;
  tags: readonly string[];
};

/** Stories by section slug and by tag slug, each newest first (as groupArchive makes them). */
export type OnwardIndex<T> = { bySection: ReadonlyMap<string, readonly T[]>; byTag: ReadonlyMap<string, readonly T[]> };

export type OnwardOptions = {
  /** Hrefs never to suggest: the story's explicit Related stories. */
  exclude?: Iterable<string>;
  /** Stories per list. */
  limit?: number;
  /**
   * How many of each tag's newest stories are considered. Bounds the work per story,
   * so a tag on thousands of stories does not make the build quadratic.
   */
  scan?: number;
};

/** Stories per list, and each tag's newest stories considered, unless the options say otherwise. */
export const ONWARD_LIMIT = 4;
export const ONWARD_SCAN = 200;

export function onwardJourneys<T extends Onward>(
  story: T,
  index: OnwardIndex<T>,
  { exclude = [], limit = ONWARD_LIMIT, scan = ONWARD_SCAN }: OnwardOptions = {},
): { moreInSection: T[]; sameTopics: T[] } {
  const skip = new Set([story.href, ...exclude]);
  const live = (s: T) => !skip.has(s.href);

  const moreInSection: T[] = [];
  for (const s of index.bySection.get(story.section) ?? []) {
    if (moreInSection.length === limit) break;
    if (live(s)) moreInSection.push(s);
  }
  for (const s of moreInSection) skip.add(s.href);

  const shared = new Map<T, number>();
  for (const tag of new Set(story.tags)) {
    for (const s of (index.byTag.get(tag) ?? []).slice(0, scan)) if (live(s)) shared.set(s, (shared.get(s) ?? 0) + 1);
  }
  const sameTopics = [...shared]
    .sort(([a, x], [b, y]) => y - x || b.published.getTime() - a.published.getTime() || a.href.localeCompare(b.href))
    .slice(0, limit)
    .map(([s]) => s);
  return { moreInSection, sameTopics };
}
