/**
 * Lines of shaped text: the direction a language is written in, where a line may break (after white space, and
 * between the words Intl.Segmenter finds in Chinese and Japanese, which have no spaces), and a line's glyphs put in
 * visual order (the Unicode bidi algorithm's rule L2). No fonts here. Plain Node (the card worker).
 */
import type { FontFace } from '../fonts/font-store.ts';
import type { Paragraph } from './shape.ts';

export type Direction = 'ltr' | 'rtl';

const directions = new Map<string, Direction>();
/** The direction `lang` (a BCP 47 tag) is written in: "fa" and "ar" are right to left. An unknown tag is "en"'s. */
export function textDirection(lang = 'en'): Direction {
  let direction = directions.get(lang);
  if (!direction) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(lang);
    } catch {
      locale = new Intl.Locale('en');
    }
    // getTextInfo() is the standard's name; Node 24's V8 also has the earlier getter, textInfo.
    const info =
      (locale as { getTextInfo?: () => { direction?: string } }).getTextInfo?.() ??
      (locale as { textInfo?: { direction?: string } }).textInfo;
    direction = info?.direction === 'rtl' ? 'rtl' : 'ltr';
    directions.set(lang, direction);
  }
  return direction;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Closing punctuation no line may start with, and opening punctuation no line may end with: a short kinsoku list. */
const NO_START = new Set([...'，。、．！？；：）」』》〉】〕”’…・ー,.!?;:)]}»']);
const NO_END = new Set([...'（「『《〈【〔“‘([{«']);
const segmenters = new Map<string, Intl.Segmenter>();
/** White space a line may break after: not the no-break spaces (U+00A0, U+2007, U+202F). */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]/u;

/**
 * Where a line may start: after white space, and between two words of Chinese or Japanese as Intl.Segmenter's
 * dictionary finds them (so 警察局 stays whole, where UAX #14 would allow a break between any two ideographs), except
 * before closing or after opening punctuation.
 */
export function breakOpportunities(text: string, lang: string): number[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  const breaks: number[] = [];
  for (const { index } of segmenter.segment(text)) {
    if (index === 0) continue;
    const before = text[index - 1];
    const after = text[index];
    if (/\s/.test(after)) continue; // after the spaces, not before them
    if (BREAKING_SPACE.test(before)) breaks.push(index);
    else if ((CJK.test(before) || CJK.test(after)) && !NO_START.has(after) && !NO_END.has(before)) breaks.push(index);
  }
  return breaks;
}

/**
 * A glyph placed on a line: `x` in ems from the line's left end, `dx` and `dy` its own offsets (a mark on its base),
 * `cluster` the index in the paragraph's text it was shaped from.
 */
export type PlacedGlyph = { face: FontFace; gid: number; cluster: number; x: number; dx: number; dy: number };
export type Line = { glyphs: PlacedGlyph[]; width: number };

/** The glyphs of text[start, end) in visual order, left to right, trailing white space left out. */
export function lineGlyphs(p: Paragraph, start: number, end: number): Line {
  while (end > start && /\s/.test(p.text[end - 1])) end--;
  const pieces = p.runs
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ level: r.level, glyphs: r.glyphs.filter((g) => g.cluster >= start && g.cluster < end) }));
  // UAX #9, L2: from the highest level down to the lowest odd one, reverse every sequence of pieces at that level or
  // above. The glyphs of a right-to-left run already come from HarfBuzz in visual order.
  const levels = pieces.map((piece) => piece.level);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1));
  for (let level = Math.max(0, ...levels); level >= lowestOdd; level--) {
    for (let i = 0; i < pieces.length;) {
      if (pieces[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && pieces[j].level >= level) j++;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const piece of pieces)
    for (const g of piece.glyphs) {
      glyphs.push({ face: g.face, gid: g.gid, cluster: g.cluster, x, dx: g.dx, dy: g.dy });
      x += g.advance;
    }
  return { glyphs, width: x };
}
