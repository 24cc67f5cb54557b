/**
 * Where everything goes on a share image: pure geometry, no fonts or pixels.
 * Text width comes from a `measure` function so the same layout can be tested
 * with a fake font and rendered with the real one (src/lib/share-card/render.ts).
 *
 * The year is stamped in a yellow box, as the Guardian does on old articles, so
 * a 2015 story shared today is not read as today's news.
 */

import { joinNames } from '../trust/byline.ts';

export type FontRole = 'headline' | 'label' | 'label-bold';
export type Measure = (text: string, font: FontRole, size: number) => number;

export type TextRun = { text: string; x: number; y: number; size: number; font: FontRole; fill: string };
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
  /** The authors' names in byline order. Omitted on the site's default image. */
  authors?: string[];
  /** Whether the article has an image to place; its box is returned as `image`. */
  hasImage: boolean;
};

export type ShareCardLayout = { background: string; rects: Rect[]; texts: TextRun[]; image?: Box };

export const PALETTE = { paper: '#fffdf9', ink: '#1a1a1a', muted: '#4d4d4d', accent: '#a3141d', stamp: '#fcd839' };

/** Headline sizes to try, largest first, as fractions of the image width. */
const HEADLINE_SCALE = [0.09, 0.078, 0.066, 0.058, 0.05, 0.044, 0.038];
const LINE_HEIGHT = 1.16;

/** Greedy word wrap: as many words per line as fit in `maxWidth`. A word wider than the line gets a line of its own. */
export function wrapWords(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts wrapped lines to `maxLines`, ending the last with an ellipsis that fits. */
export function truncateLines(
  lines: string[],
  maxLines: number,
  maxWidth: number,
  width: (s: string) => number,
): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && width(`${last}…`) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[\s,;:.-]+$/, '')}…`;
  return kept;
}

/**
 * The largest headline size at which the whole headline fits the box; if none
 * does, the smallest size, cut with an ellipsis.
 */
export function fitHeadline(
  text: string,
  box: { width: number; height: number },
  sizes: number[],
  measure: Measure,
): { size: number; lines: string[]; lineHeight: number } {
  for (const size of sizes) {
    const lineHeight = Math.round(size * LINE_HEIGHT);
    const maxLines = Math.max(1, Math.floor(box.height / lineHeight));
    const lines = wrapWords(text, box.width, (s) => measure(s, 'headline', size));
    if (lines.length <= maxLines) return { size, lines, lineHeight };
  }
  const size = sizes[sizes.length - 1];
  const lineHeight = Math.round(size * LINE_HEIGHT);
  const maxLines = Math.max(1, Math.floor(box.height / lineHeight));
  const width = (s: string) => measure(s, 'headline', size);
  return { size, lineHeight, lines: truncateLines(wrapWords(text, box.width, width), maxLines, box.width, width) };
}

/**
 * The card's byline: every name when they fit on one line ("By A, B and C"),
 * otherwise the first author "and others"; a name too long even so is cut with an ellipsis.
 */
export function fitByline(names: string[], maxWidth: number, width: (s: string) => number): string {
  const all = `By ${joinNames(names)}`;
  if (names.length <= 1 || width(all) <= maxWidth)
    return truncateLines(wrapWords(all, maxWidth, width), 1, maxWidth, width)[0];
  const first = `By ${names[0]} and others`;
  return truncateLines(wrapWords(first, maxWidth, width), 1, maxWidth, width)[0];
}

/**
 * Lays out a share card. Wide formats (1.91:1, 16:9) put the image in a right-hand
 * column; squarer ones (4:3, 1:1) put it across the top. Without an image the
 * text takes the whole card.
 */
export function shareCardLayout(input: ShareCardInput, measure: Measure): ShareCardLayout {
  const { width: W, height: H } = input;
  const pad = Math.round(W * 0.05);
  const stripe = Math.round(W * 0.01);
  const rects: Rect[] = [{ x: 0, y: 0, width: W, height: stripe, fill: PALETTE.accent }];
  const texts: TextRun[] = [];

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
    const stampWidth = Math.ceil(measure(input.year, 'label-bold', stampSize)) + 2 * stampPad;
    stampHeight = Math.round(stampSize * 1.1) + stampPad;
    rects.push({ x: column.x, y: column.y, width: stampWidth, height: stampHeight, fill: PALETTE.stamp });
    texts.push({
      text: input.year,
      x: column.x + stampPad,
      y: column.y + Math.round(stampHeight / 2 + stampSize * 0.36),
      size: stampSize,
      font: 'label-bold',
      fill: PALETTE.ink,
    });
  }

  // Footer: site name, then the full date, on one baseline.
  const siteSize = Math.round(W * 0.032);
  const dateSize = Math.round(W * 0.022);
  const footerBaseline = column.bottom;
  texts.push({
    text: input.siteName,
    x: column.x,
    y: footerBaseline,
    size: siteSize,
    font: 'label-bold',
    fill: PALETTE.accent,
  });
  const siteWidth = measure(input.siteName, 'label-bold', siteSize);
  if (input.dateText)
    texts.push({
      text: input.dateText,
      x: Math.round(column.x + siteWidth + dateSize),
      y: footerBaseline,
      size: dateSize,
      font: 'label',
      fill: PALETTE.muted,
    });

  // The byline, on its own line above the footer.
  let bylineTop = footerBaseline - siteSize;
  if (input.authors?.length) {
    const bylineBaseline = footerBaseline - siteSize - Math.round(pad * 0.3);
    const text = fitByline(input.authors, column.width, (t) => measure(t, 'label', dateSize));
    texts.push({ text, x: column.x, y: bylineBaseline, size: dateSize, font: 'label', fill: PALETTE.muted });
    bylineTop = bylineBaseline - dateSize;
  }

  // The headline fills what is left between the stamp and the byline or footer.
  const top = column.y + (stampHeight ? stampHeight + Math.round(pad * 0.6) : 0);
  const bottom = bylineTop - Math.round(pad * 0.5);
  const sizes = HEADLINE_SCALE.map((f) => Math.round(W * f));
  const fitted = fitHeadline(input.headline, { width: column.width, height: bottom - top }, sizes, measure);
  fitted.lines.forEach((line, i) => {
    texts.push({
      text: line,
      x: column.x,
      y: top + Math.round(fitted.size * 0.9) + i * fitted.lineHeight,
      size: fitted.size,
      font: 'headline',
      fill: PALETTE.ink,
    });
  });

  return { background: PALETTE.paper, rects, texts, image };
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
