/**
 * Draws share images: the layout from share-image-layout.ts, its text turned
 * into vector paths with a font shipped on npm (so no system font is ever
 * consulted and every machine draws the same pixels), rasterised by sharp, and
 * the article's own image composited into its box.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype, { type Font, type PathCommand } from 'opentype.js';
import sharp, { type OverlayOptions } from 'sharp';
import { cached, cacheKey } from './render-cache.ts';
import { type FontRole, type ShareCardInput, type ShareCardLayout, shareCardLayout } from './share-image-layout.ts';
// The drawing code is part of every cache key, so a change to the layout or the renderer retires old images.
import layoutSource from './share-image-layout.ts?raw';
import rendererSource from './share-image.ts?raw';

const FONT_FILES: Record<FontRole, string> = {
  headline: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  label: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff',
  'label-bold': '@fontsource/source-serif-4/files/source-serif-4-latin-800-normal.woff',
};

type LoadedFonts = { fonts: Record<FontRole, Font>; bytes: Record<FontRole, Uint8Array> };
let loaded: LoadedFonts | undefined;

function loadFonts(): LoadedFonts {
  if (loaded) return loaded;
  // Resolved from the project, not this module: the build runs a bundled copy of it from the output directory.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const fonts = {} as Record<FontRole, Font>;
  const bytes = {} as Record<FontRole, Uint8Array>;
  for (const [role, id] of Object.entries(FONT_FILES) as [FontRole, string][]) {
    const buf = fs.readFileSync(require.resolve(id));
    bytes[role] = buf;
    fonts[role] = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  }
  loaded = { fonts, bytes };
  return loaded;
}

function assertDrawable(font: Font, text: string): void {
  for (const char of text) {
    if (/\s/.test(char) || font.charToGlyphIndex(char) !== 0) continue;
    const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`the share-image font has no glyph for "${char}" (U+${code}) in "${text}"`);
  }
}

/**
 * SVG path data from glyph outlines. Written here because opentype.js 2.0's own
 * toPathData emits "NaN" for some glyphs at some sizes, and librsvg then drops
 * the rest of the path.
 */
export function pathData(commands: PathCommand[]): string {
  const n = (v: number) => {
    if (!Number.isFinite(v)) throw new Error(`glyph outline has a non-finite coordinate (${v})`);
    return String(Math.round(v * 100) / 100);
  };
  return commands
    .map((c) => {
      if (c.type === 'Z') return 'Z';
      if (c.type === 'Q') return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
      if (c.type === 'C') return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
      return `${c.type}${n(c.x)} ${n(c.y)}`;
    })
    .join('');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The layout as SVG, every glyph a path. The text is kept in <title> for anyone inspecting the file. */
export function layoutToSvg(layout: ShareCardLayout, width: number, height: number, fonts: Record<FontRole, Font>): string {
  const rects = layout.rects.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${r.fill}"/>`);
  const paths = layout.texts.map((t) => {
    assertDrawable(fonts[t.font], t.text);
    return `<path fill="${t.fill}" d="${pathData(fonts[t.font].getPath(t.text, t.x, t.y, t.size).commands)}"/>`;
  });
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
  const { fonts, bytes } = loadFonts();
  const { imageFile, ...text } = request;
  const imageBytes = imageFile ? await fs.promises.readFile(imageFile) : undefined;
  const key = cacheKey(layoutSource, rendererSource, text, imageBytes ?? null, bytes);
  return cached(cacheDir, key, 'png', async () => {
    const input = { ...text, hasImage: Boolean(imageBytes) };
    const measure = (s: string, font: FontRole, size: number) => fonts[font].getAdvanceWidth(s, size);
    const layout = shareCardLayout(input, measure);
    const card = sharp(Buffer.from(layoutToSvg(layout, input.width, input.height, fonts)));
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
