/**
 * Where a WordPress upload sits in a copy of `wp-content/uploads` (`--media`). An export names each file by its URL
 * on the old site; the path after `wp-content/uploads/` (or a WordPress.com `files.wordpress.com/` host) is where the
 * file sits in the copy, and a resized copy WordPress made leads back to its original.
 */
import type { MediaPath } from '../source.ts';

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

/** The upload's place under --media, with the originals it may have been made from, or why it has none. */
export function mediaPath(url: string): MediaPath {
  const rel = uploadPath(url);
  if (!rel) return { missing: `${url} is not one of the site's uploads (wp-content/uploads), so it cannot be copied` };
  return { path: rel, candidates: originals(rel) };
}
