/**
 * One cold build of a synthetic corpus of N articles, for sizes too large for the side-by-side benchmark
 * (issue 17 asks for one build at 100,000 on this machine). Prints and writes when it started, the wall time, the
 * peak memory, Astro's phase lines as logged (with their clock times), and the last lines of output if the build
 * failed: a failure is a result here, not an error.
 *
 *   node bench/build-once.ts --n 100000 [--image-every 50] [--label NAME]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus.ts';
import { countPages } from './lib/dist-count.ts';
import { measure } from './lib/measure.ts';
import { makeImage } from './build-scale.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { n: { type: 'string', default: '100000' }, 'image-every': { type: 'string', default: '50' }, label: { type: 'string' } } });
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
  const m = await measure(process.execPath, ['scripts/build.ts'], {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    SOURCE_DATE_EPOCH: '1793491200',
    GAZETTE_CONTENT_DIR: corpus,
    GAZETTE_DIST: dist,
    GAZETTE_CACHE_DIR: path.join(tmp, 'cache'),
  }, ROOT);
  const lines = m.output.split('\n').map((l) => l.trim());
  const result = {
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
    stages: lines.filter((l) => /Completed in|built in|Synced|Syncing|Generated|search-index|heap|memory|FATAL|Error/i.test(l)),
    tail: m.ok ? [] : lines.filter((l) => !/ [├└]─ /.test(l)).slice(-40),
  };
  console.log(JSON.stringify(result, null, 2));
  fs.writeFileSync(path.join(ROOT, 'bench/results', `build-once-${label}.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
