/**
 * The content check on live coverage: each rule names the file and the field, and an update scheduled after the
 * build's clock is not a problem (it waits, as a scheduled story does).
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';

const NOW = new Date('2026-11-01T00:00:00Z');
const options = { site: 'https://g.example', base: '/', exists: () => true, now: NOW };
const authors = [{ file: 'c/authors/ann.yaml', text: 'name: Ann\n' }];

const story = (extra = 'live:\n  start: "2026-10-28T08:00:00+01:00"\n') =>
  `---\nheadline: Quake\nstandfirst: S.\nslug: quake\nauthor: ann\ntimeZone: Europe/Paris\npublished: "2026-10-28T08:00:00+01:00"\nsection: World\n${extra}---\nBody\n`;
const update = (fields: string, body = 'An update.') => `---\n${fields}---\n${body}\n`;
const PUBLISHED = 'published: "2026-10-28T09:00:00+01:00"\nauthor: ann\n';

function check(storyText: string, updates: Record<string, string>, articles: Record<string, string> = {}) {
  return checkContent(
    {
      articles: [
        { file: 'c/articles/2026/quake.md', text: storyText },
        ...Object.entries(articles).map(([file, text]) => ({ file, text })),
      ],
      authors,
      authorsDir: 'c/authors',
      updates: Object.entries(updates).map(([id, text]) => ({
        file: id.includes('/') ? id : `c/articles/2026/quake.updates/${id}.md`,
        text,
      })),
    },
    options,
  );
}

describe('a live story and its updates', () => {
  test('a clean live story with updates, one pinned and one key event, has no problems', () => {
    expect(
      check(story(), {
        '0900': update(PUBLISHED),
        '0930': update(
          'published: "2026-10-28T09:30:00+01:00"\nauthor: [ann]\nheadline: Aftershock\nkey: true\npinned: true\n',
        ),
      }),
    ).toEqual([]);
  });

  test('an update dated after the build clock is held back, not refused', () => {
    expect(check(story(), { later: update('published: "2026-11-02T09:00:00+01:00"\nauthor: ann\n') })).toEqual([]);
  });

  test('an update dated before the coverage began names the file, the field and the story', () => {
    expect(check(story(), { early: update('published: "2026-10-28T07:00:00+01:00"\nauthor: ann\n') })).toEqual([
      'c/articles/2026/quake.updates/early.md: published 2026-10-28T07:00:00+01:00 is before the coverage began (live.start in c/articles/2026/quake.md: 2026-10-28T08:00:00+01:00)',
    ]);
  });

  test('an update dated after the coverage ended names the file, the field and the story', () => {
    const ended = story('live:\n  start: "2026-10-28T08:00:00+01:00"\n  end: "2026-10-28T20:00:00+01:00"\n');
    expect(check(ended, { late: update('published: "2026-10-28T21:00:00+01:00"\nauthor: ann\n') })).toEqual([
      'c/articles/2026/quake.updates/late.md: published 2026-10-28T21:00:00+01:00 is after the coverage ended (live.end in c/articles/2026/quake.md: 2026-10-28T20:00:00+01:00)',
    ]);
  });

  test('an update naming an unknown author names the file and the field', () => {
    expect(check(story(), { a: update('published: "2026-10-28T09:00:00+01:00"\nauthor: [ann, bob]\n') })).toEqual([
      'c/articles/2026/quake.updates/a.md: author[1] "bob" is not in the authors collection (no bob.yaml in c/authors)',
    ]);
  });

  test('an updates folder beside a story that is not live is named, with what to do', () => {
    expect(check(story(''), { a: update(PUBLISHED) })).toEqual([
      'c/articles/2026/quake.updates: holds live updates, but c/articles/2026/quake.md is not live; add live: { start: "<date-time>" } to it, or move the folder',
    ]);
  });

  test('an updates folder with no story beside it is named', () => {
    expect(check(story(), { 'c/articles/2026/storm.updates/a.md': update(PUBLISHED) })).toEqual([
      'c/articles/2026/storm.updates: is an updates folder, but there is no story beside it to hold them (no c/articles/2026/storm.md)',
    ]);
  });

  test('a second pinned update in one story is named against the first', () => {
    const pinned = (time: string) => update(`published: "2026-10-28T${time}:00+01:00"\nauthor: ann\npinned: true\n`);
    expect(check(story(), { a: pinned('09:00'), b: pinned('10:00'), c: update(PUBLISHED) })).toEqual([
      'c/articles/2026/quake.updates/b.md: pinned is true, but c/articles/2026/quake.updates/a.md is already the pinned update of c/articles/2026/quake.md; a story pins one update at most, so set pinned: false in one of them',
    ]);
  });

  test("an update's own fields: a missing author, an unquoted date, an unknown field, a bad flag", () => {
    expect(
      check(story(), {
        a: update('published: 2026-10-28T09:00:00+01:00\nkey: yes\nsummary: x\n'),
      }),
    ).toEqual([
      'c/articles/2026/quake.updates/a.md: published must be a quoted ISO 8601 date-time with a UTC offset, like "2015-06-11T20:31:00+02:00"',
      'c/articles/2026/quake.updates/a.md: author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order',
      'c/articles/2026/quake.updates/a.md: key must be true or false',
      'c/articles/2026/quake.updates/a.md: unknown field "summary"; the fields an entry may have are listed in src/lib/content/schema/',
    ]);
  });

  test("an offset the story's zone did not have, and a correction from the future", () => {
    expect(
      check(story(), {
        a: update(
          'published: "2026-10-28T09:00:00+03:00"\nauthor: ann\ncorrections:\n  - date: "2026-11-05T10:00:00+01:00"\n    text: Fixed.\n',
        ),
      }),
    ).toEqual([
      "c/articles/2026/quake.updates/a.md: corrections[0].date is after the build's clock (2026-11-01T00:00:00.000Z); a correction cannot be dated in the future",
    ]);
    expect(check(story(), { a: update('published: "2026-10-28T11:00:00+03:00"\nauthor: ann\n') })).toEqual([
      'c/articles/2026/quake.updates/a.md: published has offset +03:00, but Europe/Paris (the time zone of c/articles/2026/quake.md) was at +01:00 on that date',
    ]);
  });

  test("the body policy holds in updates, and an update's file name must make an address", () => {
    expect(check(story(), { 'bad name': update(PUBLISHED, '<script>alert(1)</script>') })).toEqual([
      'c/articles/2026/quake.updates/bad name.md: body, line 5: raw <script> HTML is not allowed in an article body; write the story in Markdown',
      'c/articles/2026/quake.updates/bad name.md: the file name "bad name" is the update\'s id, in its address (#update-bad name); name it with letters, digits and hyphens only, like "20261025-081500.md"',
    ]);
  });

  test('an update cannot show a photo file of its own', () => {
    expect(check(story(), { a: update(PUBLISHED, '![A crane](./crane.jpg)') })).toEqual([
      'c/articles/2026/quake.updates/a.md: body shows the file "./crane.jpg", but an update cannot carry photos of its own yet; put the photo in the story, or link to it',
    ]);
  });

  test('a file deeper inside an updates folder is named', () => {
    expect(check(story(), { 'c/articles/2026/quake.updates/old/a.md': update(PUBLISHED) })).toEqual([
      'c/articles/2026/quake.updates/old/a.md: is inside a folder within an updates folder; an update is a Markdown file directly in its story\'s ".updates" folder',
    ]);
  });

  test("the story's coverage: an end before its start, an offset its zone did not have", () => {
    expect(
      check(story('live:\n  start: "2026-10-28T08:00:00+01:00"\n  end: "2026-10-28T07:00:00+02:00"\n'), {}),
    ).toEqual([
      'c/articles/2026/quake.md: live.end has offset +02:00, but Europe/Paris was at +01:00 on that date',
      'c/articles/2026/quake.md: live.end must not be earlier than live.start',
    ]);
  });
});
