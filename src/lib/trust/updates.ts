/**
 * When a story last changed, and whether that is worth printing. A correction
 * changes the story, so the modified time is the later of `updated` and the
 * latest correction; machines (JSON-LD, meta tags, feeds, sitemap) always get it.
 * `modifiedAt` is the one rule: the page models ask `storyModified` (the schema's shape) and the sitemap's article
 * heads (src/lib/content/reader.ts, raw frontmatter at config time) ask `modifiedAt`. Pure; build, config time, Node.
 */

export type Correction = { date: Date; text: string };

/** The later of `updated` and the latest correction; `published` when there is neither. */
export function modifiedAt(
  published: Date,
  updated: Date | undefined,
  corrections: readonly { date: Date }[] = [],
): Date {
  let latest = updated && updated > published ? updated : published;
  for (const c of corrections) if (c.date > latest) latest = c.date;
  return latest;
}

/** When a story as the schema parses it (offset dates holding their instants) last changed: `modifiedAt` of its fields. */
export function storyModified(data: {
  published: { date: Date };
  updated?: { date: Date };
  corrections: readonly { date: { date: Date } }[];
}): Date {
  return modifiedAt(
    data.published.date,
    data.updated?.date,
    data.corrections.map((c) => c.date),
  );
}

/**
 * Changes made within this long of publication are part of publishing it (a
 * typo, a caption), not news, so the date line does not say "Updated" for them.
 * A correction is always shown in its own block, whenever it was made.
 */
export const MINOR_UPDATE_MS = 30 * 60_000;

/** Whether the date line prints "Updated …": only for a change at least 30 minutes after publication. */
export function showsUpdate(published: Date, modified: Date): boolean {
  return modified.getTime() - published.getTime() >= MINOR_UPDATE_MS;
}

/** Corrections oldest first, the order a reader follows them in. */
export function correctionsInOrder<T extends { date: Date }>(corrections: readonly T[]): T[] {
  return [...corrections].sort((a, b) => a.date.getTime() - b.date.getTime());
}
