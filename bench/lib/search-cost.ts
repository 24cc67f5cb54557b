/**
 * What search costs at scale: the indexer run on its own over a finished build
 * (time and peak memory, the Pagefind binary included), the index's size and
 * file count, and the bytes a one-word query moves on a cold cache, measured in
 * Chromium against the build served as a static host would (gzip on).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from '../../scripts/ensure-browser.ts';
import { measure } from './measure.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

export type SearchCost = {
  /** Seconds the index step took inside the cold build, as it logged them (beside Astro since issue 23). */
  inBuildSeconds?: number;
  /** The indexer alone over the same pages: wall time and the peak RSS of its process tree. */
  aloneSeconds: number;
  alonePeakMB: number;
  indexFiles: number;
  indexMB: number;
  /** Every file the deploy uploads: pages, share cards, the index, assets. */
  distFiles: number;
  /** `byKind`: KB on the wire by what was fetched: Pagefind's script, its WebAssembly, the metadata, index chunks, result fragments. */
  query: { word: string; results: number; requests: number; wireKB: number; byKind?: Record<string, number> };
};

/** "[search-index] indexed 1000 articles: 1234 files, 5678 KB, 9.1 s" ("[gazette:search-index]" before issue 23) */
export function parseIndexLine(
  output: string,
): { articles: number; files: number; kb: number; seconds: number } | undefined {
  const m = /indexed (\d+) articles: (\d+) files, (\d+) KB, ([\d.]+) s/.exec(output);
  return m ? { articles: Number(m[1]), files: Number(m[2]), kb: Number(m[3]), seconds: Number(m[4]) } : undefined;
}

const countFiles = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

/**
 * Indexes the corpus from nothing, as a cold build's indexer does (scripts/search-index.ts, with an empty cache), into
 * a folder of its own; the build is left as it was. Since issue 23 the index is built from the content, not the pages.
 */
async function indexAlone(corpus: string, root: string) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-index-alone-'));
  try {
    const env = { ...process.env, GAZETTE_CONTENT_DIR: corpus, GAZETTE_CACHE_DIR: path.join(scratch, 'cache') };
    const m = await measure(process.execPath, ['scripts/search-index.ts', path.join(scratch, 'out')], env, root);
    if (!m.ok) throw new Error(`Indexing alone failed:\n${m.output.slice(-2000)}`);
    return { seconds: Number(m.wallSeconds.toFixed(2)), peakMB: Math.round(m.peakMB) };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** What a request fetched, from Pagefind's file names: "pagefind.en_1a2b.pf_meta" is metadata, "index/…" a chunk. */
export function requestKind(url: string): string {
  // A merged bundle's files (pagefind/bundles/<k>/…, decision 049) are of the same kinds as the first bundle's.
  const file = new URL(url).pathname.split('/pagefind/')[1]?.replace(/^bundles\/\d+\//, '');
  if (file === undefined) return 'other';
  if (file === 'bundles.json' || file.startsWith('pagefind-entry.json')) return 'entries';
  if (/\.pf_meta$/.test(file)) return 'metadata';
  if (/^wasm\./.test(file)) return 'webassembly';
  if (/^index\//.test(file)) return 'index chunks';
  if (/^fragment\//.test(file)) return 'fragments';
  if (/^filter\//.test(file)) return 'filters';
  if (/\.js$/.test(file)) return 'script';
  return 'other';
}

/** Opens /search/?q=<word> in a fresh browser and sums the bytes of everything fetched once the page is ready. */
export async function queryTransfer(dist: string, word: string) {
  const server = await serveStatic(dist, { gzip: true });
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ['--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    const sizes: Promise<[string, number]>[] = [];
    page.on('requestfinished', (r) =>
      sizes.push(r.sizes().then((s) => [r.url(), s.responseHeadersSize + s.responseBodySize])),
    );
    await page.getByRole('searchbox').fill(word);
    await page.getByRole('status').filter({ hasText: /found/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = Number((await page.getByRole('status').textContent())?.replace(/,/g, '').match(/\d+/)?.[0] ?? 0);
    const fetched = await Promise.all(sizes);
    const bytes = fetched.reduce((a, [, b]) => a + b, 0);
    const byKind: Record<string, number> = {};
    for (const [url, b] of fetched) byKind[requestKind(url)] = (byKind[requestKind(url)] ?? 0) + b;
    for (const kind of Object.keys(byKind)) byKind[kind] = Number((byKind[kind] / 1024).toFixed(1));
    return { word, results, requests: sizes.length, wireKB: Math.round(bytes / 1024), byKind };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function searchCost(
  dist: string,
  corpus: string,
  buildOutput: string,
  root: string,
  word = 'police',
): Promise<SearchCost> {
  const logged = parseIndexLine(buildOutput);
  const bundle = path.join(dist, 'pagefind');
  const indexBytes = fs
    .readdirSync(bundle, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
  const alone = await indexAlone(corpus, root);
  return {
    inBuildSeconds: logged?.seconds,
    aloneSeconds: alone.seconds,
    alonePeakMB: alone.peakMB,
    indexFiles: countFiles(bundle),
    indexMB: Number((indexBytes / 1024 / 1024).toFixed(1)),
    distFiles: countFiles(dist),
    query: await queryTransfer(dist, word),
  };
}
