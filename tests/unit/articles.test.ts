import { expect, test } from 'vitest';
import { duplicatePermalinks, publishedArticles } from '../../src/lib/content/publication.ts';

const entry = (id: string, iso: string, draft = false) => ({
  id,
  data: { draft, published: { date: new Date(iso) }, timeZone: 'UTC', slug: id },
});
const now = new Date('2026-11-01T00:00:00Z');

test('newest first, drafts and scheduled stories left out', () => {
  const entries = [
    entry('old', '2015-06-11T20:31:00+02:00'),
    entry('new', '2020-01-01T00:00:00Z'),
    entry('draft', '2021-01-01T00:00:00Z', true),
    entry('scheduled', '2027-01-01T00:00:00Z'),
    entry('middle', '2018-01-01T00:00:00Z'),
  ];
  expect(publishedArticles(entries, { now }).map((e) => e.id)).toEqual(['new', 'middle', 'old']);
});

test('a story dated exactly now is published', () => {
  expect(publishedArticles([entry('now', now.toISOString())], { now })).toHaveLength(1);
});

test('duplicatePermalinks names both entries', () => {
  expect(
    duplicatePermalinks([
      { id: 'a', path: '/x/' },
      { id: 'b', path: '/y/' },
      { id: 'c', path: '/x/' },
    ]),
  ).toEqual([['/x/', 'a', 'c']]);
});
