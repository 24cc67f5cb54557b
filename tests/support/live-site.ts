/**
 * The live coverage fixture (tests/fixtures/live): one live story, "Fixture Storm Reaches the Coast", with 45
 * updates (one pinned, four key events, one scheduled after the build's clock, so 44 shown on three pages), built as
 * a newsroom builds it: a copy of the content, its own build cache and output directory, rebuilt incrementally in
 * place when an editor adds an update. tests/e2e/live.setup.ts builds one and serves it with nginx and the shipped
 * server block; the rebuild tests build copies of their own. Used by tests only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, TEST_EPOCH } from './build-fixture.ts';

export const LIVE_CONTENT = path.join(ROOT, 'tests/fixtures/live');
/** Beside the preview port, so engineers sharing a machine do not collide. */
const port = Number(process.env.LIVE_NGINX_PORT || Number(process.env.PREVIEW_PORT || 4329) + 1100);
export const LIVE_PORT = port;
export const LIVE_DIR = path.join(os.tmpdir(), `gazette-live-${port}`);
export const LIVE_ORIGIN = `http://127.0.0.1:${port}`;
export const LIVE_DIST = path.join(LIVE_DIR, 'dist');

/** The story, as its files say. */
export const STORY = {
  headline: 'Fixture Storm Reaches the Coast: Live Updates',
  standfirst: 'A fictional storm, followed live: warnings, closures and what the forecasters say, as they come.',
  path: '/2026/10/31/storm-fixture-live/',
  file: 'articles/2026/storm-fixture.md',
  updates: 'articles/2026/storm-fixture.updates',
  pinned: '20261031-1750',
  keyEvents: ['20261031-2117', '20261031-1704', '20261031-1251', '20261031-0815'],
  scheduled: '20261101-0900',
  /** A word that occurs only in one update's body. */
  word: 'anemometer',
  wordUpdate: '20261031-1056',
  shown: 44,
};

/** The instant the reader's browser is at in the tests: just after the build's clock, before the scheduled update. */
export const READER_NOW = new Date(Number(TEST_EPOCH) * 1000 + 5 * 60_000);

export type LiveSite = {
  dir: string;
  content: string;
  dist: string;
  origin: string;
  /** Builds (or rebuilds, incrementally) the site in place, as `npm run build` does; throws with the output. */
  build: () => { seconds: number; output: string };
  /** Writes an update file into the story's updates folder, as an editor or the desk would. */
  addUpdate: (id: string, text: string) => void;
};

/** A site in `dir` made from a fresh copy of the fixture's content; nothing is built until `build()`. */
export function liveSite(dir: string, origin: string): LiveSite {
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(LIVE_CONTENT, content, { recursive: true });
  return {
    dir,
    content,
    dist,
    origin,
    build() {
      const started = performance.now();
      const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...Object.fromEntries(
            Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
          ),
          ASTRO_TELEMETRY_DISABLED: '1',
          SOURCE_DATE_EPOCH: TEST_EPOCH,
          GAZETTE_CONTENT_DIR: content,
          GAZETTE_DIST: dist,
          GAZETTE_CACHE_DIR: path.join(dir, 'cache'),
          SITE_URL: origin,
          NO_COLOR: '1',
        },
      });
      const output = `${result.stdout}${result.stderr}`;
      if (result.status !== 0) throw new Error(`The live fixture did not build:\n${output}`);
      return { seconds: (performance.now() - started) / 1000, output };
    },
    addUpdate(id, text) {
      fs.writeFileSync(path.join(content, STORY.updates, `${id}.md`), text);
    },
  };
}

/** An update as an editor writes one: published just before the build's clock, so the next build shows it. */
export const newUpdate = (headline: string, body: string) =>
  `---\npublished: "2026-11-01T00:30:00+01:00"\nauthor: tomas-berg\nheadline: "${headline}"\n---\n\n${body}\n`;
