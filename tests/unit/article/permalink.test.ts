import { expect, test } from 'vitest';
import { articlePath, isSlug, permalinkHref, storyPath } from '../../../src/lib/article/permalink.ts';

test('the seed article lives at its Paris date and slug', () => {
  expect(
    articlePath({ published: new Date('2015-06-11T20:31:00+02:00'), timeZone: 'Europe/Paris', slug: 'armed-gunmen' }),
  ).toBe('2015/06/11/armed-gunmen');
});

test('the date is the one printed in the article zone, not UTC', () => {
  const lateEvening = new Date('2015-06-11T23:30:00+02:00');
  expect(articlePath({ published: lateEvening, timeZone: 'Europe/Paris', slug: 's' })).toBe('2015/06/11/s');
  expect(articlePath({ published: lateEvening, timeZone: 'Asia/Tokyo', slug: 's' })).toBe('2015/06/12/s');
});

test.each([
  ['armed-gunmen-attack', true],
  ['mali-2015', true],
  ['Armed-Gunmen', false],
  ['armed--gunmen', false],
  ['-armed', false],
  ['armed gunmen', false],
  ['misséni', false],
  ['حمله-به-میسنی', true],
  ['россия-2024', true],
  ['Россия', false],
  ['۱۱-سپتامبر', false],
])('slug %s valid: %s', (slug, valid) => {
  expect(isSlug(slug)).toBe(valid);
});

test("the schema's data and the base path give the same permalink as the bare facts", () => {
  const published = new Date('2015-06-11T20:31:00+02:00');
  expect(storyPath({ published: { date: published }, timeZone: 'Europe/Paris', slug: 's' })).toBe('2015/06/11/s');
  expect(permalinkHref('/news', { published, timeZone: 'Europe/Paris', slug: 's' })).toBe('/news/2015/06/11/s/');
  expect(permalinkHref('/', { published, timeZone: 'Europe/Paris', slug: 's' })).toBe('/2015/06/11/s/');
});

test('a permalink in another script: decoded as dist/ names its folder, percent-encoded as links carry it', () => {
  const facts = { published: new Date('2015-06-11T20:31:00+04:30'), timeZone: 'Asia/Tehran', slug: 'حمله-به-میسنی' };
  expect(articlePath(facts)).toBe('2015/06/11/حمله-به-میسنی');
  expect(permalinkHref('/news/', facts)).toBe(
    '/news/2015/06/11/%D8%AD%D9%85%D9%84%D9%87-%D8%A8%D9%87-%D9%85%DB%8C%D8%B3%D9%86%DB%8C/',
  );
  expect(decodeURI(permalinkHref('/news/', facts))).toBe('/news/2015/06/11/حمله-به-میسنی/');
});
