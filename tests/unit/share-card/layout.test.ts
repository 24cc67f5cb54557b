import { describe, expect, test } from 'vitest';
import {
  fitByline,
  fitHeadline,
  lineText,
  type SetLine,
  truncateLines,
  wrapLines,
} from '../../../src/lib/share-card/fit.ts';
import { PALETTE, SHARE_FORMATS, shareCardLayout } from '../../../src/lib/share-card/layout.ts';
import { cardByline } from '../../../src/lib/share-card/card-byline.ts';
import { translator } from '../../../src/lib/i18n/translator.ts';
import { mono, monoSet } from '../../support/mono-typeset.ts';

/** Lines as text; widths below count characters (one em each). */
const texts = (lines: SetLine[]) => lines.map(lineText);
const wrapWords = (text: string, maxWidth: number) => texts(wrapLines(monoSet(text), maxWidth));
/** The stand-in font's width of a text at a size, in px: every character is half the size wide. */
const halfEm = (text: string, size: number) => text.length * size * 0.5;

const SEED = {
  headline: 'Armed Gunmen Attack Police Base and Kill Chief in Southern Mali',
  siteName: 'Gazette',
  dateText: 'June 11, 2015',
  year: '2015',
  byline: { full: 'By Pierre Longeray', short: 'By Pierre Longeray' },
};

describe('wrapLines', () => {
  test('fills each line greedily and keeps every word in order', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('aa bb cc dd', 8)).toEqual(['aa bb cc', 'dd']);
  });
  test('a word wider than the line gets a line of its own rather than being lost', () => {
    expect(wrapWords('a enormousword b', 4)).toEqual(['a', 'enormousword', 'b']);
  });
  test('collapses runs of white space', () => {
    expect(wrapWords('  a \n b  ', 10)).toEqual(['a b']);
  });
  test('breaks only where the text allows: between the words of a text with no spaces', () => {
    const set = { ...monoSet('马里南部警察局遭袭击'), breaks: [2, 4, 7, 8] }; // 马里|南部|警察局|遭|袭击
    expect(texts(wrapLines(set, 5))).toEqual(['马里南部', '警察局遭', '袭击']);
  });
});

describe('truncateLines', () => {
  test('leaves lines that fit alone', () => {
    const lines = wrapLines(monoSet('one two'), 3);
    expect(texts(truncateLines(lines, 2, 10, monoSet))).toEqual(['one', 'two']);
  });
  test('cuts to the limit and ends with an ellipsis that fits the width', () => {
    const lines = wrapLines(monoSet('aaa bbb ccc ddd eee fff'), 11);
    expect(texts(truncateLines(lines, 1, 8, monoSet))).toEqual(['aaa bbb…']);
  });
  test('a text with no break that fits is cut between characters', () => {
    expect(texts(truncateLines(wrapLines(monoSet('abcdefghij'), 4), 1, 4, monoSet))).toEqual(['abc…']);
  });
});

describe('fitHeadline', () => {
  const half = (t: string) => monoSet(t, 0.5);
  test('uses the largest size at which the headline fits', () => {
    const fitted = fitHeadline(monoSet('short', 0.5), { width: 1000, height: 500 }, [80, 60], half);
    expect(fitted.size).toBe(80);
    expect(texts(fitted.lines)).toEqual(['short']);
  });
  test('steps down a size when the large one needs too many lines', () => {
    // At 80 each char is 40 wide: 10 chars per 400 px line; 2 lines fit in 200 px at line height 93.
    const text = 'aaaa bbbb cccc dddd eeee';
    const fitted = fitHeadline(monoSet(text, 0.5), { width: 400, height: 200 }, [80, 40], half);
    expect(fitted.size).toBe(40);
    expect(texts(fitted.lines).join(' ')).toBe(text);
  });
  test('truncates at the smallest size when nothing fits', () => {
    const text = 'word '.repeat(200).trim();
    const fitted = fitHeadline(monoSet(text, 0.5), { width: 300, height: 100 }, [60, 40], half);
    expect(fitted.size).toBe(40);
    expect(lineText(fitted.lines.at(-1)!)).toMatch(/…$/);
    expect(fitted.lines.length).toBe(Math.floor(100 / fitted.lineHeight));
  });
});

describe.each(Object.entries(SHARE_FORMATS))('shareCardLayout, %s', (_name, size) => {
  for (const hasImage of [false, true]) {
    const layout = shareCardLayout({ ...size, ...SEED, hasImage }, mono);
    const box = (t: (typeof layout.texts)[number]) => ({
      x1: t.x,
      x2: t.x + halfEm(t.text, t.size),
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

describe('fitByline: every author when they fit, else the first "and others", in the story\'s words', () => {
  test.each([
    [['Ada Ndiaye'], 100, 'By Ada Ndiaye'],
    [['Ada Ndiaye', 'Tomas Berg'], 100, 'By Ada Ndiaye and Tomas Berg'],
    [['Ada Ndiaye', 'Tomas Berg', 'Lin Ma'], 100, 'By Ada Ndiaye, Tomas Berg and Lin Ma'],
    [['Ada Ndiaye', 'Tomas Berg', 'Lin Ma'], 30, 'By Ada Ndiaye and others'],
    [['Ada Ndiaye', 'Tomas Berg'], 27, 'By Ada Ndiaye and others'],
    [['Ada Ndiaye', 'Tomas Berg'], 16, 'By Ada Ndiaye…'],
  ])('%j in %i characters: %s', (names, width, expected) => {
    expect(lineText(fitByline(cardByline(translator('en'), names)!, width, monoSet))).toBe(expected);
  });
  test('in Persian and Russian, with their list words', () => {
    const fa = cardByline(translator('fa'), ['مریم حسینی', 'علی رضایی'])!;
    expect(fa.full).toContain('مریم حسینی و علی رضایی');
    expect(fa.full).not.toMatch(/By|and/);
    // Too long for the line: the first author "and others", cut.
    const cut = lineText(fitByline(fa, 12, monoSet));
    expect(cut.endsWith('…')).toBe(true);
    expect(fa.short.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
    expect(cardByline(translator('ru'), ['Анна Петрова', 'Иван Орлов'])!.full).toContain('Анна Петрова и Иван Орлов');
  });
  test('a story without authors has no byline', () => {
    expect(cardByline(translator('en'), [])).toBeUndefined();
  });
});

test('a card without authors (the default card) draws no byline and keeps its old layout', () => {
  const without = shareCardLayout({ ...SHARE_FORMATS.card, ...SEED, byline: undefined, hasImage: false }, mono);
  expect(without.texts.some((t) => t.text.startsWith('By '))).toBe(false);
});

describe('a card in a language written right to left', () => {
  const W = SHARE_FORMATS.card.width;
  const ltr = shareCardLayout({ ...SHARE_FORMATS.card, ...SEED, hasImage: true, lang: 'en' }, mono);
  const rtl = shareCardLayout({ ...SHARE_FORMATS.card, ...SEED, hasImage: true, lang: 'fa' }, mono);

  test('is the mirror image: each line ends where the left-to-right one starts, on the same baseline', () => {
    expect(rtl.texts.map((t) => t.text)).toEqual(ltr.texts.map((t) => t.text));
    rtl.texts.forEach((t, i) => {
      expect(t.x + t.width).toBeCloseTo(W - ltr.texts[i].x);
      expect(t.y).toBe(ltr.texts[i].y);
    });
  });

  test('puts the year stamp and the image on the other side', () => {
    const stamp = (l: typeof ltr) => l.rects.find((r) => r.fill === PALETTE.stamp)!;
    expect(stamp(rtl).x + stamp(rtl).width).toBe(W - stamp(ltr).x);
    expect(rtl.image).toEqual({ ...ltr.image, x: 0 });
  });

  test('takes its direction from the language tag, and an unknown tag is left to right', () => {
    const layout = (lang: string) => shareCardLayout({ ...SHARE_FORMATS.card, ...SEED, hasImage: false, lang }, mono);
    const headlineEnd = (lang: string) => layout(lang).texts.find((t) => t.font === 'headline')!;
    expect(headlineEnd('ar').x + headlineEnd('ar').width).toBeCloseTo(W - Math.round(W * 0.05));
    expect(headlineEnd('ru').x).toBe(Math.round(W * 0.05));
    expect(headlineEnd('not a tag').x).toBe(Math.round(W * 0.05));
  });
});
