import { describe, expect, test } from 'vitest';
import { absoluteUrl, encodePath, normaliseBase, withBase } from '../../../src/lib/site/url.ts';

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

describe('encoding: every URL the helper returns is ASCII, encoded once', () => {
  test.each([
    ['/', ['tags', 'ایران'], '/tags/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/'],
    ['/news/', ['中国', 'rss.xml'], '/news/%E4%B8%AD%E5%9B%BD/rss.xml'],
    [
      '/',
      ['share', '2015/06/11/россия', 'card.png'],
      '/share/2015/06/11/%D1%80%D0%BE%D1%81%D1%81%D0%B8%D1%8F/card.png',
    ],
    ['/', ['कि'], '/%E0%A4%95%E0%A4%BF/'],
    // Astro.url.pathname and a link made once already pass through unchanged (idempotent).
    ['/', ['/tags/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/'], '/tags/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/'],
    // A query and a fragment keep their meaning; what they hold beyond ASCII is encoded too.
    ['/', ['search?q=ایران&section=World#results'], '/search/?q=%D8%A7%DB%8C%D8%B1%D8%A7%D9%86&section=World#results'],
    // A "%" that starts no escape, and a space, are encoded; reserved characters a path may hold are not.
    ['/', ['100%', "a b:c@d!$&'()*+,;="], "/100%25/a%20b:c@d!$&'()*+,;=/"],
  ])('base %s + %o is %s', (base, parts, expected) => {
    expect(withBase(base, ...parts)).toBe(expected);
    expect(withBase(base, ...parts)).toMatch(/^[\x21-\x7e]*$/);
    if (!expected.includes('?')) expect(withBase('/', withBase(base, ...parts))).toBe(expected);
  });

  test('an NFD spelling is linked as its NFC file: Astro writes NFC names', () => {
    expect(encodePath('/tags/caf\u00e9/')).toBe(encodePath('/tags/cafe\u0301/'));
    expect(encodePath('/tags/کتاب‌ها/')).toBe('/tags/%DA%A9%D8%AA%D8%A7%D8%A8%E2%80%8C%D9%87%D8%A7/');
  });

  test('absoluteUrl agrees with the URL parser, which browsers and @astrojs/sitemap use', () => {
    const url = absoluteUrl('https://example.org', '/news/', 'tags', 'Ελλάδα');
    expect(url).toBe('https://example.org/news/tags/%CE%95%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1/');
    expect(url).toBe(new URL('/news/tags/Ελλάδα/', 'https://example.org').href);
    expect(decodeURIComponent(new URL(url).pathname)).toBe('/news/tags/Ελλάδα/');
  });
});
