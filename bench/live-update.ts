/**
 * Live coverage's publishing speed: "update saved → in updates.json" (the file readers' open pages poll), at N
 * stories (10,000 by default) with one live story of 45 updates. The corpus is built once, cold; then an update file
 * is saved, as an editor or the desk saves one, a build is started at once, and the time is taken from the save to
 * the moment the served site's `updates.json` names the new update (polled every 50 ms, as a host would serve it from
 * dist/), and to the end of the build. Repeated `--runs` times.
 *
 * Through the warm publisher when the checkout has one (`scripts/publish.ts`, `npm run publish -- --watch`): it is
 * started once, and each saved update is timed the same way, from the save to updates.json. Without it, the line says
 * so, and only `npm run build` is measured.
 *
 *   node bench/live-update.ts [--n 10000] [--runs 3] [--image-every 50] [--label NAME]
 *
 * Writes bench/results/live-update-<label>.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AUTHORS, writeCorpus } from './lib/corpus.ts';
import { measure } from './lib/measure.ts';
import { startPublisher } from './lib/publisher-process.ts';
import { median } from './lib/stats.ts';
import { makeImage } from './build-scale.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'image-every': { type: 'string', default: '50' },
    label: { type: 'string' },
  },
});
const n = Number(values.n);
const runs = Number(values.runs);
const label = values.label ?? String(n);
const EPOCH = '1793491200'; // 2026-11-01T00:00:00Z, the tests' clock
const STORY_PAGE = '2026/10/31/bench-live-storm';

/** The live story, and its 45 updates, every 20 minutes on 31 October 2026 (UTC) up to the build's clock. */
function writeLiveStory(corpus: string): void {
  const dir = path.join(corpus, 'articles/live');
  fs.mkdirSync(path.join(dir, 'storm.updates'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'storm.md'),
    [
      '---',
      'headline: "A storm followed live, for the benchmark"',
      'standfirst: "Updates through the day."',
      'slug: bench-live-storm',
      `author: ${AUTHORS[0]}`,
      'published: "2026-10-31T06:00:00Z"',
      'timeZone: UTC',
      'section: World',
      'tags: [Weather]',
      'live:',
      '  start: "2026-10-31T06:00:00Z"',
      '---',
      '',
      'The storm is followed live.',
      '',
    ].join('\n'),
  );
  for (let i = 0; i < 45; i++) writeUpdate(corpus, new Date(Date.UTC(2026, 9, 31, 6, 20) + i * 20 * 60_000), i);
}

function writeUpdate(corpus: string, at: Date, i: number): string {
  const id = at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  fs.writeFileSync(
    path.join(corpus, 'articles/live/storm.updates', `${id}.md`),
    [
      '---',
      `published: "${at.toISOString().slice(0, 19)}Z"`,
      `author: ${AUTHORS[i % AUTHORS.length]}`,
      ...(i % 11 === 5 ? [`headline: "Key event number ${i}"`, 'key: true'] : []),
      '---',
      '',
      `Update number ${i}: the wind is rising along the coast, and the harbour is closed.`,
      '',
    ].join('\n'),
  );
  return id;
}

/** Resolves with the seconds from `since` until dist's updates.json names `id`. */
function whenPublished(dist: string, id: string, since: number, timeoutMs = 20 * 60_000): Promise<number> {
  const file = path.join(dist, STORY_PAGE, 'updates.json');
  return new Promise((resolve, reject) => {
    const tick = setInterval(() => {
      try {
        if (fs.readFileSync(file, 'utf8').includes(`"${id}"`)) {
          clearInterval(tick);
          resolve((performance.now() - since) / 1000);
        }
      } catch {
        // Not there, or being swapped in: asked again.
      }
      if (performance.now() - since > timeoutMs) {
        clearInterval(tick);
        reject(new Error(`updates.json did not name ${id} within ${timeoutMs / 1000} s`));
      }
    }, 50);
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-live-bench-${n}-`));
const corpus = path.join(tmp, 'corpus');
const dist = path.join(tmp, 'dist');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  SOURCE_DATE_EPOCH: EPOCH,
  GAZETTE_CONTENT_DIR: corpus,
  GAZETTE_DIST: dist,
  GAZETTE_CACHE_DIR: path.join(tmp, 'cache'),
};
const result: Record<string, unknown> = {
  date: new Date().toISOString(),
  n,
  cores: os.availableParallelism(),
  loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
};
const save = () =>
  fs.writeFileSync(
    path.join(ROOT, 'bench/results', `live-update-${label}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
try {
  await writeCorpus(corpus, n, Number(values['image-every']), makeImage);
  writeLiveStory(corpus);
  console.log(`[bench] ${n} stories and a live story of 45 updates written; cold build…`);
  const cold = await measure(process.execPath, ['scripts/build.ts'], env, ROOT);
  if (!cold.ok) throw new Error(`The cold build failed:\n${cold.output.split('\n').slice(-30).join('\n')}`);
  result.coldSeconds = Number(cold.wallSeconds.toFixed(1));
  console.log(`[bench] cold build: ${result.coldSeconds} s`);
  save();

  // Each run: one update saved, `npm run build` started at once.
  const build: { toUpdatesJson: number; buildSeconds: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const id = writeUpdate(corpus, new Date(Date.UTC(2026, 9, 31, 21, 30) + run * 60_000), 100 + run);
    const saved = performance.now();
    const published = whenPublished(dist, id, saved);
    const built = await measure(process.execPath, ['scripts/build.ts'], env, ROOT);
    if (!built.ok)
      throw new Error(`The build after an update failed:\n${built.output.split('\n').slice(-30).join('\n')}`);
    const toUpdatesJson = await published;
    build.push({ toUpdatesJson: Number(toUpdatesJson.toFixed(1)), buildSeconds: Number(built.wallSeconds.toFixed(1)) });
    console.log(`[bench] npm run build: update saved → in updates.json ${toUpdatesJson.toFixed(1)} s`);
  }
  result.build = build;
  result.buildMedianSeconds = median(build.map((b) => b.toUpdatesJson));
  save();

  // The warm publisher, when this checkout has one.
  if (fs.existsSync(path.join(ROOT, 'scripts/publish.ts'))) {
    const warm: number[] = [];
    const child = startPublisher(ROOT, env);
    try {
      await child.line(/watching /, 0);
      for (let run = 0; run < runs; run++) {
        const id = writeUpdate(corpus, new Date(Date.UTC(2026, 9, 31, 22, 30) + run * 60_000), 200 + run);
        const seconds = await whenPublished(dist, id, performance.now());
        warm.push(Number(seconds.toFixed(1)));
        console.log(`[bench] warm publisher: update saved → in updates.json ${seconds.toFixed(1)} s`);
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    } finally {
      await child.stop();
    }
    result.warm = warm;
    result.warmMedianSeconds = median(warm);
  } else {
    result.warm = 'no warm publisher in this checkout (scripts/publish.ts): only npm run build was measured';
    console.log(`[bench] ${result.warm}`);
  }
  save();
  console.log(JSON.stringify(result, null, 2));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
