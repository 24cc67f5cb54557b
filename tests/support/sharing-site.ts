/**
 * A site built once per test file, read the way link unfurlers, search engines and feed readers read it. The sharing
 * checks run against two: the seed site at the default address, and a fixture site under a sub-path on another host,
 * so every absolute URL is proven to carry site and base.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll } from 'vitest';
import { buildFixture, type FixtureBuild, ROOT } from './build-fixture.ts';
import { fileFor, readerPagePaths } from './built-site.ts';

export const ARTICLE_PAGE = /^\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+\/$/;
export const OFFSET_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

export type SiteSpec = { name: string; content: string; env: Record<string, string>; prefix: string };

export const SEED_SITE: SiteSpec = {
  name: 'seed content at the default address',
  content: 'content',
  env: {},
  prefix: 'http://localhost:4321/',
};
export const BASE_PATH_SITE: SiteSpec = {
  name: 'fixture content under /news/ on another host',
  content: 'tests/fixtures/figure-and-internal-related',
  env: { SITE_URL: 'https://news.example.org', BASE_PATH: '/news/' },
  prefix: 'https://news.example.org/news/',
};

export type BuiltSite = SiteSpec & {
  build: () => FixtureBuild;
  /** Site-relative paths of every page but the 404. */
  pages: () => string[];
  html: (urlPath: string) => string;
  /** The file in dist an absolute URL on this site points to. */
  file: (url: string) => string;
  articleCount: () => number;
};

/** Builds `spec` before the file's tests run (registers a beforeAll), and gives the tests accessors to the result. */
export function builtSite(spec: SiteSpec): BuiltSite {
  let build: FixtureBuild | undefined;
  beforeAll(() => {
    build = buildFixture(spec.content, spec.env);
    if (build.status !== 0) throw new Error(build.output);
  }, 240_000);
  const b = () => {
    if (!build) throw new Error(`${spec.name} was not built`);
    return build;
  };
  return {
    ...spec,
    build: b,
    pages: () => readerPagePaths(b().dist).filter((p) => p !== '/404/'),
    html: (p) => b().page(p),
    file: (url) => fileFor(b().dist, spec.prefix, url),
    articleCount: () =>
      (
        fs.readdirSync(path.join(ROOT, spec.content, 'articles'), { recursive: true, encoding: 'utf8' }) as string[]
      ).filter((f) => f.endsWith('.md')).length,
  };
}

export async function imageSize(file: string): Promise<[number, number]> {
  const m = await sharp(file).metadata();
  return [m.width!, m.height!];
}
