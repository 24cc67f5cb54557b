/**
 * What the front page shows, and in what order: the top stories (the lead first), a block per section, then the
 * river. Pure; the stories come in newest first and published (src/lib/content/publication.ts), the sections in the
 * masthead's order (src/lib/site/navigation.ts), and the clock is passed in.
 */
import { type Pin, pinnedIds } from './pins.ts';

/** The lead and the top stories beside it: at desktop widths one wide row and one row of four. */
export const TOP_STORIES = 5;
/** Each section block's newest stories, under the section's name. */
export const BLOCK_STORIES = 3;

export type FrontPageArrangement<T, S> = {
  /** The lead, then the top stories: pins in force first, in the editors' order, then the newest stories. */
  top: T[];
  /** One per section that has a story not already shown above, in the sections' order. */
  blocks: { section: S; stories: T[] }[];
  /** Every other story, newest first: the front page's list, which its later pages continue. */
  river: T[];
};

/**
 * Arranges the front page at `now`. A pin whose story is not among `stories` (a draft, a story scheduled for later)
 * waits: it takes its place once the story is published, if the pin is still in force. No story appears twice.
 */
export function arrangeFrontPage<T, S extends { items: readonly T[] }>(
  stories: readonly T[],
  sections: readonly S[],
  pins: readonly Pin[],
  now: Date,
  idOf: (story: T) => string,
): FrontPageArrangement<T, S> {
  const byId = new Map(stories.map((s) => [idOf(s), s]));
  const shown = new Set<T>();
  for (const id of pinnedIds(pins, now)) {
    const story = byId.get(id);
    if (story && shown.size < TOP_STORIES) shown.add(story);
  }
  for (const story of stories) {
    if (shown.size >= TOP_STORIES) break;
    shown.add(story);
  }
  const top = [...shown];
  const blocks = sections.flatMap((section) => {
    const fresh = section.items.filter((s) => !shown.has(s)).slice(0, BLOCK_STORIES);
    return fresh.length > 0 ? [{ section, stories: fresh }] : [];
  });
  for (const block of blocks) for (const s of block.stories) shown.add(s);
  return { top, blocks, river: stories.filter((s) => !shown.has(s)) };
}
