/**
 * Draws share images: the layout from share-image-layout.ts, its text set in a
 * font shipped on npm (so no system font is ever consulted and every machine
 * draws the same pixels), painted as palette indices glyph by glyph from masks
 * rasterised once (glyph-atlas.ts), and written as an indexed PNG; a card with
 * the article's own image is expanded to truecolour, the image pasted into its
 * box, and encoded by sharp.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { loadFont, outliner, type TextOutliner } from './font-outline.ts';
import { glyphAtlas } from './glyph-atlas.ts';
import { IndexedCanvas, pasteRgb } from './indexed-canvas.ts';
import { encodeIndexedPng } from './indexed-png.ts';
import { cached, cacheKey } from './render-cache.ts';
import { type FontRole, type ShareCardInput, type ShareCardLayout, shareCardLayout } from './share-image-layout.ts';
// The drawing code is part of every cache key, so a change to the layout or the renderer retires old images.
import outlineSource from './font-outline.ts?raw';
import atlasSource from './glyph-atlas.ts?raw';
import canvasSource from './indexed-canvas.ts?raw';
import pngSource from './indexed-png.ts?raw';
import layoutSource from './share-image-layout.ts?raw';
import rendererSource from './share-image.ts?raw';

const FONT_FILES: Record<FontRole, string> = {
  headline: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  label: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff',
  'label-bold': '@fontsource/source-serif-4/files/source-serif-4-latin-800-normal.woff',
};

type ShareFonts = { outliners: Record<FontRole, TextOutliner>; codeAndFontsKey: string };

let fontsOnce: ShareFonts | undefined;
/** Fonts, and the hash of them and of the drawing code, made once per build rather than once per image. */
function shareFonts(): ShareFonts {
  if (!fontsOnce) {
    const roles = Object.keys(FONT_FILES) as FontRole[];
    const loaded = roles.map((role) => [role, loadFont(FONT_FILES[role])] as const);
    fontsOnce = {
      outliners: Object.fromEntries(loaded.map(([role, { font }]) => [role, outliner(font, { name: 'share-image', places: 2 })])) as ShareFonts['outliners'],
      codeAndFontsKey: cacheKey(layoutSource, rendererSource, outlineSource, atlasSource, canvasSource, pngSource, loaded.map(([, { bytes }]) => bytes)),
    };
  }
  return fontsOnce;
}

const atlas = glyphAtlas();

/** Paints a laid-out card's background, rectangles and text; its picture, if any, is pasted at encoding. */
export async function paintCard(layout: ShareCardLayout, width: number, height: number, outliners: Record<FontRole, TextOutliner>): Promise<IndexedCanvas> {
  // Every mask first, so the canvas is held only while it is painted and encoded.
  const runs = await Promise.all(layout.texts.map((t) => atlas.masks(t.font, outliners[t.font].place(t.text, t.x, t.y, t.size), t.size)));
  const canvas = new IndexedCanvas(width, height, layout.background);
  for (const r of layout.rects) canvas.fill({ left: r.x, top: r.y, width: r.width, height: r.height }, r.fill);
  layout.texts.forEach((t, i) => {
    for (const mask of runs[i]) canvas.paint(mask, t.fill);
  });
  return canvas;
}

export type ShareImageRequest = Omit<ShareCardInput, 'hasImage'> & { imageFile?: string };

/** Where rendered images are kept between builds: beside Astro's own cache. */
export function shareImageCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.GAZETTE_CACHE_DIR || 'node_modules/.astro', 'share-images');
}

/** A PNG share image, from the cache when nothing that decides its pixels has changed. */
export async function renderShareImage(request: ShareImageRequest, cacheDir = shareImageCacheDir()): Promise<Buffer> {
  const { outliners, codeAndFontsKey } = shareFonts();
  const { imageFile, ...text } = request;
  const imageBytes = imageFile ? await fs.promises.readFile(imageFile) : undefined;
  const key = cacheKey(codeAndFontsKey, text, imageBytes ?? null);
  return cached(cacheDir, key, 'png', async () => {
    const input = { ...text, hasImage: Boolean(imageBytes) };
    const measure = (s: string, font: FontRole, size: number) => outliners[font].measure(s, size).width;
    const layout = shareCardLayout(input, measure);
    // The photograph first, so a canvas is held only while it is painted and encoded.
    const box = layout.image && imageBytes ? layout.image : undefined;
    const photo = box && (await sharp(imageBytes).rotate().resize(box.width, box.height, { fit: 'cover', position: 'attention' }).flatten({ background: layout.background }).removeAlpha().raw().toBuffer());
    const canvas = await paintCard(layout, input.width, input.height, outliners);
    try {
      if (!box || !photo) return encodeIndexedPng(canvas.width, canvas.height, canvas.palette(), canvas.scanlines);
      const rgb = canvas.toRgb();
      pasteRgb(rgb, canvas.width, photo, { left: box.x, top: box.y, width: box.width, height: box.height });
      // zlib level 4: a third of level 6's encode time for ~7% more bytes, on a file only social networks fetch.
      return await sharp(rgb, { raw: { width: canvas.width, height: canvas.height, channels: 3 } }).png({ compressionLevel: 4 }).toBuffer();
    } finally {
      canvas.release();
    }
  });
}
