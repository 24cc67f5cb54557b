/**
 * Each live story's updates shown at the build's clock, newest first, from the live updates collection (loaded once
 * per build). An update dated later waits for a later build (src/lib/live/coverage.ts). Apart from src/data/live-coverage.ts so
 * that src/data/articles.ts can ask it for a live story's last change without a cycle. Build time.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { shownUpdates } from '../lib/live/coverage.ts';
import { perContent } from '../lib/incremental/generation.ts';
import { buildNow } from '../lib/site/clock.ts';

export type UpdateEntry = CollectionEntry<'liveUpdates'>;

/**
 * Every live story's updates shown at the build's clock, newest first, by the story's entry id. An update dated later
 * waits for a later build (src/lib/live/coverage.ts). Made once per content generation, as getArticles() is: once per
 * build, and again after each of the warm publisher's updates (src/lib/incremental/generation.ts).
 */
export const getLiveUpdates: () => Promise<Map<string, UpdateEntry[]>> = perContent(async () => {
  const now = buildNow();
  const grouped = new Map<string, UpdateEntry[]>();
  for (const entry of await getCollection('liveUpdates')) {
    const list = grouped.get(entry.data.story) ?? [];
    list.push(entry);
    grouped.set(entry.data.story, list);
  }
  const shown = new Map<string, UpdateEntry[]>();
  for (const [story, entries] of grouped) {
    const timed = entries.map((entry) => ({ entry, id: entry.data.update, published: entry.data.published.date }));
    shown.set(
      story,
      shownUpdates(timed, now).map((t) => t.entry),
    );
  }
  return shown;
});
