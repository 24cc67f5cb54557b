import { describe, expect, test } from 'vitest';
import { calendar } from '../../../src/lib/archive/calendar.ts';
import { pageHref, pageParam, pageTitle, pageWindow, storyCount } from '../../../src/lib/archive/pages.ts';
import { translator } from '../../../src/lib/i18n/translator.ts';

const en = translator('en');
const fa = translator('fa');

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
    expect(pageTitle(en, 'World', 1)).toBe('World');
    expect(pageTitle(en, 'World', 3)).toBe('World, page 3');
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

test('date archives are named in the house style in English, and in the Gregorian months of their URLs in Persian', () => {
  expect(en.period('2015')).toBe('2015');
  expect(en.period('2015', '06')).toBe('June 2015');
  expect(en.period('2015', '06', '01')).toBe('June 1, 2015');
  // /2015/06/ holds June's stories: a Persian page names that Gregorian month, in Persian words and digits.
  expect(fa.period('2015', '06')).toBe('ژوئن ۲۰۱۵');
});

describe('counts and the calendar in words a reader understands', () => {
  test.each([
    [1, '1 story'],
    [2, '2 stories'],
    [28, '28 stories'],
    [1204, '1,204 stories'],
  ])('%i: %s', (n, words) => {
    expect(storyCount(en, n)).toBe(words);
  });

  const items = (n: number) => ({ length: n });
  const year = {
    year: '2015',
    months: [
      { month: '06', items: items(28), days: [{ day: '11' }, { day: '12' }] },
      { month: '07', items: items(1), days: [{ day: '01' }] },
    ],
  };
  const href = (...parts: string[]) => `/${parts.join('/')}/`;

  test('a year lists its months with their counts, and links each later page of a long month, named in full', () => {
    expect(calendar(en, href, year)).toEqual({
      label: 'Months of 2015',
      up: [],
      months: [
        {
          href: '/2015/06/',
          name: 'June 2015',
          count: '28 stories',
          later: [{ href: '/2015/06/page/2/', text: 'page 2', label: 'June 2015, page 2' }],
        },
        { href: '/2015/07/', name: 'July 2015', count: '1 story', later: [] },
      ],
    });
  });

  test('a month lists its days and links up to its year; a day links up to both', () => {
    expect(calendar(en, href, year, year.months[0]).days).toEqual([
      { href: '/2015/06/11/', day: '11', label: 'June 11, 2015' },
      { href: '/2015/06/12/', day: '12', label: 'June 12, 2015' },
    ]);
    expect(calendar(en, href, year, year.months[0], '11').up.map((u) => u.text)).toEqual([
      'All of 2015',
      'All of June 2015',
    ]);
  });
});
