import { describe, expect, test } from 'vitest';
import { bylineSeparator, joinNames } from '../../../src/lib/trust/byline.ts';
import { correctionsInOrder, modifiedAt, showsUpdate, storyModified } from '../../../src/lib/trust/updates.ts';

const at = (iso: string) => new Date(iso);

describe('joinNames: the byline in house style, no serial comma', () => {
  test.each([
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
    [['A', 'B', 'C', 'D'], 'A, B, C and D'],
  ])('%j reads "%s"', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });
  test('nothing follows the last name', () => {
    expect(bylineSeparator(0, 1)).toBe('');
    expect(bylineSeparator(2, 3)).toBe('');
  });
});

describe('modifiedAt: the later of updated and the latest correction', () => {
  const published = at('2026-10-30T08:00:00Z');
  test.each([
    ['never changed', undefined, [], '2026-10-30T08:00:00.000Z'],
    ['updated only', at('2026-10-30T14:30:00Z'), [], '2026-10-30T14:30:00.000Z'],
    [
      'a correction after the update',
      at('2026-10-30T14:30:00Z'),
      [at('2026-10-31T09:15:00Z'), at('2026-10-30T17:00:00Z')],
      '2026-10-31T09:15:00.000Z',
    ],
    [
      'a correction before the update',
      at('2026-11-01T00:00:00Z'),
      [at('2026-10-31T09:15:00Z')],
      '2026-11-01T00:00:00.000Z',
    ],
    ['a correction and no update', undefined, [at('2026-10-30T17:00:00Z')], '2026-10-30T17:00:00.000Z'],
  ])('%s', (_what, updated, corrections, expected) => {
    expect(
      modifiedAt(
        published,
        updated,
        corrections.map((date) => ({ date })),
      ).toISOString(),
    ).toBe(expected);
  });
});

describe('showsUpdate: "Updated" only for a change 30 minutes or more after publication', () => {
  const published = at('2026-10-30T08:00:00Z');
  test.each([
    ['2026-10-30T08:00:00Z', false],
    ['2026-10-30T08:29:59Z', false],
    ['2026-10-30T08:30:00Z', true],
    ['2026-11-02T08:00:00Z', true],
  ])('changed at %s: %s', (modified, shown) => {
    expect(showsUpdate(published, at(modified))).toBe(shown);
  });
});

test('corrections are read oldest first, whatever order the entry lists them in', () => {
  const list = [
    { date: at('2026-10-31T09:15:00Z'), text: 'second' },
    { date: at('2026-10-30T17:00:00Z'), text: 'first' },
  ];
  expect(correctionsInOrder(list).map((c) => c.text)).toEqual(['first', 'second']);
  expect(list[0].text).toBe('second');
});

test("storyModified reads the schema's shape with the same rule", () => {
  const d = (iso: string) => ({ date: new Date(iso) });
  const data = {
    published: d('2020-01-01T00:00:00Z'),
    updated: d('2020-01-02T00:00:00Z'),
    corrections: [{ date: d('2020-01-03T00:00:00Z') }],
  };
  expect(storyModified(data).toISOString()).toBe('2020-01-03T00:00:00.000Z');
  expect(storyModified({ published: d('2020-01-01T00:00:00Z'), corrections: [] }).toISOString()).toBe(
    '2020-01-01T00:00:00.000Z',
  );
});
