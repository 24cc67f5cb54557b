import { expect, test } from 'vitest';
import { storyContent } from '../../../src/lib/content/story-record.ts';
import { sitemapRules } from '../../../src/lib/seo/sitemap.ts';

/** A story's record, as the reader hands it over; `href` is its permalink under /news/. */
const head = (h: { href: string; headline: string; published: string; updated?: string; sourceUrl?: string }) => {
  const slug = h.href.split('/').at(-2)!;
  const fields = [
    `headline: ${JSON.stringify(h.headline)}`,
    'standfirst: S.',
    `slug: ${slug}`,
    'author: ann',
    `published: "${h.published}"`,
    ...(h.updated ? [`updated: "${h.updated}"`] : []),
    'timeZone: UTC',
    'section: World',
    ...(h.sourceUrl ? ['source:', '  publisher: P', `  url: ${h.sourceUrl}`] : []),
  ];
  return { href: h.href, file: `${slug}.md`, ...storyContent(`---\n${fields.join('\n')}\n---\nBody.\n`) };
};
const heads = [
  head({
    href: '/news/2015/06/11/republished/',
    headline: 'Old',
    published: '2015-06-11T18:31:00Z',
    sourceUrl: 'https://vice.com/x',
  }),
  head({
    href: '/news/2020/03/01/own/',
    headline: 'Own',
    published: '2020-03-01T08:00:00Z',
    updated: '2020-03-02T08:00:00Z',
  }),
  head({ href: '/news/2030/01/01/scheduled/', headline: 'Later', published: '2030-01-01T08:00:00Z' }),
  head({ href: '/news/2026/10/30/fresh/', headline: 'Fresh & new', published: '2026-10-30T00:00:00Z' }),
  head({ href: '/news/2026/10/29/stale/', headline: 'Two days and a minute', published: '2026-10-29T23:59:00Z' }),
  head({
    href: '/news/2026/10/31/syndicated/',
    headline: 'Syndicated',
    published: '2026-10-31T08:00:00Z',
    sourceUrl: 'https://vice.com/y',
  }),
];
const at = (iso: string) => new Date(iso);
const rules = sitemapRules(
  'https://news.example.org',
  '/news/',
  () => heads,
  { now: at('2026-11-01T00:00:00Z') },
  { name: 'Gazette', language: 'en' },
);

test('the 404 page and the desk are left out; every other page, republished stories included, is listed', () => {
  expect(rules.filter('https://news.example.org/news/2015/06/11/republished/')).toBe(true);
  expect(rules.filter('https://news.example.org/news/404/')).toBe(false);
  expect(rules.filter('https://news.example.org/news/admin/')).toBe(false);
  // A story whose slug is "admin" is not the desk.
  expect(rules.filter('https://news.example.org/news/2020/03/01/admin/')).toBe(true);
  expect(rules.filter('https://news.example.org/news/2020/03/01/own/')).toBe(true);
  expect(rules.filter('https://news.example.org/news/authors/a/')).toBe(true);
});

test('an article carries its last change; the front page its newest story already published', () => {
  expect(rules.serialize({ url: 'https://news.example.org/news/2020/03/01/own/' }).lastmod).toBe(
    '2020-03-02T08:00:00.000Z',
  );
  expect(rules.serialize({ url: 'https://news.example.org/news/' }).lastmod).toBe('2026-10-31T08:00:00.000Z');
  expect(rules.serialize({ url: 'https://news.example.org/news/authors/a/' }).lastmod).toBeUndefined();
});

test('the news chunk takes only our own stories from the two days up to the clock, with their news tags', () => {
  const url = (href: string) => `https://news.example.org${href}`;
  const inNews = heads.filter((h) => rules.chunks.news({ url: url(h.href) })).map((h) => h.href);
  expect(inNews).toEqual(['/news/2026/10/30/fresh/']);
  expect(rules.chunks.news({ url: url('/news/2026/10/30/fresh/'), lastmod: '2026-10-30T00:00:00.000Z' })).toEqual({
    url: url('/news/2026/10/30/fresh/'),
    lastmod: '2026-10-30T00:00:00.000Z',
    news: {
      publication: { name: 'Gazette', language: 'en' },
      publication_date: '2026-10-30T00:00:00.000Z',
      title: 'Fresh & new',
    },
  });
  expect(rules.chunks.news({ url: url('/news/') })).toBeUndefined();
});
