/**
 * Draws one share card: the layout from share-card/layout.ts, its text set in
 * a font shipped on npm (so no system font is ever consulted and every machine
 * draws the same pixels), painted as palette indices glyph by glyph from masks
 * rasterised once (glyph-atlas.ts), and written as an indexed PNG. A card with
 * the article's own image is expanded to truecolour, the image pasted into its
 * box, and encoded by sharp.
 *
 * This module runs inside worker threads (share-card/worker.ts), so it and
 * everything it imports must load in plain Node: no `?raw` or other Vite imports.
 */
import sharp from 'sharp';
import { loadFont, outliner, type TextOutliner } from '../fonts/outline.ts';
import { glyphAtlas } from './glyph-atlas.ts';
import { IndexedCanvas, pasteRgb } from './indexed-canvas.ts';
import { encodeIndexedPng } from './indexed-png.ts';
import { type Box, type FontRole, type ShareCardInput, type ShareCardLayout, shareCardLayout } from './layout.ts';

export const FONT_FILES: Record<FontRole, string> = {
  headline: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  label: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff',
  'label-bold': '@fontsource/source-serif-4/files/source-serif-4-latin-800-normal.woff',
};

/** What a card shows; `image` is the article's image file, as bytes, read once by the caller that hashed it. */
export type ShareCardRequest = Omit<ShareCardInput, 'hasImage'> & { image?: Uint8Array };

let outlinersOnce: Record<FontRole, TextOutliner> | undefined;
function outliners(): Record<FontRole, TextOutliner> {
  outlinersOnce ??= Object.fromEntries(
    (Object.keys(FONT_FILES) as FontRole[]).map((role) => [
      role,
      outliner(loadFont(FONT_FILES[role]).font, { name: 'share-image', places: 2 }),
    ]),
  ) as Record<FontRole, TextOutliner>;
  return outlinersOnce;
}

const atlas = glyphAtlas();

/** Paints a laid-out card's background, rectangles and text; its picture, if any, is pasted at encoding. */
async function paintCard(
  layout: ShareCardLayout,
  width: number,
  height: number,
  fonts: Record<FontRole, TextOutliner>,
): Promise<IndexedCanvas> {
  // Every mask first, so the canvas is held only while it is painted and encoded.
  const runs = await Promise.all(
    layout.texts.map((t) => atlas.masks(t.font, fonts[t.font].place(t.text, t.x, t.y, t.size), t.size)),
  );
  const canvas = new IndexedCanvas(width, height, layout.background);
  for (const r of layout.rects) canvas.fill({ left: r.x, top: r.y, width: r.width, height: r.height }, r.fill);
  layout.texts.forEach((t, i) => {
    for (const mask of runs[i]) canvas.paint(mask, t.fill);
  });
  return canvas;
}

/**
 * The article's image as raw RGB filling `box`. A photograph is cropped to fill it, around what draws the eye. A
 * vector image is a map or a chart, where a crop would cut off the very place the story is about: it is drawn whole,
 * rasterised at the size it is shown (not enlarged from its nominal pixels), and centred on the card's paper.
 */
async function fitImage(bytes: Uint8Array, box: Box, background: string): Promise<Buffer> {
  const { format, width = 1, height = 1 } = await sharp(bytes).metadata();
  const image =
    format === 'svg'
      ? sharp(bytes, { density: 72 * Math.min(box.width / width, box.height / height) }).resize(box.width, box.height, {
          fit: 'contain',
          background,
        })
      : sharp(bytes).rotate().resize(box.width, box.height, { fit: 'cover', position: 'attention' });
  return image.flatten({ background }).removeAlpha().raw().toBuffer();
}

/** The card as PNG bytes. */
export async function drawShareCard(request: ShareCardRequest): Promise<Uint8Array> {
  const fonts = outliners();
  const { image: imageBytes, ...text } = request;
  const input = { ...text, hasImage: Boolean(imageBytes) };
  const layout = shareCardLayout(input, (s, font, size) => fonts[font].measure(s, size).width);
  // The photograph first, so a canvas is held only while it is painted and encoded.
  const box = layout.image && imageBytes ? layout.image : undefined;
  const photo = box && imageBytes && (await fitImage(imageBytes, box, layout.background));
  const canvas = await paintCard(layout, input.width, input.height, fonts);
  try {
    if (!box || !photo) return encodeIndexedPng(canvas.width, canvas.height, canvas.palette(), canvas.scanlines);
    const rgb = canvas.toRgb();
    pasteRgb(rgb, canvas.width, photo, { left: box.x, top: box.y, width: box.width, height: box.height });
    // zlib level 4: a third of level 6's encode time for ~7% more bytes, on a file only social networks fetch.
    return await sharp(rgb, { raw: { width: canvas.width, height: canvas.height, channels: 3 } })
      .png({ compressionLevel: 4 })
      .toBuffer();
  } finally {
    canvas.release();
  }
}
