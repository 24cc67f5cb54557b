/**
 * Which articles are published, and in what order. Pages, the feed and the
 * sitemap all ask this module, so a draft or a scheduled story can never leak
 * through one of them and not the others.
 */
export type Publishable = { data: { draft: boolean; published: { date: Date } } };

/** Published stories: not drafts, not dated after `now`, newest first. */
export function publishedArticles<T extends Publishable>(entries: readonly T[], now: Date): T[] {
  return entries
    .filter((e) => !e.data.draft && e.data.published.date.getTime() <= now.getTime())
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
