/**
 * The one publication rule (src/lib/content/publication.ts) on its own: each hold keeps a story off, a rule added
 * for one run (a takedown) holds as the built-in ones do and cannot drop them, and the published stories come newest
 * first. That every page, feed, sitemap, search record and redirect asks this rule is shown on a real build
 * (tests/build/publication.test.ts).
 */
import { expect, test } from 'vitest';
import { storyPath } from '../../../src/lib/article/permalink.ts';
import {
  duplicatePermalinks,
  type HoldRule,
  isPublished,
  type Publication,
  publishedArticles,
} from '../../../src/lib/content/publication.ts';

/** The test's takedown: a list of withdrawn permalinks, as a real one might be kept. */
const WITHDRAWN = new Set(['2026/10/31/withdrawn']);
const takedown: HoldRule = (story) => WITHDRAWN.has(storyPath(story));
const now = new Date('2026-11-01T00:00:00Z');
const publication: Publication = { now, extraRules: [takedown] };

const status = (slug: string, iso: string, draft = false) => ({
  draft,
  published: { date: new Date(iso) },
  timeZone: 'UTC',
  slug,
});
const entry = (id: string, iso: string, draft = false) => ({ id, data: status(id, iso, draft) });

test('each hold keeps a story off, and the built-in ones cannot be dropped by extra rules', () => {
  expect(isPublished(status('kept', '2026-10-31T00:00:00Z'), publication)).toBe(true);
  expect(isPublished(status('draft', '2026-10-31T00:00:00Z', true), publication)).toBe(false);
  expect(isPublished(status('scheduled', '2026-11-01T00:00:01Z'), publication)).toBe(false);
  expect(isPublished(status('withdrawn', '2026-10-31T00:00:00Z'), publication)).toBe(false);
  expect(isPublished(status('withdrawn', '2026-10-31T00:00:00Z'), { now })).toBe(true);
});

test('the published stories newest first, with drafts, scheduled and withdrawn stories left out', () => {
  const entries = [
    entry('old', '2015-06-11T20:31:00+02:00'),
    entry('new', '2020-01-01T00:00:00Z'),
    entry('draft', '2021-01-01T00:00:00Z', true),
    entry('scheduled', '2027-01-01T00:00:00Z'),
    entry('middle', '2018-01-01T00:00:00Z'),
    entry('withdrawn', '2026-10-31T00:00:00Z'),
  ];
  expect(publishedArticles(entries, publication).map((e) => e.id)).toEqual(['new', 'middle', 'old']);
  expect(publishedArticles(entries, { now }).map((e) => e.id)).toEqual(['withdrawn', 'new', 'middle', 'old']);
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
