/**
 * Writes the search index as bundles (src/lib/search/bundles.ts) into <site>/pagefind/: each bundle by Pagefind in a
 * process of its own, one after another, so Pagefind never holds more than one bundle's words. Given the index now
 * live (`reuse`), a bundle whose digest has not moved is linked from it instead of indexed again: a save re-indexes
 * the bundle of the story it changed. The result is the same files a build from nothing writes. Plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLES_DIR, MANIFEST, planBundles, type SearchManifest } from './bundles.ts';
import { bundlePages, writeSearchIndex } from './index-options.ts';
import { recordsOf, type SearchStory } from './story-records.ts';

export type BundlesSummary = {
  stories: number;
  records: number;
  files: number;
  bytes: number;
  bundles: number;
  /** Bundles indexed by this run; the others were linked from `reuse`. */
  written: number;
};

/**
 * Pagefind writes its script, its web worker, its WebAssembly and its ready-made interfaces into every bundle; a
 * merged bundle is read for its index alone (Pagefind's `mergeIndex` loads no WebAssembly of its own), so only the
 * first bundle keeps them.
 */
const FIRST_BUNDLE_ONLY = /^pagefind([.-].*)?\.(js|css)$|^wasm\..*\.pagefind$/;

export async function writeSearchBundles({
  stories,
  per,
  outputPath,
  wordsDir,
  reuse,
  signal,
}: {
  stories: readonly SearchStory[];
  per: number;
  outputPath: string;
  wordsDir?: string;
  /** The live index's folder (dist/pagefind), whose unchanged bundles are linked rather than indexed again. */
  reuse?: string;
  /** Stops the run at the next story: the warm publisher's save that takes over, or its stop. */
  signal?: AbortSignal;
}): Promise<BundlesSummary> {
  const { bundles, manifest } = planBundles(stories, per);
  const live = reuse ? readManifest(reuse) : undefined;
  let written = 0;
  let records = 0;
  // Bundle 0 first: it is the folder the others are written inside.
  for (const bundle of bundles) {
    signal?.throwIfAborted();
    const dir = path.join(outputPath, bundle.dir);
    if (bundle.dir !== '' && bundle.stories.length === 0) continue;
    if (reuse && live?.bundles[bundle.dir] === bundle.digest && fs.existsSync(path.join(reuse, bundle.dir))) {
      linkBundle(path.join(reuse, bundle.dir), dir, bundle.dir === '');
      records += bundlePages(dir);
      continue;
    }
    const summary = await writeSearchIndex(abortable(recordsOf(bundle.stories, wordsDir), signal), dir);
    records += summary.pages;
    written++;
    if (bundle.dir !== '') {
      for (const name of fs.readdirSync(dir)) if (FIRST_BUNDLE_ONLY.test(name)) fs.rmSync(path.join(dir, name));
    }
  }
  fs.writeFileSync(path.join(outputPath, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const files = fs.readdirSync(outputPath, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const bytes = files.reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
  return {
    stories: stories.length,
    records,
    files: files.length,
    bytes,
    bundles: bundles.filter((b) => b.dir === '' || b.stories.length > 0).length,
    written,
  };
}

async function* abortable<T>(items: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  for await (const item of items) {
    signal?.throwIfAborted();
    yield item;
  }
}

/** The live index's table of contents; none (so every bundle is written) when it has none or it cannot be read. */
export function readManifest(indexDir: string): SearchManifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(indexDir, MANIFEST), 'utf8')) as SearchManifest;
  } catch {
    return undefined;
  }
}

/**
 * Hard links of a bundle's files (a copy across file systems): the new index shares the live one's unchanged files,
 * and stays whole when the live one is replaced. The first bundle's folder also holds the others and the table of
 * contents, which are not its own.
 */
function linkBundle(from: string, to: string, first: boolean): void {
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(from, path.join(entry.parentPath, entry.name));
    if (first && (relative === MANIFEST || relative.startsWith(`${BUNDLES_DIR}${path.sep}`))) continue;
    const target = path.join(to, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(path.join(from, relative), target);
    } catch {
      fs.copyFileSync(path.join(from, relative), target);
    }
  }
}
