/**
 * How the search index is cut into Pagefind bundles, so that a save re-indexes one bundle, not the archive (issue 34:
 * Pagefind cannot update an index in part, Pagefind/pagefind#71, and indexing 10,000 stories at once holds 1.3 GB).
 * Each search language's stories are dealt into a power of two of bundles by a hash of their address, so a story
 * stays in its bundle as the archive grows, until the count doubles. Bundle 0 is the folder Pagefind's script is
 * served from (`pagefind/`); the others are `pagefind/bundles/<k>/`. The browser merges them (Pagefind's
 * `mergeIndex`, src/client/search.ts), listed per language in `pagefind/bundles.json`. Pure: plain Node.
 */
import { stableHash } from '../incremental/stable-hash.ts';

/** Stories per bundle at most, unless GAZETTE_SEARCH_BUNDLE_STORIES says otherwise (docs/operators.md). */
export const STORIES_PER_BUNDLE = 3000;

/** The folder, under the index's root, of the bundles after the first. */
export const BUNDLES_DIR = 'bundles';

/** The index's table of contents, written beside bundle 0. */
export const MANIFEST = 'bundles.json';

export type SearchManifest = {
  /** Per search language, the folders (relative to `pagefind/`) of the bundles that hold its stories, first to merge. */
  languages: Record<string, string[]>;
  /** Per bundle folder, the digest of what it was made from: a publish re-indexes only the bundles whose digest moved. */
  bundles: Record<string, string>;
};

/** A story as the bundles see it: its address, its search language and a digest of everything its records come from. */
export type BundledStory = { url: string; index: string; digest: string };

export type Bundle<S> = { dir: string; stories: S[]; digest: string };

export function storiesPerBundle(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.GAZETTE_SEARCH_BUNDLE_STORIES;
  if (asked === undefined || asked === '') return STORIES_PER_BUNDLE;
  const n = Number(asked);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`GAZETTE_SEARCH_BUNDLE_STORIES must be a whole number of stories, 1 or more; it is "${asked}"`);
  return n;
}

/** How many bundles `count` stories of one language are dealt into: the least power of two that keeps each ≤ `per`. */
export function bundleCount(count: number, per: number): number {
  let bundles = 1;
  while (count > bundles * per) bundles *= 2;
  return bundles;
}

/** FNV-1a over the address's UTF-16 code units: quick, and the same in every run and on every machine. */
export function bundleOf(url: string, bundles: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return hash % bundles;
}

export const bundleDir = (k: number) => (k === 0 ? '' : `${BUNDLES_DIR}/${k}/`);

/** Deals `stories` (in index order, which each bundle keeps) into bundles, and writes the table of contents. */
export function planBundles<S extends BundledStory>(
  stories: readonly S[],
  per: number,
): { bundles: Bundle<S>[]; manifest: SearchManifest } {
  const counts = new Map<string, number>();
  for (const s of stories) counts.set(s.index, (counts.get(s.index) ?? 0) + 1);
  const bundlesOf = new Map([...counts].map(([index, n]) => [index, bundleCount(n, per)]));
  const total = Math.max(1, ...bundlesOf.values());
  const dealt: S[][] = Array.from({ length: total }, () => []);
  for (const s of stories) dealt[bundleOf(s.url, bundlesOf.get(s.index)!)].push(s);
  const bundles = dealt.map((held, k) => ({
    dir: bundleDir(k),
    stories: held,
    digest: stableHash(held.map((s) => [s.url, s.index, s.digest])),
  }));
  const languages: Record<string, string[]> = {};
  for (const index of [...counts.keys()].sort())
    languages[index] = bundles.filter((b) => b.stories.some((s) => s.index === index)).map((b) => b.dir);
  return { bundles, manifest: { languages, bundles: Object.fromEntries(bundles.map((b) => [b.dir, b.digest])) } };
}
