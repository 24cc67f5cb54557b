/**
 * Share images, from the cache when nothing that decides their pixels has
 * changed, otherwise drawn by draw.ts in a pool of worker threads, one per
 * core: at 10,000 articles the cards are most of the build's CPU (docs/performance.md, "Figures behind the code's
 * comments").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Loaded here on purpose, before any worker loads it: on glibc Linux, sharp must be loaded by the main thread first,
// or a worker's exit can unload libvips under the others (sharp's documentation; lovell/sharp#2263).
import sharp from 'sharp';
import { cardTextPackages } from '../fonts/registry.ts';
import { buildCacheDir } from '../incremental/cache-dir.ts';
import { moduleSources } from './code-digest.ts';
import { cached, cacheKey, readNote, writeNote } from './render-cache.ts';
import type { DrawnCard, ShareCardRequest } from './draw.ts';
import { type WorkerPool, workerPool } from './worker-pool.ts';

/** What a card shows, and the article's image file, if it has one. */
export type ShareImageRequest = Omit<ShareCardRequest, 'image'> & { imageFile?: string };
/** A card's PNG, and the characters of its text no bundled font can draw, which it leaves out. */
export type RenderedCard = { png: Buffer; missing: string[] };

let codeAndFonts: string | undefined;
/**
 * The hash of everything besides the request that decides a card's bytes, made once per build: the drawing code,
 * the fonts and the text libraries by package and version (the shaper, the bidi algorithm), the libraries that
 * rasterise glyphs (sharp's libvips and librsvg) and deflate (Node's zlib), and the Unicode data behind line breaks,
 * normalisation and a language's direction (Node's ICU), so that an upgrade of any draws the cards afresh rather
 * than mixing old bytes with new. The request itself carries the text and its language.
 */
function codeAndFontsKey(): string {
  codeAndFonts ??= cacheKey(
    // Sources by path relative to the project, so the key does not depend on where the checkout lives.
    [...moduleSources(SHARE_CARD_WORKER)].map(([file, source]) => [path.relative(process.cwd(), file), source]),
    cardTextPackages(),
    sharp.versions,
    process.versions.zlib,
    [process.versions.icu, process.versions.unicode],
  );
  return codeAndFonts;
}

/**
 * The worker runs from the project's source, not from Astro's bundle of this
 * module: it is loaded by Node itself, in a thread of its own. Like the fonts
 * (fonts/registry.ts), it is found from the project root, where every build runs.
 */
const SHARE_CARD_WORKER = path.resolve(process.cwd(), 'src/lib/share-card/worker.ts');

let pool: WorkerPool<ShareCardRequest, DrawnCard> | undefined;

/** Where rendered images are kept between builds: beside Astro's own cache. */
export function shareImageCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.join(buildCacheDir(env), 'share-images');
}

/** The request with the image's bytes read once (the bytes that are hashed are the bytes that are drawn), and its key. */
async function prepare(request: ShareImageRequest) {
  const { imageFile, ...text } = request;
  const image = imageFile ? await fs.promises.readFile(imageFile) : undefined;
  return { text, image, key: cacheKey(codeAndFontsKey(), text, image ?? null) };
}

/** The content address of a share image: it changes exactly when the image's bytes would. */
export async function shareImageKey(request: ShareImageRequest): Promise<string> {
  return (await prepare(request)).key;
}

/**
 * A share card, read back from the cache or drawn afresh, with what it left out. The list is kept in the cache beside
 * the PNG, so a card drawn by an earlier build still reports it.
 */
export async function renderShareCard(
  request: ShareImageRequest,
  cacheDir = shareImageCacheDir(),
): Promise<RenderedCard> {
  const { text, image, key } = await prepare(request);
  const png = await cached(cacheDir, key, 'png', async () => {
    pool ??= workerPool(SHARE_CARD_WORKER, os.availableParallelism());
    const drawn = await pool.run({ ...text, image });
    writeNote(cacheDir, key, drawn.missing);
    return Buffer.from(drawn.png.buffer, drawn.png.byteOffset, drawn.png.byteLength);
  });
  return { png, missing: readNote(cacheDir, key) };
}

/** A PNG share image, read back from the cache or drawn afresh. */
export async function renderShareImage(request: ShareImageRequest, cacheDir = shareImageCacheDir()): Promise<Buffer> {
  return (await renderShareCard(request, cacheDir)).png;
}

/** A share image's size in bytes (the feed's enclosure), from the cached file's size rather than reading it back. */
export async function shareImageSize(request: ShareImageRequest, cacheDir = shareImageCacheDir()): Promise<number> {
  const { key } = await prepare(request);
  try {
    return fs.statSync(path.join(cacheDir, `${key}.png`)).size;
  } catch {
    return (await renderShareImage(request, cacheDir)).byteLength;
  }
}
