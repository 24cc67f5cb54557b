/**
 * The search index in bundles (src/lib/search/bundles.ts) at one archive size: for each number of stories per bundle,
 * the index written whole by scripts/search-index.ts (its time and the peak of its process tree, Pagefind included),
 * then one query for "police" (a word in nearly every story, the worst case) typed into /search/ in Chromium with a cold
 * cache, and the bytes it moved (bench/lib/search-cost.ts). What set STORIES_PER_BUNDLE: the reader's first query under
 * 300 KB at 10,000 stories (issue 16) against the warm publisher's tree under 1.5 GB while it re-indexes a bundle
 * (issue 34). Writes bench/results/search-bundles-<label>.json.
 *
 *   node bench/search-bundles.ts [--n 10000] [--per 10000,3000,1250,1000] [--label NAME]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeImage } from './build-scale.ts';
import { writeCorpus } from './lib/corpus.ts';
import { measure, treeRssKB } from './lib/measure.ts';
import { queryTransfer } from './lib/search-cost.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    per: { type: 'string', default: '10000,3000,1250,1000' },
    label: { type: 'string', default: 'latest' },
  },
});
const n = Number(values.n);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-search-bundles-${n}-`));
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  SOURCE_DATE_EPOCH: '1793491200',
  GAZETTE_CONTENT_DIR: path.join(tmp, 'corpus'),
  GAZETTE_DIST: path.join(tmp, 'dist'),
  GAZETTE_CACHE_DIR: path.join(tmp, 'cache'),
};

/** Runs the indexer into `out`, sampling its process tree's resident memory every 50 ms. */
function indexWith(per: number, out: string): Promise<{ seconds: number; peakMB: number; line: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/search-index.ts', out], {
      cwd: ROOT,
      env: { ...env, GAZETTE_SEARCH_BUNDLE_STORIES: String(per) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    let peak = 0;
    const sampler = setInterval(() => child.pid && (peak = Math.max(peak, treeRssKB(child.pid))), 50);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`the indexer failed:\n${output}`));
      const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
      resolve({ seconds, peakMB: Math.round(peak / 1024), line: output.trim() });
    });
  });
}

try {
  console.log(`[search-bundles] N=${n}: corpus and a cold build in ${tmp}`);
  await writeCorpus(env.GAZETTE_CONTENT_DIR, n, 50, makeImage);
  const build = await measure(process.execPath, ['scripts/build.ts'], env, ROOT);
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-3000)}`);
  const live = path.join(env.GAZETTE_DIST, 'pagefind');
  fs.renameSync(live, path.join(tmp, 'built-index'));
  const rows = [];
  for (const per of values.per.split(',').map(Number)) {
    const out = path.join(tmp, `index-${per}`);
    const indexed = await indexWith(per, out);
    const bundles = Object.keys(
      JSON.parse(fs.readFileSync(path.join(out, 'pagefind', 'bundles.json'), 'utf8')).bundles,
    );
    fs.renameSync(path.join(out, 'pagefind'), live);
    const query = await queryTransfer(env.GAZETTE_DIST, 'police');
    fs.rmSync(live, { recursive: true });
    rows.push({ storiesPerBundle: per, bundles: bundles.length, ...indexed, query });
    console.log(`[search-bundles] ${JSON.stringify(rows.at(-1))}`);
  }
  const results = path.join(ROOT, 'bench', 'results', `search-bundles-${values.label}.json`);
  fs.writeFileSync(
    results,
    `${JSON.stringify({ n, date: new Date().toISOString(), loadAverage1m: os.loadavg()[0], rows }, null, 2)}\n`,
  );
  console.log(`[search-bundles] wrote ${path.relative(ROOT, results)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
