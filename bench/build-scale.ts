/**
 * Build at scale: for each N, a synthetic corpus in a temporary directory is
 * built cold by Gazette and by Hugo, side by side, then rebuilt warm after one
 * article is edited, and (Gazette) once more with only the clock moved. Nothing
 * is written under content/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { writeCorpus } from './lib/corpus.ts';
import { writeHugoSite } from './lib/hugo-site.ts';
import { type Measured, measure } from './lib/measure.ts';
import { countListingPages, countPages, countShareImages } from './lib/dist-count.ts';
import { treeHashes } from '../tests/support/tree-hash.ts';
import { pagePaths } from '../tests/support/built-site.ts';
import { clickDepths, MAX_CLICKS, storyPaths } from '../tests/support/click-depth.ts';
import { type SearchCost, searchCost } from './lib/search-cost.ts';
import { SHARE_FORMATS } from '../src/lib/share-card/layout.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** A fixed clock, so every run publishes the same articles. */
const EPOCH = '1793491200';

/**
 * `shareImages`: PNGs at the share paths under /share/, one per article per share format and the site's default card.
 * `listingPages`: HTML pages that are neither an article (/YYYY/MM/DD/<slug>/) nor the 404 page: the front page and
 * its later pages, sections, tags, authors and date archives (Gazette's archive; Hugo's author pages).
 * `restored`: outputs Astro's incremental build copied from the cache instead of rendering (absent before issue 17).
 */
export type BuildFigures = {
  wallSeconds: number;
  peakMB: number;
  pages: number;
  listingPages: number;
  shareImages: number;
  restored?: number;
  /** From `npm run build` to the pages being live ("Built dist/ in N s"); absent before issue 23. */
  pagesLiveSeconds?: number;
  /** To the search index being live too: later than the pages when they went live first. */
  searchLiveSeconds?: number;
  /** Image transforms Astro took from its cache, and all it wrote (astro:assets, "reused cache entry"). */
  imagesReused?: number;
  images?: number;
};
type Pair = { cold: BuildFigures; warm: BuildFigures };
export type ScaleResult = {
  n: number;
  /** 1-minute load average just before this size's first build: other work on the machine. */
  loadAverage1m?: number;
  images: number;
  corpusMB: number;
  /** Pagefind over the cold build: index time, memory, size, file count, one query's bytes (bench/lib/search-cost.ts). */
  search?: SearchCost;
  /**
   * `warm` and `clock` are incremental rebuilds from the cold build's cache: after one story's body was edited, and
   * with nothing changed but the clock, one day on. `clock` is absent in results from before issue 17.
   */
  gazette: Pair & { clock?: BuildFigures; stages: string[] };
  /**
   * A build from nothing of the corpus as the one-edit build saw it, and whether the two trees are the same file for
   * file (issue 23: an incremental build publishes what a clean one does). Run at one size (`--verify-at`).
   */
  verify?: { clean: BuildFigures; matches: boolean; differing: string[] };
  /**
   * Hugo with the same output as Gazette, share cards included. Absent above --hugo-cards-max: its cards cost about
   * 130 ms of CPU each (bench/hugo/README.md), so 10,000 articles would take most of an hour.
   * (In results from before Hugo drew cards, this is the pages-only build.)
   */
  hugo?: Pair;
  /** Hugo writing the same pages, feed and sitemap but no share cards: less work than Gazette does. */
  hugoPages?: Pair;
  /** Gazette / Hugo wall time, against each Hugo build that ran. */
  ratio: { cold?: number; warm?: number; coldPages?: number; warmPages?: number };
  memorySource: string;
  /**
   * The archive's promise, crawled on the cold build breadth first from / (tests/support/click-depth.ts): the most
   * clicks any story needs, and how many are within three. Absent before issue 30.
   */
  clicks?: { stories: number; deepestStory: number; withinThree: number; firstTooDeep?: string };
};

/** A colour field with a diagonal gradient, different for every article, 800×450. */
export function makeImage(seed: number): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},60%,70%)"/></linearGradient></defs><rect width="800" height="450" fill="url(#g)"/><circle cx="${200 + (seed % 400)}" cy="225" r="120" fill="hsl(${(hue + 200) % 360},50%,55%)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function figures(m: Measured, dist: string, what: string): BuildFigures {
  if (!m.ok) throw new Error(`${what} failed:\n${m.output.slice(-4000)}`);
  const restored = (m.output.match(/\((?:restored|cached)\)/g) ?? []).length;
  const pagesLive = /Built \S+ in ([\d.]+) s/.exec(m.output);
  const searchLive = /Search index updated, ([\d.]+) s/.exec(m.output);
  return {
    wallSeconds: Number(m.wallSeconds.toFixed(2)),
    peakMB: Math.round(m.peakMB),
    pages: countPages(dist),
    listingPages: countListingPages(dist),
    shareImages: countShareImages(dist),
    restored,
    ...(pagesLive && {
      pagesLiveSeconds: Number(pagesLive[1]),
      searchLiveSeconds: Number(searchLive?.[1] ?? pagesLive[1]),
      imagesReused: (m.output.match(/\(reused cache entry\)/g) ?? []).length,
      images: (m.output.match(/ ▶ \/_astro\//g) ?? []).length,
    }),
  };
}

/** A Hugo build that skipped share cards would be timed doing less work than Gazette: not a figure to publish. */
function requireShareImages(f: BuildFigures, n: number, what: string): BuildFigures {
  const perArticle = Object.keys(SHARE_FORMATS).length;
  if (f.shareImages < n * perArticle)
    throw new Error(`${what} wrote ${f.shareImages} share images, fewer than ${perArticle} for each of ${n} articles`);
  return f;
}

/** Astro's own phase timings, to see where the time goes. */
function stageLines(output: string): string[] {
  return output
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter((l) => /Completed in|built in|Synced|Collecting|Generated|optimized|search-index/i.test(l));
}

const ratio = (a: BuildFigures, b?: BuildFigures) =>
  b ? Number((a.wallSeconds / b.wallSeconds).toFixed(2)) : undefined;

export async function buildAtScale(
  n: number,
  imageEvery: number,
  hugo: string,
  hugoCardsMax: number,
  verify = false,
): Promise<ScaleResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gazette-bench-${n}-`));
  try {
    const corpus = path.join(tmp, 'corpus');
    console.log(`[bench] N=${n}: writing corpus to ${corpus}`);
    const written = await writeCorpus(corpus, n, imageEvery, makeImage);
    const gazetteDist = path.join(tmp, 'gazette-dist');
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      SOURCE_DATE_EPOCH: EPOCH,
      GAZETTE_CONTENT_DIR: corpus,
      GAZETTE_DIST: gazetteDist,
      GAZETTE_CACHE_DIR: path.join(tmp, 'gazette-cache'),
    };
    const node = process.execPath;
    const gazetteBuild = async (what: string, extra: Record<string, string> = {}) =>
      figures(await measure(node, ['scripts/build.ts'], { ...env, ...extra }, ROOT), gazetteDist, what);

    // Fresh per N and per variant, so cold is cold: Hugo keeps processed images under the site's resources/_gen
    // (resourceDir) and other caches in --cacheDir, both inside this run's temporary directory. The warm rebuild
    // reuses both, as Gazette's reuses GAZETTE_CACHE_DIR.
    const hugoVariant = async (name: string, shareCards: boolean) => {
      const site = path.join(tmp, `hugo-${name}-site`);
      await writeHugoSite(site, corpus, { shareCards });
      const out = path.join(tmp, `hugo-${name}-public`);
      const args = ['--source', site, '--destination', out, '--cacheDir', path.join(tmp, `hugo-${name}-cache`)];
      return async (what: string) => {
        const f = figures(
          await measure(hugo, args, { ...process.env, HUGO_ENVIRONMENT: 'production' }, site),
          out,
          what,
        );
        return shareCards ? requireShareImages(f, n, what) : f;
      };
    };
    const hugoPagesBuild = await hugoVariant('pages', false);
    const hugoCardsBuild = n <= hugoCardsMax ? await hugoVariant('cards', true) : undefined;

    const loadAverage1m = Number(os.loadavg()[0].toFixed(2));
    console.log(`[bench] N=${n}: Gazette cold build (load average ${loadAverage1m})`);
    const gCold = await measure(node, ['scripts/build.ts'], env, ROOT);
    const gazetteCold = figures(gCold, gazetteDist, 'Gazette cold build');
    const crawl = clickDepths(gazetteDist, storyPaths(gazetteDist, pagePaths(gazetteDist)));
    const clicks = {
      stories: crawl.stories,
      deepestStory: crawl.deepestStory,
      withinThree: crawl.stories - crawl.tooDeep.length,
      ...(crawl.tooDeep[0] && { firstTooDeep: crawl.tooDeep[0] }),
    };
    console.log(
      `[bench] N=${n}: ${clicks.withinThree} of ${clicks.stories} stories within ${MAX_CLICKS} clicks of the front page; the deepest needs ${clicks.deepestStory}`,
    );
    console.log(`[bench] N=${n}: search: the indexer alone, and one query in Chromium`);
    const search = await searchCost(gazetteDist, corpus, gCold.output, ROOT);
    console.log(`[bench] N=${n}: search ${JSON.stringify(search)}`);
    console.log(`[bench] N=${n}: Hugo cold build, pages only`);
    const pagesCold = await hugoPagesBuild('Hugo cold build (pages only)');
    if (hugoCardsBuild) console.log(`[bench] N=${n}: Hugo cold build, with share cards`);
    else console.log(`[bench] N=${n}: Hugo with share cards skipped (N > --hugo-cards-max ${hugoCardsMax})`);
    const cardsCold = hugoCardsBuild && (await hugoCardsBuild('Hugo cold build (with cards)'));

    // One correction to one story: the case a newsroom meets all day.
    const edited = path.join(corpus, 'articles/00/bench-story-000000.md');
    fs.appendFileSync(edited, '\nThis paragraph was added by a correction.\n');

    console.log(`[bench] N=${n}: warm rebuilds after editing one article`);
    const gazetteWarm = await gazetteBuild('Gazette warm build');
    const pagesWarm = await hugoPagesBuild('Hugo warm build (pages only)');
    const cardsWarm = hugoCardsBuild && (await hugoCardsBuild('Hugo warm build (with cards)'));

    let verified: ScaleResult['verify'];
    if (verify) {
      console.log(
        `[bench] N=${n}: a clean build of the edited corpus, to compare with the one-edit build file by file`,
      );
      const cleanDist = path.join(tmp, 'gazette-clean-dist');
      const clean = figures(
        await measure(
          node,
          ['scripts/build.ts'],
          { ...env, GAZETTE_DIST: cleanDist, GAZETTE_CACHE_DIR: path.join(tmp, 'gazette-clean-cache') },
          ROOT,
        ),
        cleanDist,
        'Gazette clean build after the edit',
      );
      const [edited, fresh] = [treeHashes(gazetteDist), treeHashes(cleanDist)];
      const differing = [...new Set([...Object.keys(edited), ...Object.keys(fresh)])]
        .filter((f) => edited[f] !== fresh[f])
        .sort();
      verified = { clean, matches: differing.length === 0, differing: differing.slice(0, 20) };
      console.log(
        `[bench] N=${n}: one-edit tree ${verified.matches ? 'equals' : 'DIFFERS FROM'} the clean build's (${differing.length} files differ)`,
      );
      fs.rmSync(cleanDist, { recursive: true, force: true });
    }

    // The next day's build with no story touched: only pages whose age banner crossed an anniversary change.
    console.log(`[bench] N=${n}: Gazette rebuild with only the clock moved, one day`);
    const gazetteClock = await gazetteBuild('Gazette clock-only build', {
      SOURCE_DATE_EPOCH: String(Number(EPOCH) + 86_400),
    });
    const result: ScaleResult = {
      n,
      loadAverage1m,
      images: written.images,
      corpusMB: Number((written.bytes / 1024 / 1024).toFixed(1)),
      gazette: { cold: gazetteCold, warm: gazetteWarm, clock: gazetteClock, stages: stageLines(gCold.output) },
      verify: verified,
      search,
      hugo: cardsCold && cardsWarm ? { cold: cardsCold, warm: cardsWarm } : undefined,
      hugoPages: { cold: pagesCold, warm: pagesWarm },
      ratio: {
        cold: ratio(gazetteCold, cardsCold),
        warm: ratio(gazetteWarm, cardsWarm),
        coldPages: ratio(gazetteCold, pagesCold),
        warmPages: ratio(gazetteWarm, pagesWarm),
      },
      memorySource: gCold.memorySource,
      clicks,
    };
    const line = (name: string, f?: BuildFigures) =>
      f
        ? `${name} ${f.wallSeconds}s / ${f.peakMB} MB (${f.pages} pages of which ${f.listingPages} listings, ${f.shareImages} share images)`
        : `${name} not run`;
    console.log(
      `[bench] N=${n}: ${line('Gazette cold', gazetteCold)}; ${line('Hugo cold with cards', cardsCold)}, ratio ${result.ratio.cold ?? '–'}; ` +
        `${line('Hugo cold pages only', pagesCold)}, ratio ${result.ratio.coldPages}; warm ${gazetteWarm.wallSeconds}s (${gazetteWarm.restored} restored) vs ${cardsWarm?.wallSeconds ?? '–'}s / ${pagesWarm.wallSeconds}s; ` +
        `Gazette clock only ${gazetteClock.wallSeconds}s (${gazetteClock.restored} restored)`,
    );
    return result;
  } finally {
    if (process.env.BENCH_KEEP) console.log(`[bench] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}
