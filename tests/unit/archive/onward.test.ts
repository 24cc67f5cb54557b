import { describe, expect, test } from 'vitest';
import { type Onward, onwardJourneys } from '../../../src/lib/archive/onward.ts';

const s = (href: string, day: number, section: string, tags: string[] = []): Onward => ({
  href,
  published: new Date(Date.UTC(2026, 9, day)),
  section,
  tags,
});
// Newest first and published, as the archive groups them.
const all = [
  s('/w5/', 20, 'world', ['sahel']),
  s('/w4/', 19, 'world', ['mali', 'sahel']),
  s('/w3/', 18, 'world'),
  s('/w2/', 17, 'world', ['mali']),
  s('/w1/', 16, 'world', ['mali', 'sahel']),
  s('/a3/', 15, 'africa', ['mali', 'sahel']),
  s('/a2/', 14, 'africa', ['mali']),
  s('/a1/', 13, 'africa', ['mali', 'sahel', 'aqim']),
];
const index = {
  bySection: new Map(['world', 'africa'].map((x) => [x, all.filter((a) => a.section === x)])),
  byTag: new Map(['mali', 'sahel', 'aqim'].map((t) => [t, all.filter((a) => a.tags.includes(t))])),
};
const hrefs = (list: Onward[]) => list.map((x) => x.href);
const story = all.find((x) => x.href === '/w4/')!;

describe('onwardJourneys', () => {
  test('"More in" is the latest from the section, never the story itself', () => {
    expect(hrefs(onwardJourneys(story, index, { limit: 3 }).moreInSection)).toEqual(['/w5/', '/w3/', '/w2/']);
  });
  test('"On the same topics" ranks by shared tags, then recency, and repeats nothing from "More in"', () => {
    const { sameTopics } = onwardJourneys(story, index, { limit: 3 });
    expect(hrefs(sameTopics)).toEqual(['/w1/', '/a3/', '/a1/']);
  });
  test('explicit Related stories appear in neither list', () => {
    const { moreInSection, sameTopics } = onwardJourneys(story, index, { limit: 3, exclude: ['/w5/', '/a3/'] });
    expect(hrefs(moreInSection)).toEqual(['/w3/', '/w2/', '/w1/']);
    expect(hrefs(sameTopics)).toEqual(['/a1/', '/a2/']);
  });
  test('a story alone in its section and with no tags gets nothing', () => {
    const lone = s('/lone/', 1, 'opinion');
    expect(onwardJourneys(lone, { bySection: new Map([['opinion', [lone]]]), byTag: new Map() })).toEqual({
      moreInSection: [],
      sameTopics: [],
    });
  });
  test('only the newest `scan` stories of a tag are weighed', () => {
    const { sameTopics } = onwardJourneys(s('/x/', 1, 'science', ['aqim']), index, { scan: 0 });
    expect(sameTopics).toEqual([]);
  });
});
