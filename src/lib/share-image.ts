/**
 * Draws share images: the layout from share-image-layout.ts, its text turned
 * into vector paths with a font shipped on npm (so no system font is ever
 * consulted and every machine draws the same pixels), rasterised by sharp, and
 * the article's own image composited into its box.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { loadFont, outliner, type TextOutliner } from './font-outline.ts';
import { cached, cacheKey } from './render-cache.ts';
import { type FontRole, type ShareCardInput, type ShareCardLayout, shareCardLayout } from './share-image-layout.ts';
// The drawing code is part of every cache key, so a change to the layout or the renderer retires old images.
import outlineSource from './font-outline.ts?raw';
import layoutSource from './share-image-layout.ts?raw';
import rendererSource from './share-image.ts?raw';

const FONT_FILES: Record<FontRole, string> = {
  headline: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  label: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff',
  'label-bold': '@fontsource/source-serif-4/files/source-serif-4-latin-800-normal.woff',
};

type ShareFonts = { outliners: Record<FontRole, TextOutliner>; bytes: Record<FontRole, Uint8Array> };

function shareFonts(): ShareFonts {
  const roles = Object.keys(FONT_FILES) as FontRole[];
  const loaded = roles.map((role) => [role, loadFont(FONT_FILES[role])] as const);
  return {
    outliners: Object.fromEntries(loaded.map(([role, { font }]) => [role, outliner(font, { name: 'share-image', places: 2 })])) as ShareFonts['outliners'],
    bytes: Object.fromEntries(loaded.map(([role, { bytes }]) => [role, bytes])) as ShareFonts['bytes'],
  };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The layout as SVG, every glyph a path. The text is kept in <title> for anyone inspecting the file. */
export function layoutToSvg(layout: ShareCardLayout, width: number, height: number, fonts: Record<FontRole, TextOutliner>): string {
  const rects = layout.rects.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${r.fill}"/>`);
  const paths = layout.texts.map((t) => `<path fill="${t.fill}" d="${fonts[t.font].outline(t.text, t.x, t.y, t.size)}"/>`);
  const title = escapeAttr(layout.texts.map((t) => t.text).join(' '));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="${layout.background}"/>`,
    ...rects,
    ...paths,
    '</svg>',
  ].join('');
}

export type ShareImageRequest = Omit<ShareCardInput, 'hasImage'> & { imageFile?: string };

/** Where rendered images are kept between builds: beside Astro's own cache. */
export function shareImageCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.GAZETTE_CACHE_DIR || 'node_modules/.astro', 'share-images');
}

/** A PNG share image, from the cache when nothing that decides its pixels has changed. */
export async function renderShareImage(request: ShareImageRequest, cacheDir = shareImageCacheDir()): Promise<Buffer> {
  const { outliners, bytes } = shareFonts();
  const { imageFile, ...text } = request;
  const imageBytes = imageFile ? await fs.promises.readFile(imageFile) : undefined;
  const key = cacheKey(layoutSource, rendererSource, outlineSource, text, imageBytes ?? null, bytes);
  return cached(cacheDir, key, 'png', async () => {
    const input = { ...text, hasImage: Boolean(imageBytes) };
    const measure = (s: string, font: FontRole, size: number) => outliners[font].measure(s, size).width;
    const layout = shareCardLayout(input, measure);
    const card = sharp(Buffer.from(layoutToSvg(layout, input.width, input.height, outliners)));
    const overlays: OverlayOptions[] = [];
    if (layout.image && imageBytes) {
      const { x, y, width, height } = layout.image;
      const photo = await sharp(imageBytes).rotate().resize(width, height, { fit: 'cover', position: 'attention' }).toBuffer();
      overlays.push({ input: photo, left: x, top: y });
    }
    // zlib level 6, not 9: half the encode time (the largest cost of a big build, bench/README.md) for ~25% more bytes
    // on a file only social networks fetch.
    return card.composite(overlays).png({ compressionLevel: 6 }).toBuffer();
  });
}
