/**
 * Before and after, side by side: builds the same synthetic corpus with another
 * commit of Gazette (a temporary git worktree sharing this checkout's
 * node_modules) and with this checkout, alternating, so both see the same
 * machine load. Prints the figures and writes bench/results/compare-<label>.json.
 *
 *   npm run bench:compare -- --base a8c083f --sizes 1000 --runs 2 --label share-cards
 *
 * The base must build with the dependencies installed here; a commit that
 * declares or locks others would be measured with the wrong ones, so it is refused.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeImage } from './build-scale.ts';
import { writeCorpus } from './lib/corpus.ts';
import { measure } from './lib/measure.ts';
import { median } from './lib/stats.ts';
import { summaryMarkdown } from './lib/summary.ts';
import { machineInfo } from './lib/machine.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    sizes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '2' },
    label: { type: 'string', default: 'latest' },
    'image-every': { type: 'string', default: '50' },
  },
});
if (!values.base) throw new Error('--base <commit> is required: the commit to compare this checkout against');
const label = values.label ?? 'latest';
if (!/^[a-z0-9-]+$/.test(label)) throw new Error('--label must be lower-case letters, digits and hyphens');
const sizes = (values.sizes ?? '').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes must be positive whole numbers, like 100,1000: got ${values.sizes}`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number: got ${values.runs}`);

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const baseCommit = git('rev-parse', '--short', values.base);
const headCommit =
  git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? ' (with uncommitted changes)' : '');
const dependencies = (rev: string) => {
  const pkg = JSON.parse(git('show', `${rev}:package.json`));
  return JSON.stringify([pkg.dependencies, pkg.devDependencies, git('show', `${rev}:package-lock.json`)]);
};
if (dependencies(values.base) !== dependencies('HEAD')) {
  throw new Error(`${baseCommit} has other dependencies than this checkout; compare commits that share them`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-compare-'));
const baseDir = path.join(tmp, 'base');

type Side = { wallSeconds: number[]; peakMB: number[] };
const results: { n: number; base: Side; head: Side; ratio: number }[] = [];
try {
  git('worktree', 'add', '--detach', baseDir, values.base);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(baseDir, 'node_modules'));
  for (const n of sizes) {
    const corpus = path.join(tmp, `corpus-${n}`);
    await writeCorpus(corpus, n, Number(values['image-every']), makeImage);
    const sides: Record<'base' | 'head', Side> = {
      base: { wallSeconds: [], peakMB: [] },
      head: { wallSeconds: [], peakMB: [] },
    };
    for (let run = 0; run < runs; run++) {
      for (const [side, dir] of [
        ['base', baseDir],
        ['head', ROOT],
      ] as const) {
        const out = path.join(tmp, `${side}-dist`);
        const cache = path.join(tmp, `${side}-cache-${n}-${run}`);
        const env = {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          SOURCE_DATE_EPOCH: '1793491200',
          GAZETTE_CONTENT_DIR: corpus,
          GAZETTE_DIST: out,
          GAZETTE_CACHE_DIR: cache,
        };
        const m = await measure(process.execPath, ['scripts/build.ts'], env, dir);
        if (!m.ok) throw new Error(`${side} build of ${n} articles failed:\n${m.output.slice(-3000)}`);
        sides[side].wallSeconds.push(Number(m.wallSeconds.toFixed(2)));
        sides[side].peakMB.push(Math.round(m.peakMB));
        console.log(
          `[compare] N=${n} run ${run + 1}: ${side} ${m.wallSeconds.toFixed(2)} s, ${Math.round(m.peakMB)} MB`,
        );
        fs.rmSync(cache, { recursive: true, force: true });
      }
    }
    const ratio = Number((median(sides.head.wallSeconds) / median(sides.base.wallSeconds)).toFixed(2));
    results.push({ n, base: sides.base, head: sides.head, ratio });
    console.log(`[compare] N=${n}: after/before = ${ratio}`);
  }
} finally {
  if (fs.existsSync(baseDir)) git('worktree', 'remove', '--force', baseDir);
  fs.rmSync(tmp, { recursive: true, force: true });
}

const machine = machineInfo(headCommit);
const file = path.join(ROOT, 'bench/results', `compare-${label}.json`);
fs.writeFileSync(
  file,
  `${JSON.stringify({ machine, base: baseCommit, head: headCommit, runs, imageEvery: Number(values['image-every']), results }, null, 2)}\n`,
);
console.log(`[compare] wrote ${path.relative(ROOT, file)}`);
fs.writeFileSync(path.join(ROOT, 'bench/README.md'), summaryMarkdown(path.join(ROOT, 'bench/results')));
console.log('[compare] wrote bench/README.md');
