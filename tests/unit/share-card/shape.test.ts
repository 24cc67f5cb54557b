/**
 * Text of every script, shaped for a share card: joined Arabic letters in right-to-left order, Devanagari conjuncts,
 * Chinese broken between words, an English name in its place inside a Persian line, and combining marks placed on
 * their letters. Each checks HarfBuzz's output (glyph ids, clusters, offsets) rather than pixels.
 */
import { describe, expect, test } from 'vitest';
import { fontStore } from '../../../src/lib/fonts/font-store.ts';
import { breakOpportunities, lineGlyphs, textDirection } from '../../../src/lib/share-card/lines.ts';
import { shapeParagraph } from '../../../src/lib/share-card/shape.ts';

const store = fontStore();
const shape = (text: string, lang: string) =>
  shapeParagraph(text, { lang, direction: textDirection(lang), weight: 700 }, store);
const glyphs = (text: string, lang: string) => shape(text, lang).runs.flatMap((r) => r.glyphs);

describe('Arabic script', () => {
  test('a Persian word is drawn in joined forms, not the letters’ isolated forms', () => {
    const word = glyphs('تهران', 'fa');
    const isolated = [...'تهران'].map((letter) => glyphs(letter, 'fa')[0].gid);
    // ت opens the word (initial form) and ه sits inside it (medial form); ر, ا and ن do not join to what follows.
    const byCluster = new Map(word.map((g) => [g.cluster, g.gid]));
    expect(byCluster.get(0)).not.toBe(isolated[0]);
    expect(byCluster.get(1)).not.toBe(isolated[1]);
    expect(word.every((g) => g.face.key.startsWith('noto-naskh-arabic/'))).toBe(true);
  });

  test('right to left: the first letter’s glyph comes last, at the right end of the line', () => {
    const p = shape('تهران', 'fa');
    const line = lineGlyphs(p, 0, p.text.length);
    expect(line.glyphs.at(-1)!.cluster).toBe(0);
    expect(line.glyphs[0].cluster).toBe(4);
  });

  test('an English name inside a Persian line keeps its own order, between the Persian words around it', () => {
    const p = shape('گزارش VICE News از حمله', 'fa');
    const line = lineGlyphs(p, 0, p.text.length);
    const latin = line.glyphs.filter((g) => /\p{Script=Latin}/u.test(p.text[g.cluster]));
    const startOf = (word: string) => p.text.indexOf(word);
    expect(latin.map((g) => p.text[g.cluster]).join('')).toBe('VICENews');
    expect(latin.every((g) => g.face.key.startsWith('source-serif-4/'))).toBe(true);
    const xs = (pick: (cluster: number) => boolean) => line.glyphs.filter((g) => pick(g.cluster)).map((g) => g.x);
    const before = xs((c) => c < startOf('VICE')); // گزارش, first in reading order: at the right
    const after = xs((c) => c >= startOf('از')); // what follows the name: at the left
    expect(Math.min(...before)).toBeGreaterThan(Math.max(...latin.map((g) => g.x)));
    expect(Math.max(...after)).toBeLessThan(Math.min(...latin.map((g) => g.x)));
  });

  test('«» around a Persian word are the Arabic font’s, and mirrored in a right-to-left line', () => {
    const p = shape('«تهران»', 'fa');
    const line = lineGlyphs(p, 0, p.text.length);
    expect(line.glyphs.every((g) => g.face.key.startsWith('noto-naskh-arabic/'))).toBe(true);
    // The opening « comes first in the text and, right to left, is the rightmost glyph: drawn as », pointing in.
    const rightmost = line.glyphs.at(-1)!;
    expect(rightmost.cluster).toBe(0);
    const naskh = rightmost.face;
    expect(rightmost.gid).toBe(naskh.font.glyph(0xbb));
    expect(line.glyphs[0].gid).toBe(naskh.font.glyph(0xab));
  });
});

test('a Devanagari conjunct is fewer glyphs than code points', () => {
  const word = 'दक्षिणी'; // द, क + virama + ष (the conjunct क्ष), ि, ण, ी
  const shaped = glyphs(word, 'hi');
  expect(shaped.length).toBeLessThan([...word].length);
  expect(shaped.every((g) => g.face.key.startsWith('noto-serif-devanagari/'))).toBe(true);
});

test('Chinese, which has no spaces, breaks between the words Intl.Segmenter finds, never inside one', () => {
  const text = '马里南部警察局遭武装分子袭击';
  const breaks = breakOpportunities(text, 'zh-Hans');
  expect(breaks).toEqual(expect.arrayContaining([2, 4, 7]));
  // 警察局 (police station) is one word: no break inside it.
  expect(breaks).not.toContain(5);
  expect(breaks).not.toContain(6);
  // Closing punctuation never starts a line.
  expect(breakOpportunities('袭击，至少', 'zh-Hans')).not.toContain(2);
});

test('a combining mark is shaped onto its letter: GPOS moves it, and nothing is left out', () => {
  const name = 'Adébáyọ̀'; // ọ̀: o, dot below, grave; NFC keeps the grave as a mark
  const p = shape(name, 'yo');
  expect(p.missing).toEqual([]);
  const marks = p.runs.flatMap((r) => r.glyphs).filter((g) => g.advance === 0);
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.some((g) => g.dx !== 0 || g.dy !== 0)).toBe(true);
});

test('the direction comes from the language tag', () => {
  expect(['fa', 'ar', 'he', 'ur'].map((l) => textDirection(l))).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
  expect(['en', 'ru', 'zh-Hans', 'hi', 'el'].map((l) => textDirection(l))).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  expect(textDirection()).toBe('ltr');
});
