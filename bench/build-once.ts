/**
 * One cold build of a synthetic corpus of N articles, for sizes too large for the side-by-side benchmark
 * (issue 23 asks for 100,000 on this machine), then, when it built, a rebuild after one story's body is edited, and
 * Hugo's pages-only build of the same corpus, cold and warm, for the ratio. Prints and writes when it started, the
 * wall time, the peak memory, Astro's phase lines as logged (with their clock times), and the last lines of output if
 * the build failed: a failure is a result here, not an error.
 *
 *   node bench/build-once.ts --n 100000 [--image-every 50] [--label NAME] [--no-edit] [--no-hugo]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus.ts';
import { countPages } from './lib/dist-count.ts';
import { measure } from './lib/measure.ts';
import { makeImage } from './build-scale.ts';
import { ensureHugo, writeHugoSite } from './lib/hugo-site.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const fileMB = (file: string) => Number((fs.statSync(file).size / 1024 / 1024).toFixed(1));
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    'image-every': { type: 'string', default: '50' },
    label: { type: 'string' },
    'no-edit': { type: 'boolean', default: false },
    'no-hugo': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const label = values.label ?? String(n);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-once-${n}-`));
try {
  const corpus = path.join(tmp, 'corpus');
  const started = performance.now();
  const written = await writeCorpus(corpus, n, Number(values['image-every']), makeImage);
  console.log(`[bench] ${n} articles written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const dist = path.join(tmp, 'dist');
  const loadAverage1m = Number(os.loadavg()[0].toFixed(2));
  const startedAt = new Date().toISOString();
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    SOURCE_DATE_EPOCH: '1793491200',
    GAZETTE_CONTENT_DIR: corpus,
    GAZETTE_DIST: dist,
    GAZETTE_CACHE_DIR: path.join(tmp, 'cache'),
  };
  const m = await measure(process.execPath, ['scripts/build.ts'], env, ROOT);
  const lines = m.output.split('\n').map((l) => l.trim());
  const live = (output: string) => Number(/Built \S+ in ([\d.]+) s/.exec(output)?.[1] ?? Number.NaN);
  const searchLive = (output: string) => Number(/Search index updated, ([\d.]+) s/.exec(output)?.[1] ?? live(output));
  const result: Record<string, unknown> = {
    date: startedAt,
    n,
    cores: os.availableParallelism(),
    memoryGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    loadAverage1m,
    corpusMB: Number((written.bytes / 1024 / 1024).toFixed(1)),
    ok: m.ok,
    wallSeconds: Number(m.wallSeconds.toFixed(1)),
    peakMB: Math.round(m.peakMB),
    memorySource: m.memorySource,
    pages: m.ok ? countPages(dist) : 0,
    pagesLiveSeconds: m.ok ? live(m.output) : undefined,
    searchLiveSeconds: m.ok ? searchLive(m.output) : undefined,
    storeMB: m.ok ? fileMB(path.join(env.GAZETTE_CACHE_DIR, 'data-store.json')) : undefined,
    stages: lines.filter((l) =>
      /Completed in|built in|Synced|Syncing|Generated|search-index|heap|memory|FATAL|Error/i.test(l),
    ),
    tail: m.ok ? [] : lines.filter((l) => !/ [├└]─ /.test(l)).slice(-40),
  };
  // Written after each step, so a run stopped part-way (this one takes an hour at 100,000) keeps what it measured.
  const save = () =>
    fs.writeFileSync(
      path.join(ROOT, 'bench/results', `build-once-${label}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  save();
  console.log(
    `[bench] cold: ${JSON.stringify({ ok: result.ok, wallSeconds: result.wallSeconds, peakMB: result.peakMB, pages: result.pages, storeMB: result.storeMB })}`,
  );
  let edit:
    | { wallSeconds: number; pagesLiveSeconds: number; searchLiveSeconds: number; peakMB: number; ok: boolean }
    | undefined;
  if (m.ok && !values['no-edit']) {
    console.log('[bench] one story edited: rebuilding');
    fs.appendFileSync(
      path.join(corpus, 'articles/00/bench-story-000000.md'),
      '\nThis paragraph was added by a correction.\n',
    );
    const e = await measure(process.execPath, ['scripts/build.ts'], env, ROOT);
    edit = {
      ok: e.ok,
      wallSeconds: Number(e.wallSeconds.toFixed(1)),
      pagesLiveSeconds: live(e.output),
      searchLiveSeconds: searchLive(e.output),
      peakMB: Math.round(e.peakMB),
    };
    console.log(`[bench] one edit: ${JSON.stringify(edit)}`);
    result.edit = edit;
    save();
  }
  let hugo:
    | {
        cold: { wallSeconds: number; peakMB: number; ok: boolean };
        warm?: { wallSeconds: number; peakMB: number; ok: boolean };
      }
    | undefined;
  if (!values['no-hugo']) {
    const bin = ensureHugo();
    const site = path.join(tmp, 'hugo-site');
    await writeHugoSite(site, corpus, { shareCards: false });
    const args = [
      '--source',
      site,
      '--destination',
      path.join(tmp, 'hugo-public'),
      '--cacheDir',
      path.join(tmp, 'hugo-cache'),
    ];
    const run = async () => {
      const h = await measure(bin, args, { ...process.env, HUGO_ENVIRONMENT: 'production' }, site);
      return { ok: h.ok, wallSeconds: Number(h.wallSeconds.toFixed(1)), peakMB: Math.round(h.peakMB) };
    };
    console.log('[bench] Hugo, pages only: cold, then warm');
    const cold = await run();
    hugo = { cold, warm: cold.ok ? await run() : undefined };
    console.log(`[bench] Hugo: ${JSON.stringify(hugo)}`);
    result.hugo = hugo;
    save();
  }
  console.log(JSON.stringify(result, null, 2));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
