import path from 'node:path';

/**
 * Where builds keep what the next build reuses: Astro's content store, image transforms, incremental manifest and
 * its copy of every keyed page, and the share cards. Outside node_modules/, so `npm ci` (which deletes it) does not
 * throw the caches away; CI keeps the folder between runs (docs/deploy.md).
 */
export const DEFAULT_CACHE_DIR = '.cache/gazette';

export function buildCacheDir(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): string {
  return path.resolve(root, env.GAZETTE_CACHE_DIR || DEFAULT_CACHE_DIR);
}

/** The content reader's scan cache (src/lib/content/reader.ts): each article's digest and parsed frontmatter. */
export function articleScanCache(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): string {
  return path.join(buildCacheDir(env, root), 'content', 'articles.v8');
}

/** The reader's scan cache for live updates (src/lib/content/update-reader.ts, readLiveUpdates): each update's record. */
export function updateScanCache(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): string {
  return path.join(buildCacheDir(env, root), 'content', 'updates.v1');
}
