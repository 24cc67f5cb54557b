import { describe, expect, test } from 'vitest';
import { ageLabel, storyAge } from '../../../src/lib/article/age.ts';
import { translator } from '../../../src/lib/i18n/translator.ts';

const published = new Date('2015-06-11T20:31:00+02:00');
const at = (iso: string) => new Date(iso);

describe('storyAge', () => {
  test.each([
    ['the moment of publication', '2015-06-11T18:31:00Z', null],
    ['a future date (clock behind)', '2014-01-01T00:00:00Z', null],
    ['29 days later', '2015-07-10T18:31:00Z', null],
    ['exactly one month later', '2015-07-11T18:31:00Z', null],
    ['one month and a second later', '2015-07-11T18:31:01Z', { unit: 'month', count: 1 }],
    ['eleven months and a day', '2016-05-12T00:00:00Z', { unit: 'month', count: 11 }],
    ['the day before the first anniversary', '2016-06-10T18:31:00Z', { unit: 'month', count: 11 }],
    ['exactly one year', '2016-06-11T18:31:00Z', { unit: 'month', count: 11 }],
    ['the day after the first anniversary', '2016-06-12T18:31:00Z', { unit: 'year', count: 1 }],
    ['the day before the fifth anniversary', '2020-06-10T18:31:00Z', { unit: 'year', count: 4 }],
    ['the day after the fifth anniversary', '2020-06-12T18:31:00Z', { unit: 'year', count: 5 }],
    ['the pinned test clock', '2026-11-01T00:00:00Z', { unit: 'year', count: 11 }],
  ])('%s', (_name, now, expected) => {
    expect(storyAge(published, at(now))).toEqual(expected);
  });

  describe('leap days', () => {
    const leap = at('2016-02-29T12:00:00Z');
    test.each([
      ['28 Feb 2017, before noon: not yet a year', '2017-02-28T11:59:59Z', { unit: 'month', count: 11 }],
      ['28 Feb 2017, after noon: the anniversary has passed', '2017-02-28T12:00:01Z', { unit: 'year', count: 1 }],
      ['1 Mar 2017', '2017-03-01T00:00:00Z', { unit: 'year', count: 1 }],
      ['28 Feb 2020, just before the leap anniversary', '2020-02-28T12:00:01Z', { unit: 'year', count: 3 }],
      ['29 Feb 2020, just after the leap anniversary', '2020-02-29T12:00:01Z', { unit: 'year', count: 4 }],
    ])('%s', (_name, now, expected) => {
      expect(storyAge(leap, at(now))).toEqual(expected);
    });
  });

  test('a story from the 31st completes its month at the end of a shorter month', () => {
    const jan31 = at('2021-01-31T00:00:00Z');
    expect(storyAge(jan31, at('2021-02-28T00:00:00Z'))).toBeNull();
    expect(storyAge(jan31, at('2021-02-28T00:00:01Z'))).toEqual({ unit: 'month', count: 1 });
  });
});

describe('ageLabel, in the language of the page', () => {
  test.each([
    ['en', { unit: 'year', count: 5 }, 'This story is over 5 years old'],
    ['en', { unit: 'year', count: 1 }, 'This story is over 1 year old'],
    ['en', { unit: 'month', count: 1 }, 'This story is over 1 month old'],
    ['en', { unit: 'month', count: 7 }, 'This story is over 7 months old'],
  ] as const)('%s %o reads "%s"', (lang, age, text) => {
    expect(ageLabel(age, translator(lang).t)).toBe(text);
  });
});
