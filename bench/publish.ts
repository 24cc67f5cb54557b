/**
 * The warm publisher against Hugo's full build, in one run (issue 34): for a synthetic corpus of N stories, Hugo's
 * cold build of pages, tag and section pages, RSS and a sitemap; Gazette's cold `npm run build`; then the publisher
 * (`npm run publish -- --watch`) on the same dist/ and cache: its first build, a one-story body fix saved → its page
 * live, a new story → its page and the front page live, the resident memory of its whole process tree, and a soak of
 * many saves with the tree's memory after each. Times are from the file's write to the new file renamed into dist/
 * (its inode changes), read by polling, not from the publisher's own lines. Optionally the tree is compared with a
 * clean build at the end, file by file. Nothing is written under content/.
 *
 *   npm run bench -- --only publish --sizes 10000 [--soak-saves 360 --soak-interval 10] [--fixes 5] [--verify]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeImage } from './build-scale.ts';
import { slugOf, syntheticArticle, writeCorpus } from './lib/corpus.ts';
import { writeHugoSite } from './lib/hugo-site.ts';
import { measure } from './lib/measure.ts';
import { inode, startPublisher, whenReplaced } from './lib/publisher-process.ts';
import { median } from './lib/stats.ts';
import { countPages } from './lib/dist-count.ts';
import { treeHashes } from '../tests/support/tree-hash.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** A fixed clock, so every run publishes the same stories (bench/build-scale.ts). */
const EPOCH = '1793491200';

export type PublishOptions = {
  imageEvery: number;
  hugo: string;
  /** Body fixes measured one after another, each on another story. */
  fixes: number;
  soakSaves: number;
  soakIntervalSeconds: number;
  verify: boolean;
};

export type PublishResult = {
  n: number;
  loadAverage1m: number;
  images: number;
  /** Hugo's cold build: pages, author, tag and section pages, RSS, sitemap (no share cards). */
  hugo: { seconds: number; peakMB: number; pages: number };
  /** `npm run build` from nothing, and what it published. */
  cold: { seconds: number; peakMB: number; pages: number };
  /** The publisher's own first build (warm cache: as npm run build again), until it says `watching`. */
  firstBuildSeconds: number;
  /** Each body fix: saved → its page renamed into dist/, → the `published` line, → the search index live. */
  fixes: { pageLive: number; publishedLine: number; searchLive: number }[];
  /** A new story: saved → its page live, → the front page live, → the `published` line (all pages), → search live. */
  newStory: {
    pageLive: number;
    frontLive: number;
    bothLive: number;
    publishedLine: number;
    searchLive: number;
    pages: number;
  };
  /** Resident memory of the publisher's process tree (supervisor, worker, search indexer and Pagefind), in MB. */
  memory: { firstBuildPeakMB: number; afterFirstBuildMB: number; idleMB: number; peakMB: number };
  soak: { saves: number; intervalSeconds: number; treeMB: number[]; peakMB: number; secondsToPageLive: number[] };
  verify?: { matches: boolean; differing: string[] };
  ratios: { fixToHugo: number; newStoryToHugo: number; coldToHugo: number };
};

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** Story i's page, relative to dist/. */
export function storyPage(i: number, n: number, imageEvery: number): string {
  const { markdown } = syntheticArticle(i, n, imageEvery);
  const date = /^published: "(\d{4})-(\d{2})-(\d{2})T/m.exec(markdown)!;
  return `${date[1]}/${date[2]}/${date[3]}/${slugOf(i)}/index.html`;
}
/** A new story, the newest, at 2025/01/02/<slug>/: what the publish benches save as "a new story". */
export function writeNewStory(corpus: string, n: number, slug: string): void {
  fs.mkdirSync(path.join(corpus, 'articles/new'), { recursive: true });
  fs.writeFileSync(
    path.join(corpus, 'articles/new', `${slug}.md`),
    syntheticArticle(1, n, 0)
      .markdown.replace(/^slug: .*$/m, `slug: ${slug}`)
      .replace(/^published: .*$/m, 'published: "2025-01-02T09:00:00Z"')
      .replace(/^headline: .*$/m, 'headline: "A story published while the publisher runs"')
      .replace(/^source:\n.*\n.*\n/m, ''),
  );
}
export const storyFile = (i: number) => `articles/${String(i % 100).padStart(2, '0')}/${slugOf(i)}.md`;

export async function publishAtScale(n: number, options: PublishOptions): Promise<PublishResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-publish-${n}-`));
  try {
    const corpus = path.join(tmp, 'corpus');
    console.log(`[bench] N=${n}: writing corpus to ${corpus}`);
    const written = await writeCorpus(corpus, n, options.imageEvery, makeImage);
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
    const loadAverage1m = round(os.loadavg()[0]);

    console.log(`[bench] N=${n}: Hugo's full build (pages, author, tag and section pages, RSS, sitemap)`);
    const hugoSite = path.join(tmp, 'hugo-site');
    await writeHugoSite(hugoSite, corpus, { shareCards: false, listings: true });
    const hugoOut = path.join(tmp, 'hugo-public');
    const hugoRun = await measure(
      options.hugo,
      ['--source', hugoSite, '--destination', hugoOut, '--cacheDir', path.join(tmp, 'hugo-cache')],
      { ...process.env, HUGO_ENVIRONMENT: 'production' },
      hugoSite,
    );
    if (!hugoRun.ok) throw new Error(`Hugo failed:\n${hugoRun.output.slice(-3000)}`);
    const hugo = {
      seconds: round(hugoRun.wallSeconds),
      peakMB: Math.round(hugoRun.peakMB),
      pages: countPages(hugoOut),
    };
    console.log(`[bench] N=${n}: Hugo ${JSON.stringify(hugo)}`);

    console.log(`[bench] N=${n}: Gazette's cold npm run build`);
    const coldRun = await measure(process.execPath, ['scripts/build.ts'], env, ROOT);
    if (!coldRun.ok) throw new Error(`Gazette's build failed:\n${coldRun.output.slice(-3000)}`);
    const cold = { seconds: round(coldRun.wallSeconds), peakMB: Math.round(coldRun.peakMB), pages: countPages(dist) };
    console.log(`[bench] N=${n}: cold ${JSON.stringify(cold)}`);

    console.log(`[bench] N=${n}: the publisher's first build`);
    const started = performance.now();
    const publisher = startPublisher(ROOT, env);
    let mark = (await publisher.line(/^watching /, 0)).index + 1;
    const firstBuildSeconds = round((performance.now() - started) / 1000);
    // What the build left settles first (its collection, the cards' threads) before the tree is weighed idle.
    await new Promise((r) => setTimeout(r, 5000));
    const afterFirstBuildMB = Math.round(publisher.treeMB());
    // The first build is `npm run build` in the worker, with the search indexer beside it: weighed on its own.
    const firstBuildPeakMB = Math.round(publisher.peakMB());
    publisher.resetPeak();

    /** Saves `change()` and waits for the page at `watch` to be replaced; then for the publish to settle. */
    const save = async (change: () => void, watch: string) => {
      const file = path.join(dist, watch);
      const before = inode(file);
      const t0 = performance.now();
      change();
      const pageLive = await whenReplaced(file, before, t0);
      const published = await publisher.line(/^published /, mark);
      const settled = await publisher.line(/sitemap and search index live|\(full build: /, published.index);
      mark = settled.index + 1;
      return {
        pageLive: round(pageLive),
        publishedLine: round((published.at - t0) / 1000),
        searchLive: round((settled.at - t0) / 1000),
      };
    };

    console.log(`[bench] N=${n}: ${options.fixes} body fixes, one story each`);
    const fixes = [];
    for (let k = 0; k < options.fixes; k++) {
      const i = (k * 7919 + 11) % n;
      fixes.push(
        await save(
          () => fs.appendFileSync(path.join(corpus, storyFile(i)), `\nThis paragraph was added by correction ${k}.\n`),
          storyPage(i, n, options.imageEvery),
        ),
      );
      console.log(`[bench] N=${n}: fix ${k + 1}: ${JSON.stringify(fixes.at(-1))}`);
    }

    console.log(`[bench] N=${n}: a new story, the newest`);
    const slug = 'a-story-published-warm';
    const newPage = path.join(dist, `2025/01/02/${slug}/index.html`);
    const front = path.join(dist, 'index.html');
    const frontBefore = inode(front);
    const t0 = performance.now();
    writeNewStory(corpus, n, slug);
    const [pageLive, frontLive] = await Promise.all([
      whenReplaced(newPage, undefined, t0),
      whenReplaced(front, frontBefore, t0),
    ]);
    const published = await publisher.line(/^published /, mark);
    const settled = await publisher.line(/sitemap and search index live|\(full build: /, published.index);
    mark = settled.index + 1;
    const newStory = {
      pageLive: round(pageLive),
      frontLive: round(frontLive),
      bothLive: round(Math.max(pageLive, frontLive)),
      publishedLine: round((published.at - t0) / 1000),
      searchLive: round((settled.at - t0) / 1000),
      pages: Number(/^published (\d+) page/.exec(publisher.lines[published.index].text)?.[1] ?? Number.NaN),
    };
    console.log(`[bench] N=${n}: new story ${JSON.stringify(newStory)}`);

    await new Promise((r) => setTimeout(r, 5000));
    const idleMB = Math.round(publisher.treeMB());
    console.log(
      `[bench] N=${n}: soak: ${options.soakSaves} saves, one every ${options.soakIntervalSeconds} s (tree memory after each)`,
    );
    const treeMB: number[] = [];
    const secondsToPageLive: number[] = [];
    // Saves come at their own pace, as an editor's do: the next does not wait for the last one's search index (a save
    // that arrives while it is written takes it over).
    for (let k = 0; k < options.soakSaves; k++) {
      const next = performance.now() + options.soakIntervalSeconds * 1000;
      const i = (k * 104729 + 3) % n;
      const page = path.join(dist, storyPage(i, n, options.imageEvery));
      const before = inode(page);
      const t = performance.now();
      mark = publisher.lines.length;
      fs.appendFileSync(path.join(corpus, storyFile(i)), `\nSoak save ${k}.\n`);
      secondsToPageLive.push(round(await whenReplaced(page, before, t)));
      treeMB.push(Math.round(publisher.treeMB()));
      if ((k + 1) % 20 === 0)
        console.log(
          `[bench] N=${n}: soak ${k + 1}: tree ${treeMB.at(-1)} MB, peak ${Math.round(publisher.peakMB())} MB`,
        );
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    if (options.soakSaves > 0) {
      const last = await publisher.line(/^published /, mark);
      await publisher.line(/sitemap and search index live|\(full build: /, last.index);
    }
    const peakMB = Math.round(publisher.peakMB());
    await publisher.stop();

    let verify: PublishResult['verify'];
    if (options.verify) {
      console.log(`[bench] N=${n}: a clean build of the same content, compared file by file`);
      const cleanDist = path.join(tmp, 'clean-dist');
      const clean = await measure(
        process.execPath,
        ['scripts/build.ts'],
        { ...env, GAZETTE_DIST: cleanDist, GAZETTE_CACHE_DIR: path.join(tmp, 'clean-cache') },
        ROOT,
      );
      if (!clean.ok) throw new Error(`the clean build failed:\n${clean.output.slice(-3000)}`);
      const [a, b] = [treeHashes(dist), treeHashes(cleanDist)];
      const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== b[f]).sort();
      verify = { matches: differing.length === 0, differing: differing.slice(0, 20) };
      console.log(`[bench] N=${n}: the publisher's tree ${verify.matches ? 'equals' : 'DIFFERS FROM'} a clean build's`);
    }

    return {
      n,
      loadAverage1m,
      images: written.images,
      hugo,
      cold,
      firstBuildSeconds,
      fixes,
      newStory,
      memory: { firstBuildPeakMB, afterFirstBuildMB, idleMB, peakMB },
      soak: {
        saves: options.soakSaves,
        intervalSeconds: options.soakIntervalSeconds,
        treeMB,
        peakMB,
        secondsToPageLive,
      },
      verify,
      ratios: {
        fixToHugo: round(median(fixes.map((f) => f.pageLive)) / hugo.seconds, 3),
        newStoryToHugo: round(newStory.bothLive / hugo.seconds, 3),
        coldToHugo: round(cold.seconds / hugo.seconds, 2),
      },
    };
  } finally {
    if (process.env.BENCH_KEEP) console.log(`[bench] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}
