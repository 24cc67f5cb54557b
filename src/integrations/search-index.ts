/**
 * Builds the search index from the finished pages, Starlight's way: in
 * `astro:build:done`, on the build's output directory. scripts/build.ts builds
 * into a scratch directory and swaps it in only when the whole build succeeds,
 * so an index that fails leaves the last good dist/ (and its index) live.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search/index-options.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'gazette:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await writeSearchIndex(fileURLToPath(dir)).catch((error: unknown) => {
          throw new Error(`Search index failed: ${error instanceof Error ? error.message : String(error)}`);
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`indexed ${summary.pages} articles: ${summary.files} files, ${(summary.bytes / 1024).toFixed(0)} KB, ${seconds} s`);
      },
    },
  };
}
