/**
 * What a story may leave out (issue 30): a dateline, always, since most stories have none and none is ever made up;
 * a standfirst and a byline, only while it is a draft. Through the real schema and the content check, so each line is
 * the one an editor reads.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { checkStory } from '../../../src/lib/content/check-file.ts';
import { storySchema } from '../../../src/lib/content/schema/story.ts';
import { storyContent } from '../../../src/lib/content/story-record.ts';

const FILE = 'c/articles/a.md';
const authors = [{ file: 'c/authors/ann.yaml', text: 'name: Ann\n' }];
const NOW = new Date('2026-11-01T00:00:00Z');
const checkOne = (text: string) =>
  checkStory({ ...storyContent(text), file: FILE, path: FILE, id: 'a', digest: '' }, text, NOW);

const story = (fields: string) => `---
headline: H
slug: s
published: "2020-03-01T09:00:00+01:00"
timeZone: Europe/Paris
section: Test
${fields}
---
Body.
`;

const check = (text: string) =>
  checkContent(
    { articles: [{ file: FILE, text }], authors, authorsDir: 'c/authors' },
    { exists: () => true, site: 'https://g.example', base: '/', now: NOW },
  );

describe('the dateline is optional', () => {
  test('a published story without one is valid, and nothing stands in for it', () => {
    expect(check(story('standfirst: S.\nauthor: ann'))).toEqual([]);
    const parsed = storySchema.parse({
      ...{ headline: 'H', slug: 's', published: '2020-03-01T09:00:00+01:00', timeZone: 'Europe/Paris' },
      ...{ section: 'Test', standfirst: 'S.', author: 'ann' },
    });
    expect(parsed.dateline).toBeUndefined();
  });
  test('one that is there must still say something', () => {
    expect(check(story('standfirst: S.\nauthor: ann\ndateline: "  "'))).toEqual([
      `${FILE}: dateline must not be empty`,
    ]);
  });
});

describe('a draft may lack its standfirst and byline', () => {
  test('it passes, with a warning for each thing it still lacks', () => {
    const text = story('draft: true');
    expect(check(text)).toEqual([]);
    expect(checkOne(text).warnings).toEqual([
      `${FILE}: this draft has no standfirst yet; it is refused once draft is removed`,
      `${FILE}: this draft has no byline yet (author); it is refused once draft is removed`,
    ]);
  });
  test('a finished draft has no warning', () => {
    expect(checkOne(story('draft: true\nstandfirst: S.\nauthor: ann')).warnings).toBeUndefined();
  });
  test('once draft is removed, both are refused, in the same round as any other mistake', () => {
    expect(check(story('tags: Mali'))).toEqual([
      `${FILE}: tags must be a list, like [Mali, Sahel]`,
      `${FILE}: standfirst is required and must be text`,
      `${FILE}: author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order`,
    ]);
    expect(check(story('draft: false\nauthor: ann'))).toEqual([`${FILE}: standfirst is required and must be text`]);
  });
});

describe('an empty translationKey, as the desk writes it, means none', () => {
  test('the story is valid and has no key; a blank one is still refused', () => {
    expect(check(story('standfirst: S.\nauthor: ann\ntranslationKey: ""'))).toEqual([]);
    expect(
      storyContent(story('standfirst: S.\nauthor: ann\ntranslationKey: ""')).story?.translationKey,
    ).toBeUndefined();
    expect(check(story('standfirst: S.\nauthor: ann\ntranslationKey: "  "'))).toEqual([
      `${FILE}: translationKey must not be empty`,
    ]);
  });
});
