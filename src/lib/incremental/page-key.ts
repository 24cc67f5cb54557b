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
import { createHash } from 'node:crypto';

/** Bump to make every keyed page render afresh once (a manual escape hatch). */
export const KEY_VERSION = 1;

/**
 * JSON with object keys sorted, so two equal values always give the same text. Written directly rather than by
 * sorting a copy and calling JSON.stringify: at 10,000 articles the copy cost 5 s of a one-edit build's CPU profile.
 */
function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined && typeof record[k] !== 'function').sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(',')}}`;
  }
  return value === undefined || typeof value === 'function' ? 'null' : JSON.stringify(value);
}

/** A short hash of the parts, the route's name first: `pageKey('article', digest, author, ...)`. */
export function pageKey(route: string, ...parts: unknown[]): string {
  return createHash('sha256')
    .update(stableJson([KEY_VERSION, route, ...parts]))
    .digest('hex')
    .slice(0, 32);
}
