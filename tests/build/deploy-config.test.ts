import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { headersFile, redirectsFile } from '../../src/lib/deploy/host-configs.ts';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';
import { urlsMissingBase } from '../support/internal-urls.ts';

const FIXTURE = 'tests/fixtures/figure-and-internal-related';
const SITE = 'https://news.example.org';

describe('a malformed SITE_URL or BASE_PATH stops the build with a message that names it', () => {
  test.each([
    [{ SITE_URL: 'news.example.org' }, 'SITE_URL must be an absolute URL with a scheme'],
    [{ SITE_URL: 'https://news.example.org/news/' }, 'put a sub-path in BASE_PATH'],
    [{ BASE_PATH: 'news/' }, 'BASE_PATH must start with "/"'],
  ])(
    '%o',
    (env, message) => {
      const build = buildFixture(FIXTURE, env);
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(message);
      expect(fs.existsSync(build.dist)).toBe(false);
    },
    60_000,
  );
});

function builtText(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return builtText(full);
    return /\.(html|css|xml|svg|webmanifest|json|txt)$/.test(e.name)
      ? [{ file: full, text: fs.readFileSync(full, 'utf8') }]
      : [];
  });
}

describe.each(['/', '/news/'])('every internal URL in a build at %s carries the base', (base) => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture(FIXTURE, { BASE_PATH: base, SITE_URL: SITE });
    if (build.status !== 0) throw new Error(build.output);
  }, 120_000);

  test('in pages, styles, the feed, the sitemap, the manifest and robots.txt', () => {
    const files = builtText(build.dist);
    expect(files.filter((f) => f.file.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
    for (const name of ['rss.xml', 'sitemap-index.xml', 'manifest.webmanifest', 'robots.txt'])
      expect(
        files.some((f) => f.file.endsWith(name)),
        name,
      ).toBe(true);
    const missing = files.flatMap(({ file, text }) =>
      urlsMissingBase(text, base, SITE, { json: /\.(webmanifest|json)$/.test(file) }).map(
        (url) => `${path.relative(build.dist, file)}: ${url}`,
      ),
    );
    expect(missing).toEqual([]);
    // The pages do link into the site: the check above had URLs to look at.
    expect(build.page('/')).toContain(`href="${base}2020/03/01/fixture-with-image/"`);
  });

  test('the build writes _headers, and _redirects only under a base path, for Netlify and Cloudflare Pages', () => {
    expect(fs.readFileSync(path.join(build.dist, '_headers'), 'utf8')).toBe(headersFile(base));
    const redirects = path.join(build.dist, '_redirects');
    expect(fs.existsSync(redirects)).toBe(base !== '/');
    if (base !== '/') expect(fs.readFileSync(redirects, 'utf8')).toBe(redirectsFile(base));
  });
});

test('the URL check reports what a hand-made URL would get wrong', () => {
  const html = `<a href="/2020/x/">a</a> <img src="_astro/a.avif" srcset="/news/_astro/a.webp 1x, /_astro/b.webp 2x">
    <meta property="og:url" content="${SITE}/2020/x/"> <a href="https://elsewhere.org/a">b</a> <a href="#main">c</a>
    <style>.x{background:url(/_astro/bg.avif)}</style>`;
  expect(urlsMissingBase(html, '/news/', SITE)).toEqual([
    '/2020/x/',
    '_astro/a.avif',
    '/_astro/b.webp',
    `${SITE}/2020/x/`,
    '/_astro/bg.avif',
  ]);
  const feed = `<link>${SITE}/news/2020/x/</link><guid>${SITE}/2020/y/</guid>`;
  expect(urlsMissingBase(feed, '/news/', SITE)).toEqual([`${SITE}/2020/y/`]);
  const manifest = '{"start_url":"/","icons":[{"src":"/news/icon-192.png"}]}';
  expect(urlsMissingBase(manifest, '/news/', SITE, { json: true })).toEqual(['/']);
});
