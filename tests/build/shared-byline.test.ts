/**
 * What machines get from a story with two authors, an update and two
 * corrections (tests/fixtures/shared-byline), built with the test clock
 * 2026-11-01T00:00:00Z: JSON-LD, meta tags, RSS, JSON Feed and the Google News sitemap.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';

const SITE = 'https://gazette.example';
const STORY = '/2026/10/30/council-delays-harbour-vote/';
const OLDER = '/2026/09/01/one-reporter/';
const AUTHORS = [`${SITE}/authors/ada-ndiaye/`, `${SITE}/authors/tomas-berg/`];
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

let build: FixtureBuild;
const read = (file: string) => fs.readFileSync(path.join(build.dist, file), 'utf8');
const meta = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)"`, 'g'))].map((m) => m[1]);
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);

beforeAll(() => {
  build = buildFixture('tests/fixtures/shared-byline', { SITE_URL: SITE });
  if (build.status !== 0) throw new Error(build.output);
}, 180_000);
afterAll(() => fs.rmSync(path.dirname(build.dist), { recursive: true, force: true }));

describe('the article page', () => {
  test('JSON-LD: both authors as Person, dateModified from the latest correction, corrections oldest first', () => {
    const ld = jsonLd(build.page(STORY));
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Ada Ndiaye', url: AUTHORS[0], sameAs: [] },
      { '@type': 'Person', name: 'Tomas Berg', url: AUTHORS[1], sameAs: [] },
    ]);
    expect(ld.datePublished).toBe('2026-10-30T09:00:00+01:00');
    // updated is 15:30 on the 30th; the later correction, 10:15 on the 31st, is the last change.
    expect(ld.dateModified).toBe('2026-10-31T10:15:00+01:00');
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version misspelt the name of the harbour.',
        datePublished: '2026-10-30T18:00:00+01:00',
      },
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version said the vote was moved to December. It was moved to January.',
        datePublished: '2026-10-31T10:15:00+01:00',
      },
    ]);
  });

  test('meta: article:modified_time and one article:author per author, in byline order', () => {
    const html = build.page(STORY);
    expect(meta(html, 'article:modified_time')).toEqual(['2026-10-31T10:15:00+01:00']);
    expect(meta(html, 'article:author')).toEqual(AUTHORS);
    expect(meta(html, 'og:image:alt')[0]).toContain('by Ada Ndiaye and Tomas Berg');
  });

  test('a story with one author and no corrections keeps a single author and no correction', () => {
    const html = build.page(OLDER);
    expect(meta(html, 'article:author')).toEqual([AUTHORS[1]]);
    expect(meta(html, 'article:modified_time')).toEqual(['2026-09-01T09:20:00+02:00']);
    expect(jsonLd(html)).not.toHaveProperty('correction');
  });
});

describe('feeds', () => {
  test('RSS: a dc:creator per author and dcterms:modified for a changed story', () => {
    const text = read('rss.xml');
    expect(SyntaxValidator.validate(text)).toBe(true);
    const items = xml.parse(text).rss.channel.item as any[];
    const story = items.find((i) => i.link === `${SITE}${STORY}`);
    expect(story['dc:creator']).toEqual(['Ada Ndiaye', 'Tomas Berg']);
    expect(story['dcterms:modified']).toBe('2026-10-31T09:15:00.000Z');
  });

  test('JSON Feed 1.1: required fields, every author, date_modified only on the changed stories', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Gazette');
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.home_page_url).toBe(`${SITE}/`);
    expect(feed.items.map((i: any) => i.id)).toEqual([`${SITE}${STORY}`, `${SITE}${OLDER}`]);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.content_text || item.content_html).toBeTruthy();
      expect(fs.existsSync(path.join(build.dist, new URL(item.image).pathname))).toBe(true);
    }
    const [story, older] = feed.items;
    expect(story.authors).toEqual([
      { name: 'Ada Ndiaye', url: AUTHORS[0] },
      { name: 'Tomas Berg', url: AUTHORS[1] },
    ]);
    expect(story.date_published).toBe('2026-10-30T09:00:00+01:00');
    expect(story.date_modified).toBe('2026-10-31T10:15:00+01:00');
    expect(older.authors).toEqual([{ name: 'Tomas Berg', url: AUTHORS[1] }]);
    expect(older.date_modified).toBe('2026-09-01T09:20:00+02:00');
  });

  test('every page names the JSON Feed for discovery', () => {
    expect(build.page('/')).toContain(
      `<link rel="alternate" type="application/feed+json" title="Gazette" href="${SITE}/feed.json">`,
    );
  });
});

describe('Google News sitemap', () => {
  test('lists only the story from the last two days, with its news tags, and the index points at it', () => {
    const text = read('sitemap-news-0.xml');
    expect(SyntaxValidator.validate(text)).toBe(true);
    const url = xml.parse(text).urlset.url;
    expect(url.loc).toBe(`${SITE}${STORY}`);
    expect(url['news:news']).toEqual({
      'news:publication': { 'news:name': 'Gazette', 'news:language': 'en' },
      'news:publication_date': '2026-10-30T08:00:00.000Z',
      'news:title': 'Fixture Council Delays Its Vote on the Harbour Plan',
    });
    const index = xml.parse(read('sitemap-index.xml')).sitemapindex.sitemap.map((s: any) => s.loc);
    expect(index).toContain(`${SITE}/sitemap-news-0.xml`);
    // The older story stays in the general sitemap.
    expect(read('sitemap-pages-0.xml')).toContain(`<loc>${SITE}${OLDER}</loc>`);
  });
});
