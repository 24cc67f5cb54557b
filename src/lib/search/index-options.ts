/**
 * Writes the Pagefind index of a built site into <site>/pagefind/. Runs in plain
 * Node after Astro has written every page (src/integrations/search-index.ts).
 *
 * Only article pages carry `data-pagefind-body` (src/layouts/ArticleLayout.astro),
 * so the front page, author pages and the search page itself stay out. Within an
 * article, the body regions are the headline with the standfirst, and the body;
 * the selectors below remove what sits inside them but is not the story.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Inside the story's regions, but furniture: the age banner (both copies) and the inline "Related:" aside. */
export const EXCLUDE_SELECTORS = ['[data-age-banner]', '.related-aside'];

/**
 * The files Pagefind reads: article pages (/YYYY/MM/DD/<slug>/index.html, src/lib/article/permalink.ts), the only
 * pages with `data-pagefind-body`. Without it Pagefind parses every listing page only to drop it: at 10,000 articles
 * that was 16.0 s of reading instead of 7.9 s (docs/performance.md, "Search: what a reader's first query downloads").
 */
export const INDEXED_PAGES = '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

/** The folder, under the site's root, that holds the index and Pagefind's own script. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export type IndexSummary = { pages: number; files: number; bytes: number };

/** Indexes every page under `siteDir` and writes the bundle; throws, naming the step, on any error. */
export async function writeSearchIndex(siteDir: string): Promise<IndexSummary> {
  const outputPath = path.join(siteDir, SEARCH_BUNDLE_DIR);
  try {
    const created = await pagefind.createIndex({
      // The whole site is English (<html lang="en">); one language means one index and no per-language split.
      forceLanguage: 'en',
      excludeSelectors: EXCLUDE_SELECTORS,
      writePlayground: false,
    });
    const index = created.index;
    if (!index || created.errors.length > 0) throw new Error(`could not start Pagefind: ${created.errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`could not write ${outputPath}: ${written.errors.join('; ')}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages that made it into the index.
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const pages = Number(entry.languages?.en?.page_count ?? 0);
    if (pages === 0) throw new Error(`found no page marked data-pagefind-body in ${siteDir}`);
    const files = fs.readdirSync(outputPath, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const bytes = files.reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
    return { pages, files: files.length, bytes };
  } finally {
    // The indexer is a child process; closing it lets the build exit as soon as the index is written.
    await pagefind.close();
  }
}
