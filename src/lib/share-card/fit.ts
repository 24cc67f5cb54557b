/**
 * Fitting text to a card: lines broken where the script allows, the largest headline size at which the whole
 * headline fits, and an ellipsis where nothing does. Pure: text comes set by a `Typeset` function, which the card
 * worker backs with HarfBuzz (shape.ts) and the tests with a fixed-width stand-in, so the same fitting serves every
 * script. Widths are in ems of the size being tried.
 */
import type { Direction } from './lines.ts';

/**
 * A byline in the story's words (card-byline.ts makes it, outside the worker): every author ("By A, B and C"), and the
 * first "and others" (the same when there is one author).
 */
export type CardByline = { full: string; short: string };

export type FontRole = 'headline' | 'label' | 'label-bold';
/** The weight each role is set in, from every family along the fallback chain (one without it gives its nearest). */
export const FONT_WEIGHTS: Record<FontRole, number> = { headline: 700, label: 400, 'label-bold': 800 };

/** A paragraph set in one role: its text as drawn, where a line may start, and widths in ems. */
export type SetText = {
  text: string;
  breaks: number[];
  /** Width in ems of text[start, end), trailing white space left out. */
  width(start: number, end: number): number;
};
/** Sets `text` in `font`, its base direction the card's or, for 'auto', its first strong character's. */
export type Typeset<P extends SetText = SetText> = (text: string, font: FontRole, direction: Direction | 'auto') => P;
/** One line: text[start, end) of a set paragraph. */
export type SetLine<P extends SetText = SetText> = { set: P; start: number; end: number };

export const LINE_HEIGHT = 1.16;

/** The text of a line, without the spaces it ends with. */
export const lineText = ({ set, start, end }: SetLine) => set.text.slice(start, end).trimEnd();

/**
 * Greedy wrapping: as many words per line as fit in `maxEm`, breaking only where `set.breaks` allows. A word wider
 * than the line gets a line of its own rather than being cut.
 */
export function wrapLines<P extends SetText>(set: P, maxEm: number): SetLine<P>[] {
  const lines: SetLine<P>[] = [];
  let start = 0;
  let fitted = 0; // the end of the longest run of words from `start` that fits
  for (const stop of [...set.breaks, set.text.length]) {
    if (stop <= start) continue;
    if (fitted > start && set.width(start, stop) > maxEm) {
      lines.push({ set, start, end: fitted });
      start = fitted;
    }
    fitted = stop;
  }
  if (set.width(start, set.text.length) > 0 || lines.length === 0) lines.push({ set, start, end: set.text.length });
  return lines;
}

/** What a cut line may not end with before its ellipsis: spaces and the punctuation that would dangle. */
const DANGLING = /[\s,;:.\-،؛、，。]/u;

const tooWide = (line: SetLine, maxEm: number) => line.set.width(line.start, line.end) > maxEm;

/**
 * Cuts wrapped lines to `maxLines`, or before a line wider than `maxEm` (a word longer than the line), the last
 * shortened at a break (else between characters) until it and an ellipsis fit; that line is set again with its
 * ellipsis, so it is shaped as drawn.
 */
export function truncateLines<P extends SetText>(
  lines: SetLine<P>[],
  maxLines: number,
  maxEm: number,
  retypeset: (text: string) => P,
): SetLine<P>[] {
  const wide = lines.findIndex((line) => tooWide(line, maxEm));
  const count = Math.min(maxLines, wide === -1 ? Infinity : wide + 1);
  if (lines.length <= count && wide === -1) return lines;
  const kept = lines.slice(0, count - 1);
  const { set, start } = lines[count - 1];
  const ellipsis = retypeset('…').width(0, 1);
  const characters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(set.text.slice(start))];
  const cuts = [
    ...set.breaks.filter((b) => b > start).reverse(),
    ...characters
      .map((c) => start + c.index)
      .filter((i) => i > start)
      .reverse(),
  ];
  let end = cuts.find((cut) => set.width(start, trimmed(set.text, start, cut)) + ellipsis <= maxEm) ?? cuts.at(-1);
  end = trimmed(set.text, start, end ?? start + 1);
  const cut = retypeset(`${set.text.slice(start, end)}…`);
  return [...kept, { set: cut, start: 0, end: cut.text.length }];
}

const trimmed = (text: string, start: number, end: number) => {
  while (end > start + 1 && DANGLING.test(text[end - 1])) end--;
  return end;
};

export type FittedHeadline<P extends SetText> = { size: number; lineHeight: number; lines: SetLine<P>[] };

/** The largest size at which the whole headline fits the box; if none does, the smallest, cut with an ellipsis. */
export function fitHeadline<P extends SetText>(
  set: P,
  box: { width: number; height: number },
  sizes: number[],
  retypeset: (text: string) => P,
): FittedHeadline<P> {
  const fits = (size: number) => {
    const lineHeight = Math.round(size * LINE_HEIGHT);
    const maxLines = Math.max(1, Math.floor(box.height / lineHeight));
    return { lineHeight, maxLines, lines: wrapLines(set, box.width / size) };
  };
  for (const size of sizes) {
    const { lineHeight, maxLines, lines } = fits(size);
    if (lines.length <= maxLines && !lines.some((line) => tooWide(line, box.width / size)))
      return { size, lineHeight, lines };
  }
  const size = sizes[sizes.length - 1];
  const { lineHeight, maxLines, lines } = fits(size);
  return { size, lineHeight, lines: truncateLines(lines, maxLines, box.width / size, retypeset) };
}

/**
 * The card's byline: every name when they fit on one line, otherwise the first author "and others"; a name too long
 * even so is cut with an ellipsis.
 */
export function fitByline<P extends SetText>(
  byline: CardByline,
  maxEm: number,
  typeset: (text: string) => P,
): SetLine<P> {
  const oneLine = (text: string) => {
    const set = typeset(text);
    return truncateLines(wrapLines(set, maxEm), 1, maxEm, typeset)[0];
  };
  const full = typeset(byline.full);
  return oneLine(full.width(0, full.text.length) <= maxEm ? byline.full : byline.short);
}
