/**
 * Images from a copy of WordPress's `wp-content/uploads` (`--media`). An export names each file by its URL on the old
 * site; the path after `wp-content/uploads/` (or a WordPress.com `files.wordpress.com/` host) is where the file sits
 * in the copy. A file that is not there, or that is not an image sharp can read, is missing: the story goes without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** The formats `astro:assets` turns into pictures. */
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif', '.tif', '.tiff']);

/** "2010/08/photo.jpg" for an upload's URL, or undefined when the URL is not one of the site's uploads. */
export function uploadPath(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), 'https://invalid.invalid/');
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  const uploads = /\/wp-content\/uploads\/(.+)$/.exec(pathname);
  const rel = uploads?.[1] ?? (/\.files\.wordpress\.com$/.test(parsed.hostname) ? pathname.slice(1) : undefined);
  if (!rel || rel.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return rel;
}

/** WordPress's resized copies ("photo-300x200.jpg", "photo-scaled.jpg") lead back to the upload they were made from. */
function originals(rel: string): string[] {
  const candidates = [rel];
  const resized = rel.replace(/-\d+x\d+(?=\.[^./]+$)/, '');
  if (resized !== rel) candidates.push(resized);
  const scaled = rel.replace(/-scaled(?=\.[^./]+$)/, '');
  if (scaled !== rel) candidates.push(scaled);
  return candidates;
}

export type MediaLookup = {
  /** The local file for an upload URL, or why there is none. */
  find(url: string): Promise<{ file: string } | { missing: string }>;
};

/** Looks files up under `mediaDir`, once per URL. Without a folder every image is missing. */
export function mediaLookup(mediaDir: string | undefined): MediaLookup {
  const seen = new Map<string, Promise<{ file: string } | { missing: string }>>();
  const lookUp = async (url: string): Promise<{ file: string } | { missing: string }> => {
    const rel = uploadPath(url);
    if (!rel)
      return { missing: `${url} is not one of the site's uploads (wp-content/uploads), so it cannot be copied` };
    if (!IMAGE_EXTENSIONS.has(path.extname(rel).toLowerCase()))
      return { missing: `${rel} is not an image Gazette can show` };
    if (!mediaDir) return { missing: `${rel} was not copied: no --media folder was given` };
    for (const candidate of originals(rel)) {
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
