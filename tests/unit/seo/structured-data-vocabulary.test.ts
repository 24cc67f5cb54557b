/**
 * The structured data Gazette writes, held to schema.org's own vocabulary (tests/fixtures/schemaorg/, vendored;
 * checked by tests/support/schema-org.ts): a story's NewsArticle and a live story's LiveBlogPosting, with every update
 * a BlogPosting carrying its headline, text, date, authors and URL. The validator is shown to catch what it must.
 */
import { describe, expect, test } from 'vitest';
import { liveBlogPosting, newsArticle } from '../../../src/lib/seo/structured-data.ts';
import { checkJsonLd } from '../../support/schema-org.ts';

const story = {
  url: 'https://news.example.org/2026/10/31/storm/',
  headline: 'Storm reaches the coast',
  description: 'A standfirst.',
  images: ['https://news.example.org/share/2026/10/31/storm/card.png'],
  datePublished: '2026-10-31T06:00:00+01:00',
  dateModified: '2026-10-31T22:49:00+01:00',
  authors: [{ name: 'Ada Ndiaye', url: 'https://news.example.org/authors/ada-ndiaye/', sameAs: [] }],
  publisher: {
    name: 'Gazette',
    url: 'https://news.example.org/',
    logo: { url: 'https://news.example.org/icon-512.png', width: 512, height: 512 },
  },
  dateline: 'Port-Fixture, FR',
  section: 'World',
  keywords: ['Weather'],
  inLanguage: 'en',
  corrections: [{ text: 'An earlier version was wrong.', datePublished: '2026-10-31T20:00:00+01:00' }],
};
const update = {
  headline: 'Port closed to all shipping',
  articleBody: 'The harbour master closed the port.',
  datePublished: '2026-10-31T12:51:00+01:00',
  authors: [{ name: 'Tomas Berg', url: 'https://news.example.org/authors/tomas-berg/' }],
  url: 'https://news.example.org/2026/10/31/storm/page/2/#update-20261031-1251',
};
const live = {
  coverageStartTime: '2026-10-31T06:00:00+01:00',
  coverageEndTime: '2026-11-01T09:00:00+01:00',
  updates: [update, { ...update, dateModified: '2026-10-31T20:00:00+01:00' }],
};

test('a NewsArticle is valid schema.org', () => {
  expect(checkJsonLd(newsArticle(story))).toEqual([]);
});

describe('a LiveBlogPosting', () => {
  const ld = liveBlogPosting(story, live) as any;

  test('is valid schema.org, its updates included', () => {
    expect(checkJsonLd(ld)).toEqual([]);
  });

  test('has the coverage times and one BlogPosting per update, each with what the issue names', () => {
    expect(ld['@type']).toBe('LiveBlogPosting');
    expect(ld).toMatchObject({ coverageStartTime: live.coverageStartTime, coverageEndTime: live.coverageEndTime });
    expect(ld.liveBlogUpdate).toHaveLength(2);
    for (const posting of ld.liveBlogUpdate) {
      expect(posting['@type']).toBe('BlogPosting');
      for (const key of ['headline', 'articleBody', 'datePublished', 'author', 'url'])
        expect(posting).toHaveProperty(key);
    }
    // A NewsArticle's dateline is not a LiveBlogPosting's; the place is still named.
    expect(ld).not.toHaveProperty('dateline');
    expect(ld.locationCreated).toEqual({ '@type': 'Place', name: 'Port-Fixture, FR' });
  });

  test('while the coverage is open it has no end', () => {
    const open = liveBlogPosting(story, { ...live, coverageEndTime: undefined });
    expect(open).not.toHaveProperty('coverageEndTime');
    expect(checkJsonLd(open)).toEqual([]);
  });
});

test('the validator catches a misspelt property, a wrong type, a bad date and text where a Person belongs', () => {
  const broken = {
    ...(liveBlogPosting(story, live) as any),
    liveBlogUpdates: [],
    coverageEndTime: '1 November 2026',
    author: ['Ada Ndiaye'],
  };
  broken.liveBlogUpdate = [{ ...broken.liveBlogUpdate[0], '@type': 'NewsArticle' }];
  expect(checkJsonLd(broken)).toEqual([
    '$.author[0]: "Ada Ndiaye" is not a Organization or Person',
    '$.coverageEndTime: "1 November 2026" is not a DateTime',
    '$.liveBlogUpdate[0]: a NewsArticle where BlogPosting is expected',
    '$.liveBlogUpdates: no such schema.org property',
  ]);
});
