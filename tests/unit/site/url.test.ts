import { describe, expect, test } from 'vitest';
import { absoluteUrl, normaliseBase, withBase } from '../../../src/lib/site/url.ts';

describe('withBase', () => {
  test.each([
    ['/', [], '/'],
    ['/', ['authors', 'x'], '/authors/x/'],
    ['/news', ['authors', 'x'], '/news/authors/x/'],
    ['/news/', ['/authors/', '/x/'], '/news/authors/x/'],
    ['news', ['2015/06/11/slug'], '/news/2015/06/11/slug/'],
    ['/news/', ['rss.xml'], '/news/rss.xml'],
    ['/', ['_astro/a.b1c2.css'], '/_astro/a.b1c2.css'],
    ['/news/', ['#main'], '/news/#main'],
    ['/news/', ['authors#top'], '/news/authors/#top'],
    ['/news/', ['/2026/10/31/s/page/2/#update-0815'], '/news/2026/10/31/s/page/2/#update-0815'],
    ['/news/', [''], '/news/'],
  ])('base %s + %o is %s', (base, parts, expected) => {
    expect(withBase(base, ...parts)).toBe(expected);
  });
});

test('normaliseBase gives a leading and trailing slash', () => {
  expect(normaliseBase('')).toBe('/');
  expect(normaliseBase('/')).toBe('/');
  expect(normaliseBase('a/b')).toBe('/a/b/');
});

test('absoluteUrl keeps the base path under the site', () => {
  expect(absoluteUrl('https://example.org', '/news/', 'authors', 'x')).toBe('https://example.org/news/authors/x/');
  expect(absoluteUrl('https://example.org/', '/', 'rss.xml')).toBe('https://example.org/rss.xml');
});
