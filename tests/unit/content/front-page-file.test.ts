/**
 * The front page file (content/front.yaml) through the real schema (src/lib/content/schema/collections.ts) and the content check:
 * each message is the line an editor reads, naming the file and the field.
 */
import { expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';

const FRONT = 'c/front.yaml';
const story = `---
headline: H
standfirst: S.
slug: s
author: ann
published: "2020-03-01T09:00:00+01:00"
timeZone: Europe/Paris
dateline: Testville, XX
section: World
---
Body.
`;

function problems(yaml: string): string[] {
  return checkContent(
    {
      articles: [{ file: 'c/articles/2020/a.md', text: story }],
      authors: [{ file: 'c/authors/ann.yaml', text: 'name: Ann\n' }],
      authorsDir: 'c/authors',
      front: { file: { file: FRONT, text: yaml }, articlesDir: 'c/articles' },
    },
    { exists: () => true, site: 'https://g.example', base: '/', now: new Date('2026-11-01T00:00:00Z') },
  );
}

test.each([
  'pins: []',
  '{}',
  'pins:\n  - story: 2020/a',
  'pins:\n  - story: 2020/a\n    until: "2026-11-02T06:00:00+01:00"',
  // A story pinned as the lead until morning, then as a top story: legitimate, so not refused.
  'pins:\n  - story: 2020/a\n    until: "2026-11-02T06:00:00+01:00"\n  - story: 2020/a',
])('%s is valid', (yaml) => {
  expect(problems(yaml)).toEqual([]);
});

test.each([
  [
    'pins:\n  - story: 2020/missing',
    `${FRONT}: pins[0].story "2020/missing" is not a story: there is no c/articles/2020/missing.md`,
  ],
  [
    'pins:\n  - until: "2026-11-02T06:00:00+01:00"',
    `${FRONT}: pins[0].story is required: the file name (without extension) of an entry in articles/`,
  ],
  [
    'pins:\n  - story: 2020/a\n    until: "2026-11-02T06:00:00"',
    `${FRONT}: pins[0].until: "2026-11-02T06:00:00" is not an ISO 8601 date-time with a UTC offset; write it like "2015-06-11T20:31:00+02:00"`,
  ],
  [
    'pins:\n  - story: 2020/a\n    until: 2026-11-02T06:00:00+01:00',
    `${FRONT}: pins[0].until must be a quoted ISO 8601 date-time with a UTC offset, like "2015-06-11T20:31:00+02:00"`,
  ],
  [
    'pins:\n  - story: 2020/a\n    from: today',
    `${FRONT}: unknown field "pins[0].from"; the fields an entry may have are listed in src/lib/content/schema/`,
  ],
  ['pins: 2020/a', `${FRONT}: pins must be a list of { story, until } entries`],
  [
    'pins: [x',
    `${FRONT}: the file is not valid YAML at line 2, column 1: unexpected end of the stream within a flow collection`,
  ],
])('%s is refused, naming the file and the field', (yaml, message) => {
  expect(problems(yaml)).toEqual([message]);
});
