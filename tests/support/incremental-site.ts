/**
 * A sandbox for incremental-build tests: a copy of the project's code (so a test may change a template without
 * touching the checkout other tests build from), a generated corpus, one dist/ and cache kept across builds as a
 * newsroom's would be, and clean builds into fresh folders to compare against. Everything lives under one folder
 * that `remove()` deletes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeImage } from '../../bench/build-scale.ts';
import { writeCorpus } from '../../bench/lib/corpus.ts';
import { ROOT, TEST_EPOCH } from './build-fixture.ts';
import { treeHashes } from './tree-hash.ts';

/** Beside the default build cache, in a folder git ignores. */
const SANDBOXES = path.join(ROOT, '.cache', 'test-sandboxes');
const CODE = ['src', 'scripts', 'public', 'astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export type SiteBuild = { status: number; output: string; restored: number; rendered: string[] };

export class IncrementalSite {
  // Not under node_modules/, where fixture builds and npm test's TMPDIR live: Node will not run TypeScript from there,
  // and the copied project runs its scripts and the share-card worker as TypeScript.
  readonly work = fs.mkdtempSync(path.join((fs.mkdirSync(SANDBOXES, { recursive: true }), SANDBOXES), 'incremental-'));
  readonly project = path.join(this.work, 'project');
  readonly content = path.join(this.work, 'corpus');
  readonly dist = path.join(this.work, 'dist');
  readonly cache = path.join(this.work, 'cache');
  private cleanRuns = 0;
  /** Set for every build of this site, clean ones included (and given to its publisher by the test). */
  env: Record<string, string> = {};

  /** Copies the code and writes `articles` generated stories, one in `imageEvery` with a photo. */
  async setUp(articles: number, imageEvery: number): Promise<void> {
    for (const entry of CODE) fs.cpSync(path.join(ROOT, entry), path.join(this.project, entry), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(this.project, 'node_modules'), 'dir');
    await writeCorpus(this.content, articles, imageEvery, makeImage);
  }

  file(relative: string): string {
    return path.join(this.content, relative);
  }

  /** A build as `npm run build` runs it, into `dist` with `cache`, at the given clock. */
  build({
    epoch = TEST_EPOCH,
    dist = this.dist,
    cache = this.cache,
    env = {} as Record<string, string>,
  } = {}): SiteBuild {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.includes(key)));
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: this.project,
      encoding: 'utf8',
      env: {
        ...inherited,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        SOURCE_DATE_EPOCH: epoch,
        GAZETTE_CONTENT_DIR: this.content,
        GAZETTE_DIST: dist,
        GAZETTE_CACHE_DIR: cache,
        ...this.env,
        ...env,
      },
    });
    const output = `${result.stdout}${result.stderr}`;
    return { status: result.status ?? 1, output, ...routeLog(output) };
  }

  /** The incremental build; it must succeed. */
  rebuild(epoch = TEST_EPOCH): SiteBuild {
    const build = this.build({ epoch });
    if (build.status !== 0) throw new Error(`incremental build failed:\n${build.output}`);
    return build;
  }

  /** What a build from nothing (fresh dist and cache) publishes for the same content, code and clock. */
  cleanTree(epoch = TEST_EPOCH): Record<string, string> {
    const dir = path.join(this.work, `clean-${this.cleanRuns++}`);
    try {
      const build = this.build({ epoch, dist: path.join(dir, 'dist'), cache: path.join(dir, 'cache') });
      if (build.status !== 0) throw new Error(`clean build failed:\n${build.output}`);
      return treeHashes(path.join(dir, 'dist'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  tree(): Record<string, string> {
    return treeHashes(this.dist);
  }

  remove(): void {
    fs.rmSync(this.work, { recursive: true, force: true });
  }
}

/** Astro's route log: which outputs were restored from the cache, and which were rendered. */
function routeLog(output: string): { restored: number; rendered: string[] } {
  // Without a terminal Astro runs the lines together: "├─ /a/index.html12:14:08   ├─ /b.png (restored)".
  const entries = [...output.matchAll(/[├└]─ (\/[^\s]+?)(?=\d\d:\d\d:\d\d|\s|$)( \((?:restored|cached)\))?/g)];
  return {
    restored: entries.filter((m) => m[2]).length,
    rendered: entries.filter((m) => !m[2]).map((m) => m[1]),
  };
}

/** Files whose bytes differ between two trees, or that only one has. */
export function changedFiles(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== b[f]).sort();
}
