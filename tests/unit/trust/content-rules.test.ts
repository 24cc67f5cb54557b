/**
 * The content rules for bylines, updates and corrections, through the real
 * schema (src/lib/content/schema/story.ts) and the content check, so each message is the
 * line an editor reads: file, field, what is wrong.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';

const FILE = 'c/articles/a.md';
const authors = ['ann', 'bob'].map((id) => ({ file: `c/authors/${id}.yaml`, text: `name: ${id}\n` }));
/** The build's clock, as the tests' builds pin it. */
const NOW = new Date('2026-11-01T00:00:00Z');

function problems(fields: string): string[] {
  const text = `---
headline: H
standfirst: S.
slug: s
published: "2020-03-01T09:00:00+01:00"
timeZone: Europe/Paris
dateline: Testville, XX
section: Test
${fields}
---
Body.
`;
  return checkContent(
    { articles: [{ file: FILE, text }], authors, authorsDir: 'c/authors' },
    { exists: () => true, site: 'https://g.example', base: '/', now: NOW },
  );
}

describe('author: one id or a list in byline order', () => {
  test.each(['author: ann', 'author: [ann, bob]', 'author:\n  - bob\n  - ann'])('%s is valid', (field) => {
    expect(problems(field)).toEqual([]);
  });
  test.each([
    [
      'author: [ann, nobody]',
      `${FILE}: author[1] "nobody" is not in the authors collection (no nobody.yaml in c/authors)`,
    ],
    ['author: nobody', `${FILE}: author "nobody" is not in the authors collection (no nobody.yaml in c/authors)`],
    ['author: []', `${FILE}: author must list at least one author`],
    [
      'author: [ann, ""]',
      `${FILE}: author[1] must not be empty: the file name (without extension) of an entry in authors/`,
    ],
    [
      'author: 7',
      `${FILE}: author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order`,
    ],
  ])('%s fails naming the field', (field, message) => {
    expect(problems(field)).toEqual([message]);
  });
});

describe('updated and corrections', () => {
  const correction = (date: string, text = 'An earlier version misspelt the town.') =>
    `author: ann\ncorrections:\n  - date: "${date}"\n    text: ${text}`;

  test('an update and corrections between publication and the clock are valid', () => {
    expect(problems(`${correction('2020-03-02T10:00:00+01:00')}\nupdated: "2020-03-01T12:00:00+01:00"`)).toEqual([]);
  });
  test.each([
    [
      'updated before published',
      'author: ann\nupdated: "2020-03-01T08:59:00+01:00"',
      `${FILE}: updated must not be earlier than published`,
    ],
    [
      'a correction before published',
      correction('2020-03-01T08:00:00+01:00'),
      `${FILE}: corrections[0].date must not be earlier than published; a story is corrected after it appears`,
    ],
    [
      "a correction after the build's clock",
      correction('2026-11-01T01:00:01+01:00'),
      `${FILE}: corrections[0].date is after the build's clock (2026-11-01T00:00:00.000Z); a correction cannot be dated in the future`,
    ],
    [
      'a correction with empty text',
      correction('2020-03-02T10:00:00+01:00', '""'),
      `${FILE}: corrections[0].text must not be empty`,
    ],
    [
      'a correction dated with the wrong offset for the zone',
      correction('2020-03-02T10:00:00+02:00'),
      `${FILE}: corrections[0].date has offset +02:00, but Europe/Paris was at +01:00 on that date`,
    ],
    [
      'a correction without a UTC offset',
      correction('2020-03-02T10:00:00'),
      `${FILE}: corrections[0].date: "2020-03-02T10:00:00" is not an ISO 8601 date-time with a UTC offset; write it like "2015-06-11T20:31:00+02:00"`,
    ],
    [
      'corrections that are not a list',
      'author: ann\ncorrections: fixed a typo',
      `${FILE}: corrections must be a list of { date, text } entries`,
    ],
  ])('%s fails naming the field', (_what, fields, message) => {
    expect(problems(fields)).toEqual([message]);
  });

  test('the second of two bad corrections is the one named', () => {
    expect(
      problems(`${correction('2020-03-02T10:00:00+01:00')}\n  - date: "2020-02-01T10:00:00+01:00"\n    text: Later.`),
    ).toEqual([
      `${FILE}: corrections[1].date must not be earlier than published; a story is corrected after it appears`,
    ]);
  });
});
