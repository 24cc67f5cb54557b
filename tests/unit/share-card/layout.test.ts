import { describe, expect, test } from 'vitest';
import {
  fitByline,
  fitHeadline,
  type Measure,
  PALETTE,
  SHARE_FORMATS,
  shareCardLayout,
  truncateLines,
  wrapWords,
} from '../../../src/lib/share-card/layout.ts';

/** A fake monospace font: every character is half the font size wide. */
const mono: Measure = (text, _font, size) => text.length * size * 0.5;
const chars = (s: string) => s.length;

const SEED = {
  headline: 'Armed Gunmen Attack Police Base and Kill Chief in Southern Mali',
  siteName: 'Gazette',
  dateText: 'June 11, 2015',
  year: '2015',
  authors: ['Pierre Longeray'],
};

describe('wrapWords', () => {
  test('fills each line greedily and keeps every word in order', () => {
    expect(wrapWords('aa bb cc dd', 5, chars)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('aa bb cc dd', 8, chars)).toEqual(['aa bb cc', 'dd']);
  });
  test('a word wider than the line gets a line of its own rather than being lost', () => {
    expect(wrapWords('a enormousword b', 4, chars)).toEqual(['a', 'enormousword', 'b']);
  });
  test('collapses runs of white space', () => {
    expect(wrapWords('  a \n b  ', 10, chars)).toEqual(['a b']);
  });
});

describe('truncateLines', () => {
  test('leaves lines that fit alone', () => {
    expect(truncateLines(['one', 'two'], 2, 10, chars)).toEqual(['one', 'two']);
  });
  test('cuts to the limit and ends with an ellipsis that fits the width', () => {
    const cut = truncateLines(['aaa bbb ccc', 'ddd eee', 'fff'], 1, 8, chars);
    expect(cut).toEqual(['aaa bbb…']);
  });
});

describe('fitHeadline', () => {
  test('uses the largest size at which the headline fits', () => {
    const fit = fitHeadline('short', { width: 1000, height: 500 }, [80, 60], mono);
    expect(fit.size).toBe(80);
    expect(fit.lines).toEqual(['short']);
  });
  test('steps down a size when the large one needs too many lines', () => {
    // At 80 each char is 40 wide: 10 chars per 400 px line; 2 lines fit in 200 px at line height 93.
    const text = 'aaaa bbbb cccc dddd eeee';
    const fit = fitHeadline(text, { width: 400, height: 200 }, [80, 40], mono);
    expect(fit.size).toBe(40);
    expect(fit.lines.join(' ')).toBe(text);
  });
  test('truncates at the smallest size when nothing fits', () => {
    const fit = fitHeadline('word '.repeat(200).trim(), { width: 300, height: 100 }, [60, 40], mono);
    expect(fit.size).toBe(40);
    expect(fit.lines.at(-1)).toMatch(/…$/);
    expect(fit.lines.length).toBe(Math.floor(100 / fit.lineHeight));
  });
});

describe.each(Object.entries(SHARE_FORMATS))('shareCardLayout, %s', (_name, size) => {
  for (const hasImage of [false, true]) {
    const layout = shareCardLayout({ ...size, ...SEED, hasImage }, mono);
    const box = (t: (typeof layout.texts)[number]) => ({
      x1: t.x,
      x2: t.x + mono(t.text, t.font, t.size),
      y1: t.y - t.size,
      y2: t.y,
    });

    test(`${hasImage ? 'with' : 'without'} an image: every word of the headline is drawn, at one size`, () => {
      const lines = layout.texts.filter((t) => t.font === 'headline');
      expect(lines.map((t) => t.text).join(' ')).toBe(SEED.headline);
      expect(new Set(lines.map((t) => t.size)).size).toBe(1);
    });

    test(`${hasImage ? 'with' : 'without'} an image: the year is stamped on a yellow box, with site name and date`, () => {
      const stamp = layout.texts.find((t) => t.text === '2015')!;
      const yellow = layout.rects.find((r) => r.fill === PALETTE.stamp)!;
      expect(stamp.x).toBeGreaterThanOrEqual(yellow.x);
      expect(box(stamp).x2).toBeLessThanOrEqual(yellow.x + yellow.width);
      expect(stamp.y).toBeLessThanOrEqual(yellow.y + yellow.height);
      expect(layout.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Gazette', 'June 11, 2015']));
    });

    test(`${hasImage ? 'with' : 'without'} an image: the byline sits below the headline and above the footer`, () => {
      const byline = layout.texts.find((t) => t.text === 'By Pierre Longeray')!;
      const lastLine = layout.texts.filter((t) => t.font === 'headline').at(-1)!;
      const site = layout.texts.find((t) => t.text === 'Gazette')!;
      expect(box(byline).y1).toBeGreaterThanOrEqual(box(lastLine).y2);
      expect(box(byline).y2).toBeLessThanOrEqual(box(site).y1);
    });

    test(`${hasImage ? 'with' : 'without'} an image: all text lies inside the canvas and clear of the image`, () => {
      for (const t of layout.texts) {
        const b = box(t);
        expect(b.x1).toBeGreaterThanOrEqual(0);
        expect(b.x2).toBeLessThanOrEqual(size.width);
        expect(b.y1).toBeGreaterThanOrEqual(0);
        expect(b.y2).toBeLessThanOrEqual(size.height);
        if (layout.image) {
          const i = layout.image;
          const overlaps = b.x1 < i.x + i.width && b.x2 > i.x && b.y1 < i.y + i.height && b.y2 > i.y;
          expect(overlaps, `"${t.text}" overlaps the image`).toBe(false);
        }
      }
    });

    test(`${hasImage ? 'with' : 'without'} an image: ${hasImage ? 'an image box inside the canvas' : 'no image box'}`, () => {
      if (!hasImage) return expect(layout.image).toBeUndefined();
      const i = layout.image!;
      expect(i.x + i.width).toBeLessThanOrEqual(size.width);
      expect(i.y + i.height).toBeLessThanOrEqual(size.height);
      expect(i.width * i.height).toBeGreaterThan((size.width * size.height) / 4);
    });
  }
});

test('the default card has no year stamp or date, only the site name and tagline', () => {
  const layout = shareCardLayout(
    { ...SHARE_FORMATS.card, headline: 'News, republished.', siteName: 'Gazette', hasImage: false },
    mono,
  );
  expect(layout.rects.some((r) => r.fill === PALETTE.stamp)).toBe(false);
  expect(layout.texts.map((t) => t.text)).toEqual(['Gazette', 'News, republished.']);
});

describe('fitByline: every author when they fit, else the first "and others"', () => {
  test.each([
    [['Ada Ndiaye'], 100, 'By Ada Ndiaye'],
    [['Ada Ndiaye', 'Tomas Berg'], 100, 'By Ada Ndiaye and Tomas Berg'],
    [['Ada Ndiaye', 'Tomas Berg', 'Lin Ma'], 100, 'By Ada Ndiaye, Tomas Berg and Lin Ma'],
    [['Ada Ndiaye', 'Tomas Berg', 'Lin Ma'], 30, 'By Ada Ndiaye and others'],
    [['Ada Ndiaye', 'Tomas Berg'], 27, 'By Ada Ndiaye and others'],
    [['Ada Ndiaye', 'Tomas Berg'], 16, 'By Ada Ndiaye…'],
  ])('%j in %i characters: %s', (names, width, expected) => {
    expect(fitByline(names, width, chars)).toBe(expected);
  });
});

test('a card without authors (the default card) draws no byline and keeps its old layout', () => {
  const without = shareCardLayout({ ...SHARE_FORMATS.card, ...SEED, authors: undefined, hasImage: false }, mono);
  expect(without.texts.some((t) => t.text.startsWith('By '))).toBe(false);
});
