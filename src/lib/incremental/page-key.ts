/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`). A route's `getStaticPaths()` gives
 * each path `cacheKey: pageKey(...)`; Astro re-renders a path only when its key, its route's code (the whole module
 * graph), the site config or the lockfile changed, and otherwise restores last build's file.
 *
 * The key must hold everything the page shows that is not code: the entry's digest, and every fact it takes from
 * elsewhere (another entry, a file read with fs, the build clock). Put the derived fact in the key, not its raw
 * input: the age banner's words, not "now", so moving the clock re-renders only pages whose words change.
 * A fact forgotten here means a stale page; the tests in tests/build/incremental*.test.ts compare against clean builds.
 */
import { stableHash } from './stable-hash.ts';

/** Bump to make every keyed page render afresh once (a manual escape hatch). */
export const KEY_VERSION = 1;

/** A short hash of the parts, the route's name first: `pageKey('article', digest, author, ...)`. */
export function pageKey(route: string, ...parts: unknown[]): string {
  return stableHash([KEY_VERSION, route, ...parts]);
}
