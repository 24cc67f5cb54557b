/**
 * Writes the Pagefind index of the site's stories into <site>/pagefind/, from records built from the content
 * (src/lib/search/story-records.ts), not from the built pages: so it runs beside Astro's page stage, on the other
 * core, instead of after it (scripts/search-index.ts, started by scripts/build.ts). Plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

/** The folder, under the site's root, that holds the index and Pagefind's own script. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export type IndexSummary = { pages: number; files: number; bytes: number };

/**
 * Records sent to Pagefind without waiting for each answer: its service reads them in the order they are sent, so
 * the index is the same, and a few hundred in flight keep it busy without holding every story's words at once.
 */
const IN_FLIGHT = 256;

/** Indexes `records`, in the order given, into `outputPath`; throws, naming the step, on any error. */
export async function writeSearchIndex(
  records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
  outputPath: string,
): Promise<IndexSummary> {
  try {
    // One index per language, each record in its edition's (records.ts); a search page reads the one of its <html lang>.
    const created = await pagefind.createIndex({ writePlayground: false });
    const index = created.index;
    if (!index || created.errors.length > 0) throw new Error(`could not start Pagefind: ${created.errors.join('; ')}`);
    let sent = 0;
    let failure: Error | undefined;
    const pending = new Set<Promise<void>>();
    for await (const record of records) {
      const added: Promise<void> = index.addCustomRecord(record).then(
        (result) => {
          pending.delete(added);
          if (result.errors.length > 0)
            failure ??= new Error(`could not index ${record.url}: ${result.errors.join('; ')}`);
        },
        (error: Error) => {
          pending.delete(added);
          failure ??= error;
        },
      );
      pending.add(added);
      sent++;
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
      if (failure) throw failure;
    }
    await Promise.all(pending);
    if (failure) throw failure;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`could not write ${outputPath}: ${written.errors.join('; ')}`);
    const pages = bundlePages(outputPath);
    if (pages === 0 && sent > 0) throw new Error(`indexed no page of ${sent}`);
    const files = fs.readdirSync(outputPath, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const bytes = files.reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
    return { pages, files: files.length, bytes };
  } finally {
    // The indexer is a child process; closing it lets this process exit as soon as the index is written.
    await pagefind.close();
  }
}

/** The pages a written bundle holds, every language's, from its entry file. */
export function bundlePages(bundleDir: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8'));
  const languages: Record<string, { page_count?: number }> = entry.languages ?? {};
  return Object.values(languages).reduce((sum, l) => sum + Number(l.page_count ?? 0), 0);
}
