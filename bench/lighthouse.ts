/**
 * Lighthouse (mobile preset, simulated throttling) on the article, front and
 * author pages of the real site, served from a loopback port by a plain static
 * server with gzip. Each page is measured `runs` times; the median is reported.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pageKind } from '../tests/support/budget.ts';
import { ensureBrowser } from '../scripts/ensure-browser.ts';
import { median } from './lib/stats.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Chromium's background connections are refused by a closed network; these flags stop them. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export type LighthouseRun = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  totalBytes: number;
};
export type LighthouseResult = {
  page: string;
  path: string;
  runs: number;
  median: LighthouseRun;
  all: LighthouseRun[];
};

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
    );
  });
}

function readReport(file: string): LighthouseRun {
  const lhr = JSON.parse(fs.readFileSync(file, 'utf8'));
  const audit = (id: string) => lhr.audits[id]?.numericValue as number;
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as LighthouseRun['scores'],
    lcpMs: Math.round(audit('largest-contentful-paint')),
    cls: Number(audit('cumulative-layout-shift').toFixed(4)),
    tbtMs: Math.round(audit('total-blocking-time')),
    totalBytes: audit('total-byte-weight'),
  };
}

function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const m = (f: (r: LighthouseRun) => number) => median(runs.map(f));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, m((r) => r.scores[c])])) as LighthouseRun['scores'],
    lcpMs: m((r) => r.lcpMs),
    cls: m((r) => r.cls),
    tbtMs: m((r) => r.tbtMs),
    totalBytes: m((r) => r.totalBytes),
  };
}

/** The site's pages to measure: the first article, the front page, the first author. */
function pagesOf(dist: string): { page: string; path: string }[] {
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort();
  const first = (kind: string) => files.find((f) => pageKind(f) === kind);
  const toPath = (f: string | undefined) => (f ? `/${f.replace(/index\.html$/, '')}` : undefined);
  return [
    { page: 'article', path: toPath(first('article')) },
    { page: 'front', path: '/' },
    { page: 'author', path: toPath(first('author')) },
  ].filter((p): p is { page: string; path: string } => Boolean(p.path));
}

export async function runLighthouse(runs: number): Promise<LighthouseResult[]> {
  const chrome = ensureBrowser();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-lighthouse-'));
  const dist = path.join(tmp, 'dist');
  try {
    console.log('[bench] Lighthouse: building the site');
    const built = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        GAZETTE_DIST: dist,
        GAZETTE_CACHE_DIR: path.join(tmp, 'cache'),
      },
    });
    if (built.status !== 0) throw new Error('Lighthouse: the site did not build');
    const server = await serveStatic(dist, { gzip: true });
    const results: LighthouseResult[] = [];
    try {
      for (const { page, path: urlPath } of pagesOf(dist)) {
        const all: LighthouseRun[] = [];
        for (let i = 0; i < runs; i++) {
          const out = path.join(tmp, `${page}-${i}.json`);
          // Asynchronous: the static server answering Lighthouse runs in this process.
          const lh = await run(
            process.execPath,
            [
              path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
              `${server.url}${urlPath}`,
              '--quiet',
              '--output=json',
              `--output-path=${out}`,
              `--only-categories=${CATEGORIES.join(',')}`,
              `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
            ],
            { ...process.env, CHROME_PATH: chrome },
          );
          if (lh.code !== 0 || !fs.existsSync(out)) throw new Error(`Lighthouse failed on ${urlPath}:\n${lh.stderr}`);
          all.push(readReport(out));
        }
        const result = { page, path: urlPath, runs, median: medianRun(all), all };
        const m = result.median;
        console.log(
          `[bench] Lighthouse ${page}: ${CATEGORIES.map((c) => `${c} ${m.scores[c]}`).join(', ')}; ` +
            `LCP ${m.lcpMs} ms, CLS ${m.cls}, TBT ${m.tbtMs} ms, ${m.totalBytes} B`,
        );
        results.push(result);
      }
    } finally {
      await server.close();
    }
    return results;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
