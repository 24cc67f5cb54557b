/**
 * The sections, datelines, tags and time zones the stories already use, read from the content tree at build time,
 * so the desk offers them first and a reporter picks "World" rather than typing "world" beside it.
 */
import path from 'node:path';
import { readStories } from '../content/reader.ts';
import { articleScanCache } from '../incremental/cache-dir.ts';
import type { LiveDeskStory } from './live-collections.ts';

/** How long after its coverage ended a live story keeps its collection of updates in the desk (for corrections). */
export const ENDED_LIVE_DAYS = 7;

/**
 * The live stories the desk lists the updates of, newest coverage first: every story with `live:`, drafts included
 * (updates can be written before the story is published), but those whose coverage ended more than a week before
 * `now`, which would fill the sidebar.
 */
export function liveDeskStories(contentRoot: string, now: Date): LiveDeskStory[] {
  const since = now.getTime() - ENDED_LIVE_DAYS * 86_400_000;
  return readStories(path.join(contentRoot, 'articles'), { cacheFile: articleScanCache() })
    .flatMap(({ id, story }) =>
      story?.live && !(story.live.end && story.live.end.date.getTime() < since)
        ? [{ id, headline: story.headline, timeZone: story.timeZone, start: story.live.start.date.getTime() }]
        : [],
    )
    .sort((a, b) => b.start - a.start || a.id.localeCompare(b.id))
    .map(({ start: _start, ...story }) => story);
}

export type InUse = { section: string[]; dateline: string[]; tags: string[]; timeZone: string[] };

/** Values in use, most used first, then alphabetically; stories the schema refuses are skipped (the check reports them). */
export function valuesInUse(contentRoot: string): InUse {
  const counts = {
    section: new Map<string, number>(),
    dateline: new Map<string, number>(),
    tags: new Map<string, number>(),
    timeZone: new Map<string, number>(),
  };
  const add = (map: Map<string, number>, value: string | undefined) => {
    if (value) map.set(value, (map.get(value) ?? 0) + 1);
  };
  // Through the reader's scan cache: a build after one edit parses one file, not every story's frontmatter.
  for (const { story } of readStories(path.join(contentRoot, 'articles'), { cacheFile: articleScanCache() })) {
    if (!story) continue;
    add(counts.section, story.section);
    add(counts.dateline, story.dateline);
    add(counts.timeZone, story.timeZone);
    for (const tag of story.tags) add(counts.tags, tag);
  }
  const ranked = (map: Map<string, number>) =>
    [...map].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([value]) => value);
  return {
    section: ranked(counts.section),
    dateline: ranked(counts.dateline),
    tags: ranked(counts.tags),
    timeZone: ranked(counts.timeZone),
  };
}
