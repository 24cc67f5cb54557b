/**
 * The import benchmark: a synthetic WordPress export of N posts (bench/lib/wxr-corpus.ts), imported with
 * `npm run import` into an empty content tree, then imported again (nothing to write). Prints and writes wall time
 * and peak memory (bench/lib/measure.ts) to bench/results/import-<label>.json; bench/README.md shows them.
 *
 *   npx node bench/import.ts [--sizes 1000,10000] [--image-every 10] [--label NAME]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { makeImage } from './build-scale.ts';
import { measure } from './lib/measure.ts';
import { writeWxrCorpus } from './lib/wxr-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'image-every': { type: 'string', default: '10' },
    label: { type: 'string', default: 'latest' },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const imageEvery = Number(values['image-every']);

type Run = { wallSeconds: number; cpuSeconds?: number; peakMB: number; ok: boolean };

/** User + system CPU seconds from GNU time's report, when it measured: less swayed by other work on the machine than wall time. */
function cpuSeconds(output: string): number | undefined {
  const user = /User time \(seconds\): ([\d.]+)/.exec(output);
  const system = /System time \(seconds\): ([\d.]+)/.exec(output);
  return user && system ? Number((Number(user[1]) + Number(system[1])).toFixed(2)) : undefined;
}
const runs: { n: number; exportMB: number; images: number; first: Run; again: Run; report: string[] }[] = [];
const loadAverage1m = Number(os.loadavg()[0].toFixed(2));
const date = new Date().toISOString();
let memorySource = '';

for (const n of sizes) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-import-bench-${n}-`));
  try {
    const exportFile = path.join(tmp, 'export.xml');
    const { bytes, uploads } = await writeWxrCorpus(exportFile, n, imageEvery);
    const media = path.join(tmp, 'media');
    for (const [i, upload] of uploads.entries()) {
      fs.mkdirSync(path.dirname(path.join(media, upload)), { recursive: true });
      fs.writeFileSync(
        path.join(media, upload),
        await sharp(await makeImage(i))
          .jpeg({ quality: 70 })
          .toBuffer(),
      );
    }
    const content = path.join(tmp, 'content');
    fs.mkdirSync(content);
    const env = { ...process.env, GAZETTE_CONTENT_DIR: content, SOURCE_DATE_EPOCH: '1793491200', NO_COLOR: '1' };
    const args = [
      'scripts/import.ts',
      'wordpress',
      exportFile,
      '--media',
      media,
      '--time-zone',
      'Europe/Paris',
      '--dateline',
      'Paris, FR',
      '--image-credit',
      'Photo: Bench Gazette',
      '--report',
      path.join(tmp, 'report.txt'),
    ];
    const againArgs = [...args.slice(0, -1), path.join(tmp, 'report-again.txt')];
    console.log(
      `[bench] import of ${n.toLocaleString('en')} posts (${(bytes / 1024 / 1024).toFixed(1)} MB, ${uploads.length} images)…`,
    );
    const first = await measure(process.execPath, args, env, ROOT);
    if (!first.ok) throw new Error(`the import failed:\n${first.output.slice(-3000)}`);
    const again = await measure(process.execPath, againArgs, env, ROOT);
    memorySource = first.memorySource;
    const report = fs
      .readFileSync(path.join(tmp, 'report.txt'), 'utf8')
      .split('\n')
      .filter((l) => /^(posts|attachments|authors) |^Stories:|^Old addresses:|^Files:/.test(l));
    const run = (m: typeof first): Run => ({
      wallSeconds: Number(m.wallSeconds.toFixed(2)),
      cpuSeconds: cpuSeconds(m.output),
      peakMB: Math.round(m.peakMB),
      ok: m.ok,
    });
    runs.push({
      n,
      exportMB: Number((bytes / 1024 / 1024).toFixed(1)),
      images: uploads.length,
      first: run(first),
      again: run(again),
      report,
    });
    console.log(
      `[bench]   first import ${first.wallSeconds.toFixed(1)} s (${cpuSeconds(first.output)} s CPU), peak ${Math.round(first.peakMB)} MB; again ${again.wallSeconds.toFixed(1)} s, peak ${Math.round(again.peakMB)} MB`,
    );
    for (const line of report) console.log(`[bench]   ${line}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const result = {
  date,
  cores: os.availableParallelism(),
  memoryGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
  loadAverage1m,
  imageEvery,
  memorySource,
  runs,
};
fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
fs.writeFileSync(
  path.join(ROOT, 'bench/results', `import-${values.label}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(`[bench] wrote bench/results/import-${values.label}.json`);
