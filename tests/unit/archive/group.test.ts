import { describe, expect, test } from 'vitest';
import { type Filing, groupArchive } from '../../../src/lib/archive/group.ts';

type Story = { id: string } & Filing;
const story = (id: string, date: string, section: string, tags: string[] = [], authors = ['ann']): Story => {
  const [year, month, day] = date.split('-');
  return { id, section, tags, authors, date: { year, month, day } };
};
// Newest first, as getArticles() gives them.
const stories = [
  story('e', '2016-02-01', 'Africa', ['Misséni', 'Mali'], ['bo']),
  story('d', '2015-06-12', 'World', ['Mali']),
  story('c', '2015-06-11', 'World', ['Sahel', 'Mali', 'Mali'], ['ann', 'bo']),
  story('b', '2015-06-11', 'world news', []),
  story('a', '2014-12-31', 'World', ['Misséni']),
];
const ids = (items: Story[]) => items.map((s) => s.id);
const archive = groupArchive(stories, (s) => s, 'en');

describe('groupArchive: one pass, every listing newest first', () => {
  test('sections by slug, keeping the order given', () => {
    expect(archive.sections.map((s) => [s.slug, s.name, ids(s.items)])).toEqual([
      ['africa', 'Africa', ['e']],
      ['world', 'World', ['d', 'c', 'a']],
      ['world-news', 'world news', ['b']],
    ]);
  });
  test('tags by slug, a story counted once per tag', () => {
    expect(archive.tags.map((t) => [t.slug, t.name, ids(t.items)])).toEqual([
      ['mali', 'Mali', ['e', 'd', 'c']],
      ['misseni', 'Misséni', ['e', 'a']],
      ['sahel', 'Sahel', ['c']],
    ]);
  });
  test('authors, a story under each of its authors', () => {
    expect(ids(archive.authors.get('ann')!)).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(archive.authors.get('bo')!)).toEqual(['e', 'c']);
  });
  test('the calendar: newest year first, months and days in calendar order, only where there are stories', () => {
    expect(
      archive.years.map((y) => [
        y.year,
        ids(y.items),
        y.months.map((m) => [m.month, ids(m.items), m.days.map((d) => [d.day, ids(d.items)])]),
      ]),
    ).toEqual([
      ['2016', ['e'], [['02', ['e'], [['01', ['e']]]]]],
      [
        '2015',
        ['d', 'c', 'b'],
        [
          [
            '06',
            ['d', 'c', 'b'],
            [
              ['11', ['c', 'b']],
              ['12', ['d']],
            ],
          ],
        ],
      ],
      ['2014', ['a'], [['12', ['a'], [['31', ['a']]]]]],
    ]);
  });
  test('names in any script group by their slug in the edition’s language, the first spelling named', () => {
    const persian = groupArchive(
      [
        story('z', '2020-01-02', 'ایران', ['کتاب‌ها', 'Россия']),
        story('y', '2020-01-01', 'ايران', ['کتاب ها', '中国']),
      ],
      (s) => s,
      'fa',
    );
    expect(persian.sections.map((s) => [s.slug, s.name, ids(s.items)])).toEqual([['ایران', 'ایران', ['z', 'y']]]);
    expect(persian.tags.map((t) => [t.slug, ids(t.items)])).toEqual([
      ['россия', ['z']],
      ['کتاب-ها', ['z', 'y']],
      ['中国', ['y']],
    ]);
  });
  test('no stories, no listings', () => {
    expect(groupArchive([], (s: Story) => s, 'en')).toEqual({ sections: [], tags: [], authors: new Map(), years: [] });
  });
});
