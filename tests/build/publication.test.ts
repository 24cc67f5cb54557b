/**
 * One rule decides what is published (src/lib/content/publication.ts), and every consumer asks it. A fixture with a
 * published story, a draft and a story scheduled after the build's clock (tests/fixtures/publication: all three in
 * one section and under one tag, each with an old address) is built as `npm run build` builds, and each consumer's
 * output is read: the pages, the feeds, the sitemaps, the search index Pagefind wrote and the redirects. The published
 * story is in every one, the other two in none; a consumer that stopped asking the rule would fail here. A rule added
 * beyond the built-in two (a takedown) has no way into a build but a hook for tests, so the rule's own test holds it
 * (tests/unit/content/publication.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';
import { listedStories } from '../support/listed-stories.ts';

const SITE_URL = 'https://news.example.org';
const PUBLISHED = '/2026/10/31/publication-kept/';
const HELD = [
  { why: 'the draft', path: '/2026/10/31/publication-held-draft/', alias: '/old/held-draft/' },
  { why: 'the scheduled story', path: '/2026/11/02/publication-held-scheduled/', alias: '/old/held-scheduled/' },
];

let build: FixtureBuild;
beforeAll(() => {
  build = buildFixture('tests/fixtures/publication', { SITE_URL });
  if (build.status !== 0) throw new Error(`The publication fixture did not build:\n${build.output}`);
}, 300_000);
afterAll(() => {
  if (build) fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(path.join(build.dist, file), 'utf8');
const listed = () => listedStories(build.dist, SITE_URL);
const sitemapUrls = (file: string): { loc: string; lastmod?: string }[] =>
  new XMLParser({ isArray: (name) => name === 'url' }).parse(read(file)).urlset.url;
const sitePath = (url: string) => new URL(url, SITE_URL).pathname;

/**
 * The search index's records as Pagefind wrote them: one fragment per page, gzipped, after Pagefind's marker, holding
 * the page's URL, text and meta.
 */
function searchRecords(): { url: string; content: string }[] {
  const dir = path.join(build.dist, 'pagefind', 'fragment');
  return fs.readdirSync(dir).map((file) => {
    const data = gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    if (!data.startsWith('pagefind_dcd')) throw new Error(`${file} is not a Pagefind fragment`);
    return JSON.parse(data.slice('pagefind_dcd'.length));
  });
}

/** Where each consumer can show a story: the site paths of the stories it lists. */
const consumers: Record<string, () => string[]> = {
  'article pages': () => listed().articlePages(),
  'the front page': () => listed().linkedFrom('index.html'),
  "the section's page": () => listed().linkedFrom('world/index.html'),
  "the tag's page": () => listed().linkedFrom('tags/sahel/index.html'),
  "the author's page": () => listed().linkedFrom('authors/test-author/index.html'),
  'rss.xml': () => listed().feedItems('rss.xml'),
  'feed.json': () => JSON.parse(read('feed.json')).items.map((item: { url: string }) => sitePath(item.url)),
  "the section's rss.xml": () => listed().feedItems('world/rss.xml'),
  "the tag's rss.xml": () => listed().feedItems('tags/sahel/rss.xml'),
  'the sitemaps': () => listed().sitemapEntries(),
  'the News sitemap': () => listed().sitemapEntries(['sitemap-news-0.xml']),
  'the search index': () => searchRecords().map((record) => record.url),
  'the redirects (_redirects)': () =>
    read('_redirects')
      .split('\n')
      .filter((line) => line.endsWith(' 301'))
      .map((line) => line.split(' ')[1]),
};

describe.each(Object.entries(consumers))('%s', (_, listed) => {
  test('carry the published story, and neither the draft nor the scheduled story', () => {
    const stories = listed();
    expect(stories).toContain(PUBLISHED);
    for (const held of HELD) expect(stories, held.why).not.toContain(held.path);
  });
});

test("the held stories' old addresses lead nowhere: no redirect and no page at them", () => {
  expect(read('_redirects')).toContain(`/old/kept/ ${PUBLISHED} 301`);
  expect(fs.existsSync(path.join(build.dist, 'old/kept/index.html'))).toBe(true);
  for (const held of HELD) {
    expect(read('_redirects'), held.why).not.toContain(held.alias);
    expect(read('_nginx-redirects.map'), held.why).not.toContain(held.alias);
    expect(fs.existsSync(path.join(build.dist, held.alias, 'index.html')), held.why).toBe(false);
  }
});

test("the front page's date in the sitemap is the published story's, not the later draft's", () => {
  const front = sitemapUrls('sitemap-pages-0.xml').find((url) => sitePath(url.loc) === '/');
  expect(front?.lastmod).toBe('2026-10-31T08:00:00.000Z');
});

test('what the search index holds of the published story is its own text', () => {
  const [record, ...others] = searchRecords();
  expect(others).toEqual([]);
  expect(record.content).toContain('publicationmarkerkept');
});
