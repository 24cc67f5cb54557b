/**
 * The warm publisher once at a size too large for the full publish bench (issue 34: "at 100,000 stories, measure the
 * fix and the new story once"): a synthetic corpus of N stories, the publisher's own first build from nothing (so no
 * Hugo and no separate cold `npm run build`, each over an hour at 100,000 on two cores), then one story's body fix and
 * one new story, each timed from the file's write to its page renamed into dist/ (bench/publish.ts's way), and the
 * memory of the publisher's process tree. Writes bench/results/large-publish-<label>.json.
 *
 *   node bench/publish-large.ts [--n 100000] [--label NAME]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeImage } from './build-scale.ts';
import { writeCorpus } from './lib/corpus.ts';
import { inode, startPublisher, whenReplaced } from './lib/publisher-process.ts';
import { storyFile, storyPage, writeNewStory } from './publish.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { n: { type: 'string', default: '100000' }, label: { type: 'string', default: 'latest' } },
});
const n = Number(values.n);
const round = (x: number) => Number(x.toFixed(2));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-publish-large-${n}-`));
const corpus = path.join(tmp, 'corpus');
const dist = path.join(tmp, 'dist');
try {
  console.log(`[large] N=${n}: writing corpus to ${corpus}`);
  await writeCorpus(corpus, n, 50, makeImage);
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    SOURCE_DATE_EPOCH: '1793491200',
    GAZETTE_CONTENT_DIR: corpus,
    GAZETTE_DIST: dist,
    GAZETTE_CACHE_DIR: path.join(tmp, 'cache'),
  };
  console.log(`[large] N=${n}: the publisher's first build, from nothing`);
  const started = performance.now();
  const publisher = startPublisher(ROOT, env);
  let mark = (await publisher.line(/^watching /, 0, 4 * 3_600_000)).index + 1;
  const firstBuildSeconds = round((performance.now() - started) / 1000);
  const firstBuildPeakMB = Math.round(publisher.peakMB());
  await new Promise((r) => setTimeout(r, 5000));
  const idleMB = Math.round(publisher.treeMB());
  publisher.resetPeak();
  console.log(`[large] N=${n}: first build ${firstBuildSeconds} s, peak ${firstBuildPeakMB} MB, idle ${idleMB} MB`);

  const settle = async (t0: number) => {
    const published = await publisher.line(/^published /, mark);
    const settled = await publisher.line(/sitemap and search index live|\(full build: /, published.index);
    mark = settled.index + 1;
    return { line: publisher.lines[published.index].text, searchLive: round((settled.at - t0) / 1000) };
  };
  const i = 11;
  const page = path.join(dist, storyPage(i, n, 50));
  const before = inode(page);
  let t0 = performance.now();
  fs.appendFileSync(path.join(corpus, storyFile(i)), '\nThis paragraph was added by a correction.\n');
  const fixLive = round(await whenReplaced(page, before, t0));
  const fix = { pageLive: fixLive, ...(await settle(t0)) };
  console.log(`[large] N=${n}: fix ${JSON.stringify(fix)}`);

  const slug = 'a-story-published-warm';
  const front = path.join(dist, 'index.html');
  const frontBefore = inode(front);
  t0 = performance.now();
  writeNewStory(corpus, n, slug);
  const [pageLive, frontLive] = await Promise.all([
    whenReplaced(path.join(dist, `2025/01/02/${slug}/index.html`), undefined, t0),
    whenReplaced(front, frontBefore, t0),
  ]);
  const newStory = { pageLive: round(pageLive), frontLive: round(frontLive), ...(await settle(t0)) };
  console.log(`[large] N=${n}: new story ${JSON.stringify(newStory)}`);
  const peakMB = Math.round(publisher.peakMB());
  await publisher.stop();
  const results = path.join(ROOT, 'bench', 'results', `large-publish-${values.label}.json`);
  const memory = { firstBuildPeakMB, idleMB, publishPeakMB: peakMB };
  const machine = { cores: os.cpus().length, memoryGB: round(os.totalmem() / 2 ** 30), node: process.version };
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const record = { n, date: new Date().toISOString(), commit, machine, firstBuildSeconds, fix, newStory, memory };
  fs.writeFileSync(results, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`[large] wrote ${path.relative(ROOT, results)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
