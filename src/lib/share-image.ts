/**
 * Share images, from the cache when nothing that decides their pixels has
 * changed, otherwise drawn by share-card.ts in a pool of worker threads, one per
 * core: at 10,000 articles the cards are most of the build's CPU (bench/README.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFont } from './font-outline.ts';
import { cached, cacheKey } from './render-cache.ts';
import { FONT_FILES, type ShareCardRequest } from './share-card.ts';
import { type WorkerPool, workerPool } from './worker-pool.ts';
// The drawing code is part of every cache key, so a change to the layout or the renderer retires old images.
import outlineSource from './font-outline.ts?raw';
import atlasSource from './glyph-atlas.ts?raw';
import canvasSource from './indexed-canvas.ts?raw';
import pngSource from './indexed-png.ts?raw';
import cardSource from './share-card.ts?raw';
import layoutSource from './share-image-layout.ts?raw';

export type ShareImageRequest = ShareCardRequest;

let codeAndFonts: string | undefined;
/** The hash of the drawing code and the fonts, made once per build rather than once per image. */
function codeAndFontsKey(): string {
  codeAndFonts ??= cacheKey(
    [layoutSource, cardSource, outlineSource, atlasSource, canvasSource, pngSource],
    Object.values(FONT_FILES).map((file) => loadFont(file).bytes),
  );
  return codeAndFonts;
}

/**
 * The worker runs from the project's source, not from Astro's bundle of this
 * module: it is loaded by Node itself, in a thread of its own. Like the fonts
 * (font-outline.ts), it is found from the project root, where every build runs.
 */
export const SHARE_CARD_WORKER = path.resolve(process.cwd(), 'src/lib/share-card-worker.ts');

let pool: WorkerPool<ShareCardRequest, Uint8Array> | undefined;

/** Where rendered images are kept between builds: beside Astro's own cache. */
export function shareImageCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.GAZETTE_CACHE_DIR || 'node_modules/.astro', 'share-images');
}

/** A PNG share image, read back from the cache or drawn afresh. */
export async function renderShareImage(request: ShareImageRequest, cacheDir = shareImageCacheDir()): Promise<Buffer> {
  const { imageFile, ...text } = request;
  const imageBytes = imageFile ? await fs.promises.readFile(imageFile) : undefined;
  const key = cacheKey(codeAndFontsKey(), text, imageBytes ?? null);
  return cached(cacheDir, key, 'png', async () => {
    pool ??= workerPool(SHARE_CARD_WORKER, os.availableParallelism());
    const png = await pool.run(request);
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  });
}
