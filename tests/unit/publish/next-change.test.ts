import { describe, expect, test } from 'vitest';
import { ageLabel, storyAge } from '../../../src/lib/article/age.ts';
import { NEWS_WINDOW_MS } from '../../../src/lib/archive/news-sitemap.ts';
import { nextAgeChange, nextClockChange } from '../../../src/lib/publish/next-change.ts';

/** The banner's words, as their message and count (the language does not move the instant they change). */
const label = (published: Date, at: Date) => {
  const age = storyAge(published, at);
  return age ? ageLabel(age, (key, { count }) => `${key} ${count}`) : '';
};
const offset = (p: { date: Date }) => ({ date: p.date });

describe('when the clock changes a page', () => {
  test('the age banner: its words change at the instant found, and at no instant before it', () => {
    for (let i = 0; i < 400; i++) {
      const published = new Date(
        Date.UTC(2012 + (i % 12), (i * 5) % 12, 1 + ((i * 13) % 31), (i * 7) % 24, (i * 11) % 60),
      );
      const now = new Date(published.getTime() + ((i * 7919) % 2000) * 0.71 * 86_400_000 + (i % 3));
      const next = nextAgeChange(published, now);
      expect(next.getTime()).toBeGreaterThan(now.getTime());
      expect(label(published, next), `${published.toISOString()} at ${now.toISOString()}`).not.toBe(
        label(published, now),
      );
      for (let k = 1; k < 16; k++) {
        const between = new Date(now.getTime() + ((next.getTime() - now.getTime() - 1) * k) / 16);
        expect(label(published, between)).toBe(label(published, now));
      }
    }
  });

  test('a year boundary: a story from 11 June 2015 is "over 5 years old" just after 11 June 2020', () => {
    const published = new Date('2015-06-11T20:31:00Z');
    const next = nextAgeChange(published, new Date('2020-05-01T00:00:00Z'));
    expect(next.toISOString()).toBe('2020-06-11T20:31:00.001Z');
    expect(storyAge(published, next)).toEqual({ unit: 'year', count: 5 });
  });

  test('the next instant is the earliest of a scheduled story, a pin lapsing, a banner and the News window', () => {
    const now = new Date('2026-11-01T12:00:00Z');
    const soon = (ms: number) => new Date(now.getTime() + ms);
    expect(nextClockChange([{ published: offset({ date: soon(60_000) }) }], [], now)).toEqual(soon(60_000));
    expect(nextClockChange([], [{ until: { date: soon(30_000) } }, { until: { date: soon(-1) } }], now)).toEqual(
      soon(30_000),
    );
    const news = soon(-NEWS_WINDOW_MS + 10_000);
    expect(nextClockChange([{ published: { date: news }, ageBanner: false }], [], now)).toEqual(soon(10_001));
    // Republished stories are never in the News sitemap; drafts are not published at all.
    expect(nextClockChange([{ published: { date: news }, ageBanner: false, source: {} }], [], now)).toBeUndefined();
    expect(nextClockChange([{ published: { date: soon(5) }, draft: true }], [], now)).toBeUndefined();
  });

  test("live coverage: a scheduled update's time or the coverage's end, whichever comes first, past ones ignored", () => {
    const now = new Date('2026-11-01T12:00:00Z');
    const soon = (ms: number) => new Date(now.getTime() + ms);
    expect(nextClockChange([], [], now, [soon(-5), soon(90_000), undefined, soon(45_000)])).toEqual(soon(45_000));
    expect(nextClockChange([], [], now, [soon(-5), undefined])).toBeUndefined();
  });
});
