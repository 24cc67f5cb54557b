import { expect, test } from 'vitest';
import { jsonFeed } from '../../../src/lib/archive/json-feed.ts';

const story = {
  url: 'https://g.example/news/2026/10/30/x/',
  title: 'A headline',
  summary: 'A standfirst.',
  text: 'A standfirst. Originally published by X.',
  image: 'https://g.example/news/share/2026/10/30/x/card.png',
  published: '2026-10-30T09:00:00+01:00',
  authors: [
    { name: 'Ada Ndiaye', url: 'https://g.example/news/authors/ada-ndiaye/' },
    { name: 'Tomas Berg', url: 'https://g.example/news/authors/tomas-berg/' },
  ],
  tags: ['World', 'Mali'],
};
const input = {
  title: 'Gazette',
  description: 'News.',
  homePageUrl: 'https://g.example/news/',
  feedUrl: 'https://g.example/news/feed.json',
  language: 'en',
  icon: 'https://g.example/news/icon-512.png',
  favicon: 'https://g.example/news/icon-192.png',
  stories: [story, { ...story, url: 'https://g.example/news/2026/10/29/y/', modified: '2026-10-31T10:15:00+01:00' }],
};

test('a JSON Feed 1.1 document: version first, the required title and items, the recommended URLs', () => {
  const feed = jsonFeed(input) as any;
  expect(Object.keys(feed)[0]).toBe('version');
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed).toMatchObject({
    title: 'Gazette',
    home_page_url: input.homePageUrl,
    feed_url: input.feedUrl,
    language: 'en',
  });
});

test('each item: its permalink as id and url, text content, every author, and date_modified only when changed', () => {
  const [plain, changed] = (jsonFeed(input) as any).items;
  expect(plain).toEqual({
    id: story.url,
    url: story.url,
    title: 'A headline',
    content_text: story.text,
    summary: 'A standfirst.',
    image: story.image,
    date_published: '2026-10-30T09:00:00+01:00',
    authors: story.authors,
    tags: ['World', 'Mali'],
  });
  expect(changed.date_modified).toBe('2026-10-31T10:15:00+01:00');
});
