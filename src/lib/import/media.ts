/**
 * Images from the folder given as `--media` (for WordPress, a copy of `wp-content/uploads`). The source says where
 * each URL's file sits in it (`ImportSource.mediaPath`); a file that is not there, or that is not an image sharp can
 * read, is missing: the story goes without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { MediaPath } from './source.ts';

/** The formats `astro:assets` turns into pictures. */
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif', '.tif', '.tiff']);

export type MediaLookup = {
  /** The local file for an upload URL, or why there is none. */
  find(url: string): Promise<{ file: string } | { missing: string }>;
};

/** Looks files up under `mediaDir`, once per URL, where `where` places them. Without a folder every image is missing. */
export function mediaLookup(mediaDir: string | undefined, where: (url: string) => MediaPath): MediaLookup {
  const seen = new Map<string, Promise<{ file: string } | { missing: string }>>();
  const lookUp = async (url: string): Promise<{ file: string } | { missing: string }> => {
    const place = where(url);
    if ('missing' in place) return place;
    const rel = place.path;
    if (!IMAGE_EXTENSIONS.has(path.extname(rel).toLowerCase()))
      return { missing: `${rel} is not an image Gazette can show` };
    if (!mediaDir) return { missing: `${rel} was not copied: no --media folder was given` };
    for (const candidate of place.candidates) {
      const file = path.join(mediaDir, candidate);
      if (!fs.existsSync(file)) continue;
      try {
        await sharp(file).metadata();
        return { file };
      } catch {
        return { missing: `${path.join(mediaDir, candidate)} is not an image sharp can read` };
      }
    }
    return { missing: `${rel} is not in ${mediaDir}` };
  };
  return {
    find(url) {
      let found = seen.get(url);
      if (!found) {
        found = lookUp(url);
        seen.set(url, found);
      }
      return found;
    },
  };
}

/** A file name safe in any file system and URL: "Bell on Wharf (1).JPG" -> "bell-on-wharf-1.jpg". */
export function safeFileName(name: string): string {
  const ext = path.extname(name).toLowerCase();
  const stem = path
    .basename(name, path.extname(name))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'image'}${ext}`;
}
