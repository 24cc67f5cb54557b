/**
 * Build at scale: for each N, a synthetic corpus in a temporary directory is
 * built cold by Gazette and by Hugo, side by side, then rebuilt warm after one
 * article is edited. Nothing is written under content/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { writeCorpus } from './lib/corpus.ts';
import { type Measured, measure } from './lib/measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** A fixed clock, so every run publishes the same articles. */
const EPOCH = '1793491200';

export type BuildFigures = { wallSeconds: number; peakMB: number; pages: number };
export type ScaleResult = {
  n: number;
  /** 1-minute load average just before this size's first build: other work on the machine. */
  loadAverage1m?: number;
  images: number;
  corpusMB: number;
  gazette: { cold: BuildFigures; warm: BuildFigures; stages: string[] };
  hugo: { cold: BuildFigures; warm: BuildFigures };
  ratio: { cold: number; warm: number };
  memorySource: string;
};

/** A colour field with a diagonal gradient, different for every article, 800×450. */
export function makeImage(seed: number): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},60%,70%)"/></linearGradient></defs><rect width="800" height="450" fill="url(#g)"/><circle cx="${200 + (seed % 400)}" cy="225" r="120" fill="hsl(${(hue + 200) % 360},50%,55%)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Debian's hugo, installed with apt-get when missing and we are root. */
export function ensureHugo(): string {
  const found = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('Hugo is not installed; as root run: apt-get install -y hugo');
  console.log("[bench] Hugo is missing: installing Debian's hugo package with apt-get (as root).");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'inherit', env });
  const installed = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();
  if (!installed) throw new Error('Could not install Hugo with apt-get');
  return installed;
}

export function hugoVersion(hugo: string): string {
  return spawnSync(hugo, ['version'], { encoding: 'utf8' }).stdout.trim();
}

function countPages(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

export function writeHugoSite(siteDir: string, corpus: string): void {
  fs.cpSync(path.join(ROOT, 'bench/hugo/layouts'), path.join(siteDir, 'layouts'), { recursive: true });
  fs.mkdirSync(path.join(siteDir, 'assets'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'src/styles/global.css'), path.join(siteDir, 'assets/global.css'));
  const articles = path.join(corpus, 'articles');
  fs.writeFileSync(
    path.join(siteDir, 'hugo.yaml'),
    [
      'baseURL: http://localhost:4321/',
      'languageCode: en',
      'disableKinds: [taxonomy, section, RSS, sitemap, robotsTXT]',
      'ignoreErrors: [error-disable-taxonomy]',
      // Front matter's `author` is the taxonomy, so each author gets a page listing their stories.
      'taxonomies: { writer: author }',
      'permalinks: { articles: "/:year/:month/:day/:slug/" }',
      // Like Gazette: the writer's straight quotes stay straight.
      'markup: { goldmark: { extensions: { typographer: false } } }',
      'module:',
      '  mounts:',
      `    - { source: ${JSON.stringify(articles)}, target: content/articles }`,
      `    - { source: ${JSON.stringify(articles)}, target: assets/articles }`,
      '    - { source: assets, target: assets }',
      '    - { source: layouts, target: layouts }',
      '',
    ].join('\n'),
  );
}

function figures(m: Measured, pages: number, what: string): BuildFigures {
  if (!m.ok) throw new Error(`${what} failed:\n${m.output.slice(-4000)}`);
  return { wallSeconds: Number(m.wallSeconds.toFixed(2)), peakMB: Math.round(m.peakMB), pages };
}

/** Astro's own phase timings, to see where the time goes. */
function stageLines(output: string): string[] {
  return output
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter((l) => /Completed in|built in|Synced|Collecting|Generated|optimized/i.test(l));
}

export async function buildAtScale(n: number, imageEvery: number, hugo: string): Promise<ScaleResult> {
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

    const loadAverage1m = Number(os.loadavg()[0].toFixed(2));
    console.log(`[bench] N=${n}: Gazette cold build (load average ${loadAverage1m})`);
    const gCold = await measure(node, ['scripts/build.ts'], env, ROOT);
    const gazetteCold = figures(gCold, countPages(gazetteDist), 'Gazette cold build');

    const hugoSite = path.join(tmp, 'hugo-site');
    writeHugoSite(hugoSite, corpus);
    const hugoPublic = path.join(tmp, 'hugo-public');
    const hugoArgs = ['--source', hugoSite, '--destination', hugoPublic, '--cacheDir', path.join(tmp, 'hugo-cache')];
    console.log(`[bench] N=${n}: Hugo cold build`);
    const hCold = await measure(hugo, hugoArgs, { ...process.env, HUGO_ENVIRONMENT: 'production' }, hugoSite);
    const hugoCold = figures(hCold, countPages(hugoPublic), 'Hugo cold build');

    // One correction to one story: the case a newsroom meets all day.
    const edited = path.join(corpus, 'articles/00/bench-story-000000.md');
    fs.appendFileSync(edited, '\nThis paragraph was added by a correction.\n');

    console.log(`[bench] N=${n}: Gazette warm rebuild after editing one article`);
    const gazetteWarm = figures(await measure(node, ['scripts/build.ts'], env, ROOT), countPages(gazetteDist), 'Gazette warm build');
    console.log(`[bench] N=${n}: Hugo warm rebuild after editing one article`);
    const hugoWarm = figures(
      await measure(hugo, hugoArgs, { ...process.env, HUGO_ENVIRONMENT: 'production' }, hugoSite),
      countPages(hugoPublic),
      'Hugo warm build',
    );
    const result: ScaleResult = {
      n,
      loadAverage1m,
      images: written.images,
      corpusMB: Number((written.bytes / 1024 / 1024).toFixed(1)),
      gazette: { cold: gazetteCold, warm: gazetteWarm, stages: stageLines(gCold.output) },
      hugo: { cold: hugoCold, warm: hugoWarm },
      ratio: {
        cold: Number((gazetteCold.wallSeconds / hugoCold.wallSeconds).toFixed(2)),
        warm: Number((gazetteWarm.wallSeconds / hugoWarm.wallSeconds).toFixed(2)),
      },
      memorySource: gCold.memorySource,
    };
    console.log(
      `[bench] N=${n}: Gazette cold ${gazetteCold.wallSeconds}s / ${gazetteCold.peakMB} MB (${gazetteCold.pages} pages), ` +
        `Hugo cold ${hugoCold.wallSeconds}s / ${hugoCold.peakMB} MB (${hugoCold.pages} pages), ratio ${result.ratio.cold}; ` +
        `warm ${gazetteWarm.wallSeconds}s vs ${hugoWarm.wallSeconds}s`,
    );
    return result;
  } finally {
    if (process.env.BENCH_KEEP) console.log(`[bench] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}
