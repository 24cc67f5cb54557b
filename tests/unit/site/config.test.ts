import { expect, test } from 'vitest';
import { DEFAULT_SITE, siteConfig } from '../../../src/lib/site/config.ts';

test('defaults to a local origin at the root', () => {
  expect(siteConfig({})).toEqual({ site: DEFAULT_SITE, base: '/' });
});

test('reads SITE_URL and BASE_PATH, normalising the base', () => {
  expect(siteConfig({ SITE_URL: 'https://news.example.org/', BASE_PATH: '/news' })).toEqual({
    site: 'https://news.example.org',
    base: '/news/',
  });
});

test.each([
  [{ SITE_URL: 'news.example.org' }, /SITE_URL must be an absolute URL with a scheme/],
  [{ SITE_URL: 'ftp://news.example.org' }, /SITE_URL must start with https:\/\/ or http:\/\//],
  [{ SITE_URL: 'https://example.org/news/' }, /put a sub-path in BASE_PATH/],
  [{ BASE_PATH: 'news/' }, /BASE_PATH must start with "\/"/],
  [{ BASE_PATH: '/news//x/' }, /BASE_PATH may hold only path segments/],
  [{ BASE_PATH: '/news?x=1' }, /BASE_PATH may hold only path segments/],
])('rejects %o', (env, message) => {
  expect(() => siteConfig(env)).toThrow(message);
});
