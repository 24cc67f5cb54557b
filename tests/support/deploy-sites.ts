/**
 * The production-like servers the deploy tests run: one build at the root
 * and one under /news/, each behind its own nginx on a loopback port. The
 * fixture has an image, so the builds carry hashed assets under /_astro/.
 * A third serves the fixture with sections, tags and permalinks in other
 * scripts, under /news/ (tests/e2e/deploy-unicode.spec.ts).
 */
import os from 'node:os';
import path from 'node:path';

export const DEPLOY_CONTENT = 'tests/fixtures/figure-and-internal-related';

// Beside the preview port, so engineers sharing a machine do not collide.
const first = Number(process.env.NGINX_PORT || Number(process.env.PREVIEW_PORT || 4329) + 1000);

export type DeploySite = { project: string; base: string; port: number; dir: string };

export const DEPLOY_DIR = path.join(os.tmpdir(), `gazette-deploy-${first}`);

/** The sites deploy.spec.ts runs against. */
export const deploySites: DeploySite[] = [
  { project: 'nginx-root', base: '/', port: first, dir: path.join(DEPLOY_DIR, 'root') },
  { project: 'nginx-news', base: '/news/', port: first + 1, dir: path.join(DEPLOY_DIR, 'news') },
];

/**
 * Unicode paths behind nginx, under a base path (tests/fixtures/unicode-urls; deploy-unicode.spec.ts): a fixture of its
 * own, in a directory of its own, which the deploy fixture's set-up and tear-down leave alone.
 */
export const UNICODE_DEPLOY_DIR = path.join(os.tmpdir(), `gazette-deploy-unicode-${first}`);
export const unicodeDeploySite: DeploySite = {
  project: 'nginx-unicode',
  base: '/news/',
  // + 2 is the import project's nginx (import-site.ts).
  port: first + 3,
  dir: UNICODE_DEPLOY_DIR,
};

export const origin = (site: DeploySite) => `http://127.0.0.1:${site.port}`;
export const siteUrl = (site: DeploySite) => `${origin(site)}${site.base}`;
/** Where the setup leaves each build, for the spec to list its files. */
export const distOf = (site: DeploySite) => path.join(site.dir, 'dist');
