/**
 * The search index, written beside Astro's build: `node scripts/search-index.ts <output directory>` indexes every
 * published story of the content tree (GAZETTE_CONTENT_DIR) at the build's clock into <output directory>/pagefind/
 * (src/lib/search/site-index.ts). scripts/build.ts starts it with Astro and waits for both; a failure fails the build,
 * and dist/ stays as it was.
 */
import { writeSiteIndex } from '../src/lib/search/site-index.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: node scripts/search-index.ts <output directory>');
  process.exit(2);
}
const started = performance.now();
try {
  const summary = await writeSiteIndex(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[search-index] indexed ${summary.stories} articles: ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KB, ${seconds} s` +
      ` (${summary.records} records; ${summary.written} of ${summary.bundles} bundles written)`,
  );
} catch (error) {
  console.error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
