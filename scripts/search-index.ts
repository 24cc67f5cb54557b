/**
 * The search index, written beside Astro's build: `node scripts/search-index.ts <output directory>` indexes every
 * published story of the content tree (GAZETTE_CONTENT_DIR) at the build's clock into <output directory>/pagefind/.
 * scripts/build.ts starts it with Astro and waits for both; a failure fails the build, and dist/ stays as it was.
 */
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { articleScanCache, buildCacheDir, updateScanCache } from '../src/lib/incremental/cache-dir.ts';
import { SEARCH_BUNDLE_DIR, writeSearchIndex } from '../src/lib/search/index-options.ts';
import { storyRecords } from '../src/lib/search/story-records.ts';
import { buildPublication } from '../src/lib/content/publication.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: node scripts/search-index.ts <output directory>');
  process.exit(2);
}
const started = performance.now();
try {
  const records = storyRecords({
    contentDir: contentDir(),
    publication: buildPublication(),
    scanCache: articleScanCache(),
    updateScanCache: updateScanCache(),
    wordsDir: path.join(buildCacheDir(), 'search', 'words'),
  });
  const summary = await writeSearchIndex(records, path.join(outDir, SEARCH_BUNDLE_DIR));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[search-index] indexed ${summary.pages} articles: ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KB, ${seconds} s`,
  );
} catch (error) {
  console.error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
