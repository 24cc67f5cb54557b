/**
 * The content tree as it is before an import: the files, what an earlier import wrote (its manifest), and the names
 * and permalinks hand-written stories already use, which an import must not take or respell.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AUTHOR_EXTENSIONS, readContentFiles, readStories } from '../content/reader.ts';

/** Where an import records what it wrote, relative to the content directory: file -> sha256 of its bytes. */
export const MANIFEST = '.import-manifest.json';

export type Manifest = { files: Record<string, string> };

export const sha256 = (bytes: Buffer | string) => crypto.createHash('sha256').update(bytes).digest('hex');

export type ExistingContent = {
  manifest: Manifest;
  /** Permalink paths ("2015/06/11/slug") of stories no import wrote. */
  foreignPermalinks: Set<string>;
  sections: string[];
  tags: string[];
  authorIds: Set<string>;
};

export function readManifest(contentDir: string): Manifest {
  const file = path.join(contentDir, MANIFEST);
  if (!fs.existsSync(file)) return { files: {} };
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { files: parsed && typeof parsed.files === 'object' ? parsed.files : {} };
  } catch {
    return { files: {} };
  }
}

/** The manifest as written: sorted, so the same import writes the same bytes. */
export function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ note: 'Written by npm run import: each file it wrote and the sha256 of what it wrote, so a file edited since is not overwritten.', files }, null, 2)}\n`;
}

export function readExistingContent(contentDir: string): ExistingContent {
  const manifest = readManifest(contentDir);
  const foreignPermalinks = new Set<string>();
  const sections: string[] = [];
  const tags: string[] = [];
  const articlesDir = path.join(contentDir, 'articles');
  // Each story's record (src/lib/content/story-record.ts): one the schema refuses is the content check's to report.
  for (const { file, story } of readStories(articlesDir, { cwd: contentDir })) {
    if (Object.hasOwn(manifest.files, file) || !story) continue;
    sections.push(story.section);
    tags.push(...story.tags);
    foreignPermalinks.add(story.permalink);
  }
  const authorIds = new Set(
    readContentFiles(path.join(contentDir, 'authors'), AUTHOR_EXTENSIONS, contentDir).map((f) =>
      path.basename(f.file).replace(/\.[^.]+$/, ''),
    ),
  );
  return { manifest, foreignPermalinks, sections, tags, authorIds };
}
