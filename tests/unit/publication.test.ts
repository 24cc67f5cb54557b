/**
 * One rule decides what is published (src/lib/content/publication.ts), and every consumer asks it: a draft, a story
 * scheduled after the build's clock, and a story a takedown holds back (a rule added for this test through the
 * same `Publication` every consumer takes) are missing from the pages list, the feeds, the sitemap and News sitemap,
 * the search records and the redirects alike. The clock is passed in; the stories go through the real schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { feedStories } from '../../src/lib/archive/feed-size.ts';
import { storyPath } from '../../src/lib/article/permalink.ts';
import { type HoldRule, isPublished, type Publication, publishedArticles } from '../../src/lib/content/publication.ts';
import { readStories } from '../../src/lib/content/reader.ts';
import { collectRedirects } from '../../src/lib/deploy/redirects.ts';
import { storyRecords } from '../../src/lib/search/story-records.ts';
import { sitemapRules } from '../../src/lib/seo/sitemap.ts';
import { scratchDir } from '../support/scratch.ts';

const SITE = 'https://news.example.org';
/** The test's takedown: a list of withdrawn permalinks, as a real one might be kept. */
const WITHDRAWN = new Set(['2026/10/31/withdrawn']);
const takedown: HoldRule = (story) => WITHDRAWN.has(storyPath(story));
const publication: Publication = { now: new Date('2026-11-01T00:00:00Z'), extraRules: [takedown] };

const story = (slug: string, published: string, extra = '') =>
  `---\nheadline: ${slug}\nstandfirst: S.\nslug: ${slug}\nauthor: ann\npublished: "${published}"\ntimeZone: UTC\ndateline: Testville, XX\nsection: World\naliases: ["/old/${slug}/"]\n${extra}---\nBody of ${slug}.\n`;
const STORIES = {
  kept: story('kept', '2026-10-31T08:00:00Z'),
  draft: story('draft', '2026-10-31T09:00:00Z', 'draft: true\n'),
  scheduled: story('scheduled', '2026-11-02T08:00:00Z'),
  withdrawn: story('withdrawn', '2026-10-31T10:00:00Z'),
};
const SHOWN = ['/2026/10/31/kept/'];

function contentTree(): string {
  const root = scratchDir('publication');
  fs.mkdirSync(path.join(root, 'articles'));
  fs.mkdirSync(path.join(root, 'authors'));
  fs.writeFileSync(path.join(root, 'authors', 'ann.yaml'), 'name: Ann\n');
  for (const [name, text] of Object.entries(STORIES)) fs.writeFileSync(path.join(root, 'articles', `${name}.md`), text);
  return root;
}

test('the rule itself: each hold keeps a story off, and the built-in ones cannot be dropped by extra rules', () => {
  const at = (iso: string) => ({ draft: false, published: { date: new Date(iso) }, timeZone: 'UTC', slug: 'x' });
  expect(isPublished(at('2026-10-31T00:00:00Z'), publication)).toBe(true);
  expect(isPublished({ ...at('2026-10-31T00:00:00Z'), draft: true }, publication)).toBe(false);
  expect(isPublished(at('2026-11-01T00:00:01Z'), publication)).toBe(false);
  expect(isPublished({ ...at('2026-10-31T00:00:00Z'), slug: 'withdrawn' }, publication)).toBe(false);
  expect(isPublished({ ...at('2026-10-31T00:00:00Z'), slug: 'withdrawn' }, { now: publication.now })).toBe(true);
});

test('every consumer shows the published story and none of the held ones', async () => {
  const root = contentTree();
  const articlesDir = path.join(root, 'articles');

  // Pages (and the front page, listings, masthead, which are made from the same list): src/data/articles.ts.
  const records = readStories(articlesDir);
  const entries = records.flatMap((r) => (r.story ? [{ id: r.id, data: r.story }] : []));
  expect(entries).toHaveLength(4);
  const pages = publishedArticles(entries, publication);
  expect(pages.map((e) => `/${e.data.permalink}/`)).toEqual(SHOWN);

  // Feeds (rss.xml, feed.json, a section's and a tag's): the newest of that list.
  expect(feedStories(pages).map((e) => e.id)).toEqual(['kept']);

  // The sitemap and the News sitemap, from every story's record.
  const sitemap = sitemapRules(SITE, '/', () => records, publication);
  const hrefs = entries.map((e) => `/${e.data.permalink}/`);
  const url = (href: string) => new URL(href, SITE).href;
  expect(hrefs.filter((h) => sitemap.filter(url(h)))).toEqual(SHOWN);
  expect(hrefs.filter((h) => sitemap.chunks.news({ url: url(h) }))).toEqual(SHOWN);
  expect(hrefs.filter((h) => sitemap.serialize({ url: url(h) }).lastmod)).toEqual(SHOWN);
  expect(sitemap.serialize({ url: url('/') }).lastmod).toBe('2026-10-31T08:00:00.000Z');

  // Search records (scripts/search-index.ts).
  const searched = [];
  for await (const record of storyRecords({ contentDir: root, publication })) searched.push(record.url);
  expect(searched).toEqual(SHOWN);

  // Redirects for old addresses (src/integrations/host-files.ts).
  const redirects = collectRedirects(records, '/', (s) => isPublished(s, publication));
  expect(redirects.map((r) => [r.from, r.to])).toEqual([['/old/kept/', '/2026/10/31/kept/']]);
});
