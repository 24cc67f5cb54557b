/**
 * `npm run bench`: Lighthouse on the real site, then Gazette against Hugo on
 * synthetic corpora of growing size. Prints the figures, writes
 * bench/results/*.json, a chart, and the summary in bench/README.md.
 *
 *   npm run bench                              # everything, N = 100, 1000, 10000
 *   npm run bench -- --sizes 100,1000          # quicker
 *   npm run bench -- --only scale --label after
 *   options: --sizes a,b,c  --runs 5 (Lighthouse runs per page)  --image-every 50 (1 in 50 articles has an image)
 *            --hugo-cards-max 1000 (largest N at which Hugo also draws the share cards; it always builds pages only)
 *            --verify-at 10000 (the size at which the one-edit build is compared with a clean build, file by file)
 *            --only lighthouse|scale|publish|summary  --label NAME (results file suffix; default "latest")
 *   publish (the warm publisher against Hugo's full build, bench/publish.ts; not run by default):
 *            --fixes 5 (body fixes measured)  --soak-saves 360 --soak-interval 10 (an hour of saves)  --verify
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAtScale, type ScaleResult } from './build-scale.ts';
import { publishAtScale, type PublishResult } from './publish.ts';
import { ensureHugo, hugoVersion } from './lib/hugo-site.ts';
import { type LighthouseResult, runLighthouse } from './lighthouse.ts';
import { buildTimeChart } from './lib/chart.ts';
import { summaryMarkdown } from './lib/summary.ts';
import { machineInfo } from './lib/machine.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench/results');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '5' },
    'image-every': { type: 'string', default: '50' },
    // Hugo's share cards cost ~130 ms of CPU each: 10,000 articles with cards would take most of an hour.
    'hugo-cards-max': { type: 'string', default: '1000' },
    // Compare the one-edit build with a clean build of the same corpus, file by file, at this size (issue 23).
    'verify-at': { type: 'string', default: '10000' },
    only: { type: 'string' },
    label: { type: 'string', default: 'latest' },
    fixes: { type: 'string', default: '5' },
    'soak-saves': { type: 'string', default: '360' },
    'soak-interval': { type: 'string', default: '10' },
    verify: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes must be positive whole numbers, like 100,1000: got ${values.sizes}`);
const label = values.label ?? 'latest';
if (!/^[a-z0-9-]+$/.test(label)) throw new Error('--label must be lower-case letters, digits and hyphens');

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const machine = machineInfo(
  git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? ' (with uncommitted changes)' : ''),
);

fs.mkdirSync(RESULTS, { recursive: true });
const write = (name: string, data: unknown) => {
  fs.writeFileSync(path.join(RESULTS, name), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`[bench] wrote bench/results/${name}`);
};

console.log(
  `[bench] ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, commit ${machine.commit}`,
);

if (values.only === 'publish') {
  const hugo = ensureHugo();
  const publish: PublishResult[] = [];
  for (const n of sizes)
    publish.push(
      await publishAtScale(n, {
        imageEvery: Number(values['image-every']),
        hugo,
        fixes: Number(values.fixes),
        soakSaves: Number(values['soak-saves']),
        soakIntervalSeconds: Number(values['soak-interval']),
        verify: values.verify ?? false,
      }),
    );
  write(`publish-${label}.json`, {
    machine,
    hugo: hugoVersion(hugo),
    imageEvery: Number(values['image-every']),
    publish,
  });
}

if (values.only !== 'scale' && values.only !== 'summary' && values.only !== 'publish') {
  const lighthouse: LighthouseResult[] = await runLighthouse(Number(values.runs));
  write(`lighthouse-${label}.json`, { machine, lighthouse });
}

if (values.only !== 'lighthouse' && values.only !== 'summary' && values.only !== 'publish') {
  const hugo = ensureHugo();
  const scale: ScaleResult[] = [];
  for (const n of sizes)
    scale.push(
      await buildAtScale(
        n,
        Number(values['image-every']),
        hugo,
        Number(values['hugo-cards-max']),
        n === Number(values['verify-at']),
      ),
    );
  write(`build-scale-${label}.json`, {
    machine,
    hugo: hugoVersion(hugo),
    imageEvery: Number(values['image-every']),
    scale,
  });
  const svg = buildTimeChart(
    `Cold build time, ${machine.cores} cores (${label})`,
    [
      {
        name: 'Gazette',
        color: '#b3261e',
        points: scale.map((r) => ({ n: r.n, seconds: r.gazette.cold.wallSeconds })),
      },
      {
        name: 'Hugo, same output',
        color: '#1f5fa8',
        points: scale.flatMap((r) => (r.hugo ? [{ n: r.n, seconds: r.hugo.cold.wallSeconds }] : [])),
      },
      {
        name: 'Hugo, no share cards',
        color: '#6b8e23',
        points: scale.flatMap((r) => (r.hugoPages ? [{ n: r.n, seconds: r.hugoPages.cold.wallSeconds }] : [])),
      },
    ].filter((series) => series.points.length > 0),
  );
  fs.writeFileSync(path.join(RESULTS, `build-time-${label}.svg`), svg);
  console.log(`[bench] wrote bench/results/build-time-${label}.svg`);
}

fs.writeFileSync(path.join(ROOT, 'bench/README.md'), summaryMarkdown(RESULTS));
console.log('[bench] wrote bench/README.md');
