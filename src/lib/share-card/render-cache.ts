/**
 * A content-addressed file cache for generated images: the key is a hash of
 * everything that decides the pixels, so an unchanged article is read back, not
 * re-rendered, and a changed one can never be served stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stableHash } from '../incremental/stable-hash.ts';

/**
 * A stable hash of the inputs: object keys are sorted so their order does not matter, and bytes (an image, a font)
 * count by their digest. The one hash page keys use too (src/lib/incremental/stable-hash.ts).
 */
export const cacheKey = (...parts: unknown[]): string => stableHash(parts);

const inflight = new Map<string, Promise<Buffer>>();

/**
 * Returns the cached file for `key`, or renders, stores and returns it. Writes are
 * atomic, and concurrent requests for one key (the feed and the image route, say) share one render.
 */
export function cached(dir: string, key: string, ext: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const file = path.join(dir, `${key}.${ext}`);
  let pending = inflight.get(file);
  if (!pending) {
    pending = readOrRender(file, render).finally(() => inflight.delete(file));
    inflight.set(file, pending);
  }
  return pending;
}

/** Cache folders made by this process, so a build of thousands of images makes each once. */
const made = new Set<string>();

/**
 * Synchronous file calls on purpose: the files are small (tens of KB) and a build
 * makes thousands, and the promise API's file handles cost the build's one
 * rendering thread more than the reads and writes themselves (docs/performance.md,
 * "Figures behind the code's comments").
 */
async function readOrRender(file: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const dir = path.dirname(file);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const bytes = await render();
  if (!made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
  } catch (error) {
    // The folder was removed while this process ran (a dev server's cache cleared, say): make it again.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, bytes);
  }
  fs.renameSync(tmp, file);
  return bytes;
}

/**
 * What a render reported beside its bytes (the characters a card left out), kept as `<key>.json` next to the file so
 * that a card read back from the cache still reports it. Written before the file itself, so a file in the cache
 * never lacks its note; nothing is written when there is nothing to report.
 */
export function writeNote(dir: string, key: string, note: string[]): void {
  if (note.length === 0) return;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${key}.json`);
  fs.writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(note));
  fs.renameSync(`${file}.${process.pid}.tmp`, file);
}

/** The note kept beside `key`'s file, or none. */
export function readNote(dir: string, key: string): string[] {
  const file = path.join(dir, `${key}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}
