/**
 * Draws one share card: the layout from share-card/layout.ts, its text shaped by HarfBuzz in fonts shipped on npm
 * (shape.ts; so no system font is ever consulted and every machine draws the same pixels), painted as palette indices
 * glyph by glyph from masks rasterised once (glyph-atlas.ts), and written as an indexed PNG. A card with the article's
 * own image is expanded to truecolour, the image pasted into its box, and encoded by sharp. What no bundled font can
 * draw (an emoji, say) is left out of the card and reported with it, never thrown.
 *
 * This module runs inside worker threads (share-card/worker.ts), so it and
 * everything it imports must load in plain Node: no `?raw` or other Vite imports.
 */
import sharp from 'sharp';
import { sharedFontStore } from '../fonts/font-store.ts';
import { FONT_WEIGHTS, type Typeset } from './fit.ts';
import { type GlyphRequest, glyphAtlas } from './glyph-atlas.ts';
import { IndexedCanvas, pasteRgb } from './indexed-canvas.ts';
import { encodeIndexedPng } from './indexed-png.ts';
import { type Box, type ShareCardInput, type ShareCardLayout, shareCardLayout } from './layout.ts';
import { lineGlyphs } from './lines.ts';
import { type Paragraph, shapeParagraph } from './shape.ts';

/** What a card shows; `image` is the article's image file, as bytes, read once by the caller that hashed it. */
export type ShareCardRequest = Omit<ShareCardInput, 'hasImage'> & { image?: Uint8Array };
/** The card, and the characters of its text that no bundled font can draw, left out of it. */
export type DrawnCard = { png: Uint8Array; missing: string[] };

const atlas = glyphAtlas();

/**
 * Paragraphs already shaped, by role, language, direction and text: a card sets its site name, and often its date,
 * as the card before it did. Bounded, oldest first out.
 */
const shaped = new Map<string, Paragraph>();
const SHAPED_LIMIT = 256;

/** Sets text in `lang` with the card's fonts, remembering what it set and what it had to leave out. */
function typesetter(lang: string, missing: Set<string>): Typeset<Paragraph> {
  return (text, font, direction) => {
    const key = `${font}\u0000${lang}\u0000${direction}\u0000${text}`;
    let p = shaped.get(key);
    if (!p) {
      p = shapeParagraph(text, { lang, direction, weight: FONT_WEIGHTS[font] }, sharedFontStore());
      if (shaped.size >= SHAPED_LIMIT) shaped.delete(shaped.keys().next().value!);
      shaped.set(key, p);
    }
    for (const m of p.missing) missing.add(m);
    return p;
  };
}

/** Paints a laid-out card's background, rectangles and text; its picture, if any, is pasted at encoding. */
async function paintCard(layout: ShareCardLayout<Paragraph>, width: number, height: number): Promise<IndexedCanvas> {
  // Every glyph of the card in one request, so those never drawn before are rasterised together.
  const placed: (GlyphRequest & { fill: string })[] = [];
  for (const t of layout.texts) {
    for (const g of lineGlyphs(t.set, t.start, t.end).glyphs) {
      const x = t.x + (g.x + g.dx) * t.size;
      placed.push({ face: g.face, gid: g.gid, x, y: t.y - g.dy * t.size, size: t.size, fill: t.fill });
    }
  }
  // Every mask first, so the canvas is held only while it is painted and encoded.
  const masks = await atlas.masks(placed);
  const canvas = new IndexedCanvas(width, height, layout.background);
  for (const r of layout.rects) canvas.fill({ left: r.x, top: r.y, width: r.width, height: r.height }, r.fill);
  masks.forEach((mask, i) => {
    if (mask) canvas.paint(mask, placed[i].fill);
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

/** The card as PNG bytes, and what of its text it had to leave out. */
export async function drawShareCard(request: ShareCardRequest): Promise<DrawnCard> {
  const { image: imageBytes, ...text } = request;
  const input = { ...text, hasImage: Boolean(imageBytes) };
  const missing = new Set<string>();
  const layout = shareCardLayout(input, typesetter(input.lang ?? 'en', missing));
  // The photograph first, so a canvas is held only while it is painted and encoded.
  const box = layout.image && imageBytes ? layout.image : undefined;
  const photo = box && imageBytes && (await fitImage(imageBytes, box, layout.background));
  const canvas = await paintCard(layout, input.width, input.height);
  try {
    if (!box || !photo)
      return {
        png: encodeIndexedPng(canvas.width, canvas.height, canvas.palette(), canvas.scanlines),
        missing: [...missing],
      };
    const rgb = canvas.toRgb();
    pasteRgb(rgb, canvas.width, photo, { left: box.x, top: box.y, width: box.width, height: box.height });
    // zlib level 4: a third of level 6's encode time for ~7% more bytes, on a file only social networks fetch.
    const png = await sharp(rgb, { raw: { width: canvas.width, height: canvas.height, channels: 3 } })
      .png({ compressionLevel: 4 })
      .toBuffer();
    return { png, missing: [...missing] };
  } finally {
    canvas.release();
  }
}
