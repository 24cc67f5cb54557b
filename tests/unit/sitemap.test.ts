import { expect, test } from 'vitest';
import { sitemapRules } from '../../src/lib/seo/sitemap.ts';

const at = (iso: string) => new Date(iso);
const heads = [
  { href: '/news/2015/06/11/republished/', published: at('2015-06-11T18:31:00Z'), lastModified: at('2015-06-11T18:31:00Z'), republished: true, sourceUrl: 'https://vice.com/x' },
  { href: '/news/2020/03/01/own/', published: at('2020-03-01T08:00:00Z'), lastModified: at('2020-03-02T08:00:00Z'), republished: false },
  { href: '/news/2030/01/01/scheduled/', published: at('2030-01-01T08:00:00Z'), lastModified: at('2030-01-01T08:00:00Z'), republished: false },
];
const rules = sitemapRules('https://news.example.org', '/news/', heads, at('2026-11-01T00:00:00Z'));

test('the 404 page is left out; every other page, republished stories included, is listed', () => {
  expect(rules.filter('https://news.example.org/news/2015/06/11/republished/')).toBe(true);
  expect(rules.filter('https://news.example.org/news/404/')).toBe(false);
  expect(rules.filter('https://news.example.org/news/2020/03/01/own/')).toBe(true);
  expect(rules.filter('https://news.example.org/news/authors/a/')).toBe(true);
});

test('an article carries its last change; the front page its newest story already published', () => {
  expect(rules.serialize({ url: 'https://news.example.org/news/2020/03/01/own/' }).lastmod).toBe('2020-03-02T08:00:00.000Z');
  expect(rules.serialize({ url: 'https://news.example.org/news/' }).lastmod).toBe('2020-03-02T08:00:00.000Z');
  expect(rules.serialize({ url: 'https://news.example.org/news/authors/a/' }).lastmod).toBeUndefined();
});
