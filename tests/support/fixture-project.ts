/**
 * A fixture for the browser tests, built once for the specs that need it: a content tree (committed under
 * tests/fixtures/, or written by the fixture) built with scripts/build.ts as `npm run build` would, each build left in a
 * directory of its own, and, for the production-like tests, served by nginx with the shipped server block. Playwright
 * runs `setup` in a project before the specs and `teardown` in one after them: tests/e2e/fixture.setup.ts and
 * fixture.teardown.ts, for the fixture a project names (tests/e2e/fixtures.ts, playwright.config.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureNginx, findNginx } from '../../scripts/ensure-nginx.ts';
import { buildFixture } from './build-fixture.ts';
import { type NginxSite, startNginx, stopNginx } from './nginx-server.ts';

/** One build of the fixture's content. */
export type FixtureBuild = {
  /** Where the build is left for the specs. */
  dist: string;
  /** The build's environment beyond the test clock: SITE_URL, BASE_PATH. */
  env?: Record<string, string>;
  /** Served by nginx on this loopback port under this base; its configuration and pid file go in `dir`. */
  serve?: Omit<NginxSite, 'dist'>;
};

export type FixtureDefinition = {
  /** What the set-up and tear-down call it: "the archive fixture". */
  name: string;
  /** Everything the fixture leaves behind: emptied before the set-up, removed by the tear-down. */
  dir: string;
  /** How long building (and serving) may take, in milliseconds. */
  timeout: number;
  /** The content tree: a folder of the repository, or a function that writes one (inside `dir`) and returns it. */
  content: string | (() => string | Promise<string>);
  builds: FixtureBuild[];
};

export type Fixture = { name: string; timeout: number; setup: () => Promise<void>; teardown: () => void };

/** The set-up and tear-down of one fixture. */
export function defineFixture({ name, dir, timeout, content, builds }: FixtureDefinition): Fixture {
  const served = builds.flatMap(({ dist, serve }) => (serve ? [{ ...serve, dist }] : []));
  return {
    name,
    timeout,
    async setup() {
      const nginx = served.length > 0 ? ensureNginx() : undefined;
      // A run that was killed may have left its nginx behind.
      if (nginx) for (const site of served) stopNginx(nginx, site);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      const tree = typeof content === 'string' ? content : await content();
      for (const { dist, env, serve } of builds) {
        const build = buildFixture(tree, env);
        if (build.status !== 0) throw new Error(`${name} did not build:\n${build.output}`);
        fs.mkdirSync(path.dirname(dist), { recursive: true });
        fs.renameSync(build.dist, dist);
        fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
        if (nginx && serve) {
          const warnings = startNginx(nginx, { ...serve, dist });
          if (warnings.trim()) throw new Error(`nginx warned about the shipped server block:\n${warnings}`);
        }
      }
    },
    teardown() {
      const nginx = served.length > 0 ? findNginx() : undefined;
      if (nginx) for (const site of served) stopNginx(nginx, site);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
