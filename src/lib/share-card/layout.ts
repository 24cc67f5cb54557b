/**
 * Where everything goes on a share image: pure geometry, no fonts or pixels. Text comes set by a `Typeset` function
 * (fit.ts) so the same layout can be tested with a fixed-width stand-in and drawn with HarfBuzz (draw.ts).
 *
 * The year is stamped in a yellow box, as the Guardian does on old articles, so a 2015 story shared today is not read
 * as today's news. A card in a language written right to left is the mirror image of one written left to right: text
 * aligned to the right edge, the stamp, site name and image on the other side.
 */
import {
  type CardByline,
  fitByline,
  fitHeadline,
  type FontRole,
  lineText,
  type SetLine,
  type SetText,
  type Typeset,
} from './fit.ts';
import { textDirection } from './lines.ts';

export type { FontRole } from './fit.ts';

/** A line of text: its left end at x, its baseline at y, `width` px long. */
export type TextRun<P extends SetText = SetText> = SetLine<P> & {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: FontRole;
  fill: string;
};
export type Box = { x: number; y: number; width: number; height: number };
export type Rect = Box & { fill: string };

export type ShareCardInput = {
  width: number;
  height: number;
  headline: string;
  siteName: string;
  /** The date as printed: "June 11, 2015". Omitted on the site's default image. */
  dateText?: string;
  /** The publication year, stamped large. Omitted on the site's default image. */
  year?: string;
  /**
   * The byline in the story's language: `full` names every author ("By A, B and C"), `short` the first "and others",
   * printed when the full one does not fit on a line. Omitted on the site's default image.
   */
  byline?: CardByline;
  /** Whether the article has an image to place; its box is returned as `image`. */
  hasImage: boolean;
  /**
   * The language of the headline and byline, a BCP 47 tag ("fa", "zh-Hans"): it decides the card's direction, where
   * lines may break, and language-specific letter forms. "en" when not given.
   */
  lang?: string;
};

export type ShareCardLayout<P extends SetText = SetText> = {
  background: string;
  rects: Rect[];
  texts: TextRun<P>[];
  image?: Box;
};

export const PALETTE = { paper: '#fffdf9', ink: '#1a1a1a', muted: '#4d4d4d', accent: '#a3141d', stamp: '#fcd839' };

/** Headline sizes to try, largest first, as fractions of the image width. */
const HEADLINE_SCALE = [0.09, 0.078, 0.066, 0.058, 0.05, 0.044, 0.038];

/**
 * Lays out a share card. Wide formats (1.91:1, 16:9) put the image in a side column; squarer ones (4:3, 1:1) put it
 * across the top. Without an image the text takes the whole card.
 */
export function shareCardLayout<P extends SetText>(input: ShareCardInput, typeset: Typeset<P>): ShareCardLayout<P> {
  const { width: W, height: H } = input;
  const direction = textDirection(input.lang);
  const pad = Math.round(W * 0.05);
  const stripe = Math.round(W * 0.01);
  const rects: Rect[] = [{ x: 0, y: 0, width: W, height: stripe, fill: PALETTE.accent }];
  const texts: TextRun<P>[] = [];
  /** A line at its left end `x` (as if left to right: mirrored below). */
  const place = (line: SetLine<P>, x: number, y: number, size: number, font: FontRole, fill: string) => {
    const width = line.set.width(line.start, line.end) * size;
    texts.push({ ...line, text: lineText(line), x, y, width, size, font, fill });
    return width;
  };
  /** A label on one line, its direction its own (a date, a name in any script). */
  const label = (text: string, font: FontRole, size: number, fill: string, x: number, y: number) => {
    const set = typeset(text, font, 'auto');
    return place({ set, start: 0, end: set.text.length }, x, y, size, font, fill);
  };

  let image: Box | undefined;
  let column = { x: pad, y: stripe + pad, width: W - 2 * pad, bottom: H - pad };
  if (input.hasImage && W / H >= 1.5) {
    const imageWidth = Math.round(W * 0.4);
    image = { x: W - imageWidth, y: stripe, width: imageWidth, height: H - stripe };
    column = { ...column, width: W - imageWidth - 2 * pad };
  } else if (input.hasImage) {
    const imageHeight = Math.round(H * 0.45);
    image = { x: 0, y: stripe, width: W, height: imageHeight };
    column = { ...column, y: stripe + imageHeight + Math.round(pad * 0.6) };
  }

  // The year stamp: black on yellow, big enough to read in a feed thumbnail.
  let stampHeight = 0;
  if (input.year) {
    const stampSize = Math.round(W * 0.04);
    const stampPad = Math.round(stampSize * 0.3);
    const year = typeset(input.year, 'label-bold', 'auto');
    const stampWidth = Math.ceil(year.width(0, year.text.length) * stampSize) + 2 * stampPad;
    stampHeight = Math.round(stampSize * 1.1) + stampPad;
    rects.push({ x: column.x, y: column.y, width: stampWidth, height: stampHeight, fill: PALETTE.stamp });
    const baseline = column.y + Math.round(stampHeight / 2 + stampSize * 0.36);
    place(
      { set: year, start: 0, end: year.text.length },
      column.x + stampPad,
      baseline,
      stampSize,
      'label-bold',
      PALETTE.ink,
    );
  }

  // Footer: site name, then the full date, on one baseline.
  const siteSize = Math.round(W * 0.032);
  const dateSize = Math.round(W * 0.022);
  const footerBaseline = column.bottom;
  const siteWidth = label(input.siteName, 'label-bold', siteSize, PALETTE.accent, column.x, footerBaseline);
  if (input.dateText)
    label(
      input.dateText,
      'label',
      dateSize,
      PALETTE.muted,
      Math.round(column.x + siteWidth + dateSize),
      footerBaseline,
    );

  // The byline, on its own line above the footer, in the story's direction.
  let bylineTop = footerBaseline - siteSize;
  if (input.byline) {
    const bylineBaseline = footerBaseline - siteSize - Math.round(pad * 0.3);
    const line = fitByline(input.byline, column.width / dateSize, (t) => typeset(t, 'label', direction));
    place(line, column.x, bylineBaseline, dateSize, 'label', PALETTE.muted);
    bylineTop = bylineBaseline - dateSize;
  }

  // The headline fills what is left between the stamp and the byline or footer.
  const top = column.y + (stampHeight ? stampHeight + Math.round(pad * 0.6) : 0);
  const bottom = bylineTop - Math.round(pad * 0.5);
  const sizes = HEADLINE_SCALE.map((f) => Math.round(W * f));
  const fitted = fitHeadline(
    typeset(input.headline, 'headline', direction),
    { width: column.width, height: bottom - top },
    sizes,
    (t) => typeset(t, 'headline', direction),
  );
  fitted.lines.forEach((line, i) => {
    const y = top + Math.round(fitted.size * 0.9) + i * fitted.lineHeight;
    place(line, column.x, y, fitted.size, 'headline', PALETTE.ink);
  });

  const layout = { background: PALETTE.paper, rects, texts, image };
  return direction === 'rtl' ? mirrored(layout, W) : layout;
}

/**
 * The layout seen in a mirror: every box and line keeps its size and moves to the other side, so text that started at
 * the left margin ends at the right one. The glyphs within a line keep their own order (the bidi algorithm's).
 */
function mirrored<P extends SetText>(layout: ShareCardLayout<P>, W: number): ShareCardLayout<P> {
  const flip = <B extends { x: number; width: number }>(b: B): B => ({ ...b, x: W - b.x - b.width });
  return {
    ...layout,
    rects: layout.rects.map(flip),
    texts: layout.texts.map(flip),
    image: layout.image && flip(layout.image),
  };
}

/**
 * The sizes drawn per article: only the 1.91:1 card, for Open Graph, Twitter and the NewsArticle's image. Google's
 * three extra crops (16x9, 4x3, 1x1) are recommended, not required, and cost three quarters of the drawing time and
 * of the files; docs/performance.md, "Share cards: one per story", has the figures. The layout draws any size.
 */
export const SHARE_FORMATS = {
  card: { width: 1200, height: 630 },
} as const;
export type ShareFormat = keyof typeof SHARE_FORMATS;
