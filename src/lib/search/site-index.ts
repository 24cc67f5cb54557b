/**
 * The site's search index, at the build's clock, into <outDir>/pagefind/: every published story of the content tree
 * (GAZETTE_CONTENT_DIR) in bundles (bundles.ts). Run by scripts/search-index.ts beside Astro's build, and by the warm
 * publisher in its own process (scripts/publish-astro.ts), with the live index to link unchanged bundles from. Plain
 * Node.
 */
import path from 'node:path';
import { contentDir } from '../content/dir.ts';
import { buildPublication } from '../content/publication.ts';
import { articleScanCache, buildCacheDir, updateScanCache } from '../incremental/cache-dir.ts';
import { storiesPerBundle } from './bundles.ts';
import { SEARCH_BUNDLE_DIR } from './index-options.ts';
import { searchStories } from './story-records.ts';
import { type BundlesSummary, writeSearchBundles } from './write-bundles.ts';

export async function writeSiteIndex(
  outDir: string,
  { reuse, signal }: { reuse?: string; signal?: AbortSignal } = {},
): Promise<BundlesSummary> {
  const wordsDir = path.join(buildCacheDir(), 'search', 'words');
  const stories = searchStories({
    contentDir: contentDir(),
    publication: buildPublication(),
    scanCache: articleScanCache(),
    updateScanCache: updateScanCache(),
    wordsDir,
  });
  return writeSearchBundles({
    stories,
    per: storiesPerBundle(),
    outputPath: path.join(outDir, SEARCH_BUNDLE_DIR),
    wordsDir,
    reuse,
    signal,
  });
}
