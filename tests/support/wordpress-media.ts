/**
 * Stand-in uploads for a WordPress export: a small real image, drawn with sharp, at every path under
 * wp-content/uploads the export names (attachments and images in post bodies), in a folder the caller removes.
 * The theme unit test data's own images are remote and CI has no network.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { uploadPath } from '../../src/lib/import/wordpress/uploads.ts';

/** Every upload path the export mentions, in the order it first does. */
export function referencedUploads(exportXml: string): string[] {
  const urls = [
    ...exportXml.matchAll(/<wp:attachment_url>(?:<!\[CDATA\[)?\s*([^<\]]+?)\s*(?:\]\]>)?<\/wp:attachment_url>/g),
    ...exportXml.matchAll(/<img\b[^>]*?\bsrc="([^"]+)"/g),
  ].map((m) => m[1]);
  return [
    ...new Set(urls.map((u) => uploadPath(u.replace(/&amp;/g, '&'))).filter((p): p is string => p !== undefined)),
  ];
}

/** Draws an image at each path (its format from the extension), skipping `leaveOut`; returns the paths drawn. */
export async function drawUploads(
  mediaDir: string,
  paths: readonly string[],
  leaveOut: readonly string[] = [],
): Promise<string[]> {
  const drawn: string[] = [];
  for (const [i, rel] of paths.entries()) {
    if (leaveOut.includes(rel)) continue;
    const ext = path.extname(rel).toLowerCase().replace('.', '');
    const format = ext === 'jpg' ? 'jpeg' : ext;
    if (!['jpeg', 'png', 'gif', 'webp'].includes(format)) continue;
    const file = path.join(mediaDir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A different colour per file, so two stand-ins are never the same bytes.
    const background = { r: (i * 53) % 256, g: (i * 97) % 256, b: (i * 31) % 256 };
    await sharp({ create: { width: 96, height: 64, channels: 3, background } })
      .toFormat(format as 'jpeg')
      .toFile(file);
    drawn.push(rel);
  }
  return drawn;
}
