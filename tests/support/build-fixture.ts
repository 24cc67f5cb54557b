/**
 * Builds a content tree (a fixture under tests/fixtures/) into a scratch
 * directory with scripts/build.ts, exactly as `npm run build` would, and
 * returns what an editor would see: the exit code, the output and the pages.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TEST_EPOCH = '1793491200';
export const FIXTURE_TMP = path.join(ROOT, 'node_modules', '.cache', 'gazette-fixtures');

export type FixtureBuild = { status: number; output: string; dist: string; page: (urlPath: string) => string };

/** Vitest puts Vite's own env (BASE_URL, MODE, …) into process.env; a child Astro build would take BASE_URL as its base. */
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function buildFixture(contentDir: string, env: Record<string, string> = {}): FixtureBuild {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.includes(key)));
  // Inside the project, not the system temp dir: for an output directory outside
  // the working directory Astro puts its prerender chunks in <project>/.astro/,
  // which fixture builds running side by side would then share and clobber.
  fs.mkdirSync(FIXTURE_TMP, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(FIXTURE_TMP, 'build-'));
  const dist = path.join(scratch, 'dist');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...inherited,
      ASTRO_TELEMETRY_DISABLED: '1',
      SOURCE_DATE_EPOCH: TEST_EPOCH,
      GAZETTE_CONTENT_DIR: path.resolve(ROOT, contentDir),
      GAZETTE_DIST: dist,
      GAZETTE_CACHE_DIR: path.join(scratch, 'cache'),
      NO_COLOR: '1',
      ...env,
    },
  });
  return {
    status: result.status ?? 1,
    output: `${result.stdout}${result.stderr}`,
    dist,
    page: (urlPath: string) =>
      fs.readFileSync(path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8'),
  };
}
