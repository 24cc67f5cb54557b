/**
 * The search index, written beside Astro's build: `node scripts/search-index.ts <output directory> [--reuse <index>]`
 * indexes every published story of the content tree (GAZETTE_CONTENT_DIR) at the build's clock into
 * <output directory>/pagefind/, in bundles (src/lib/search/bundles.ts). scripts/build.ts starts it with Astro and waits
 * for both; a failure fails the build, and dist/ stays as it was. The warm publisher passes the live index as
 * `--reuse`, so only the bundles a save changed are indexed again.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/dir.ts';
import { articleScanCache, buildCacheDir, updateScanCache } from '../src/lib/incremental/cache-dir.ts';
import { storiesPerBundle } from '../src/lib/search/bundles.ts';
import { SEARCH_BUNDLE_DIR } from '../src/lib/search/index-options.ts';
import { searchStories } from '../src/lib/search/story-records.ts';
import { writeSearchBundles } from '../src/lib/search/write-bundles.ts';
import { buildPublication } from '../src/lib/content/publication.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { reuse: { type: 'string' } } });
const outDir = positionals[0];
if (!outDir) {
  console.error('Usage: node scripts/search-index.ts <output directory> [--reuse <live index directory>]');
  process.exit(2);
}
const started = performance.now();
try {
  const wordsDir = path.join(buildCacheDir(), 'search', 'words');
  const stories = searchStories({
    contentDir: contentDir(),
    publication: buildPublication(),
    scanCache: articleScanCache(),
    updateScanCache: updateScanCache(),
    wordsDir,
  });
  const summary = await writeSearchBundles({
    stories,
    per: storiesPerBundle(),
    outputPath: path.join(outDir, SEARCH_BUNDLE_DIR),
    wordsDir,
    reuse: values.reuse,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[search-index] indexed ${summary.stories} articles: ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KB, ${seconds} s` +
      ` (${summary.records} records; ${summary.written} of ${summary.bundles} bundles written)`,
  );
} catch (error) {
  console.error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
