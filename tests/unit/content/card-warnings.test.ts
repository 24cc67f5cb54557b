/**
 * What the share card cannot draw is said before the build draws it: the content check warns, naming the file, the
 * field and each character by its Unicode name, and stops nothing (the page shows it with the reader's fonts).
 */
import { expect, test } from 'vitest';
import { cardWarnings, checkStory } from '../../../src/lib/content/check-file.ts';
import { storyContent } from '../../../src/lib/content/story-record.ts';

const FILE = 'c/articles/a.md';
const NOW = new Date('2026-11-01T00:00:00Z');
const story = (headline: string) => `---
headline: ${JSON.stringify(headline)}
slug: s
published: "2020-03-01T09:00:00+01:00"
timeZone: Europe/Paris
section: Test
standfirst: S.
author: ann
---
Body.
`;
const checkOne = (text: string) =>
  checkStory({ ...storyContent(text), file: FILE, path: FILE, id: 'a', digest: '' }, text, NOW);

test('an emoji in a headline: a warning naming the file, the field and the character', () => {
  const checked = checkOne(story('Rain returns to Bamako 🌧'));
  expect(checked.problems).toEqual([]);
  expect(checked.warnings).toEqual([
    `${FILE}: headline has "🌧" (U+1F327), which no font of the share cards can draw; the card leaves it out`,
  ]);
});

test('a script the cards have no font for (Hebrew) is warned about; the scripts they draw are not', () => {
  expect(cardWarnings(FILE, 'headline', 'גשם בטהרן')).toHaveLength(1);
  expect(cardWarnings(FILE, 'headline', 'گزارش VICE News از حمله در مالی')).toEqual([]);
  expect(cardWarnings(FILE, 'headline', 'Дождь в Тегеране')).toEqual([]);
  expect(cardWarnings(FILE, 'headline', 'दक्षिणी माली में पुलिस थाने पर हमला')).toEqual([]);
  expect(cardWarnings(FILE, 'headline', '马里南部警察局遭武装分子袭击')).toEqual([]);
  expect(checkOne(story('Armed Gunmen Attack Police Base')).warnings).toBeUndefined();
});

test('an author name is checked the same way', () => {
  expect(cardWarnings('c/authors/ann.yaml', 'name', 'Ann ✍️')[0]).toMatch(
    /^c\/authors\/ann\.yaml: name has "✍️" \(U\+270D U\+FE0F\)/,
  );
});
