import { describe, expect, test } from 'vitest';
import { pageHref, pageParam, pageTitle, pageWindow, periodName } from '../../src/lib/archive/pages.ts';

describe('page URLs: page 1 at the bare URL, never /page/1/', () => {
  test.each([
    [1, '/world/', undefined],
    [2, '/world/page/2/', 'page/2'],
    [13, '/world/page/13/', 'page/13'],
  ])('page %i', (n, href, param) => {
    expect(pageHref('/world/', n)).toBe(href);
    expect(pageParam(n)).toBe(param);
  });
  test('under a base path', () => {
    expect(pageHref('/news/', 3)).toBe('/news/page/3/');
  });
  test('titles', () => {
    expect(pageTitle('World', 1)).toBe('World');
    expect(pageTitle('World', 3)).toBe('World, page 3');
  });
});

describe('pageWindow: first, last and two either side, gaps marked', () => {
  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 40, [1, 2, 3, null, 40]],
    [6, 40, [1, null, 4, 5, 6, 7, 8, null, 40]],
    [40, 40, [1, null, 38, 39, 40]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i', (current, last, shown) => {
    expect(pageWindow(current, last)).toEqual(shown);
  });
});

test('periodName prints date archives in the house style', () => {
  expect(periodName('2015')).toBe('2015');
  expect(periodName('2015', '06')).toBe('June 2015');
  expect(periodName('2015', '06', '01')).toBe('June 1, 2015');
});
