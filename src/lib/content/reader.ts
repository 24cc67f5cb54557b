/**
 * The one reader of the content tree on disk: Astro's articles loader, the content check, the maps script, config
 * time (astro.config.ts), the story body a page renders, the desk, the importer and the search records all read files
 * through here. It walks the tree as the loaders always have (names starting with "_" are left out), so all of them
 * see the same files, and it hands each story over as its record (story-record.ts).
 *
 * Reading 100,000 stories' frontmatter is seconds of YAML, and a build used to do it three times. `readStories`
 * keeps each file's record in a cache file keyed by the file's size, modification time and inode, so a build after one
 * edit reads and parses one file, and every reader in the build shares the work (docs/performance.md).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readCacheFile, writeCacheFile } from '../incremental/cache-file.ts';
import { codeVersion } from '../incremental/code-version.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { UPDATES_SUFFIX } from './schema/update.ts';
import { type StoryContent, type StoryRecord, storyContent } from './story-record.ts';

export type { StoryRecord };

/** A content file as the editor knows it: its path relative to the working directory, and its text. */
export type SourceFile = { file: string; text: string };

export const ARTICLE_EXTENSIONS = ['.md'];
export const AUTHOR_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Whether a path under the articles folder is inside a live story's updates folder ("2026/quake.updates/…"). */
export function inUpdatesFolder(relativePath: string): boolean {
  return relativePath
    .split(/[\\/]/)
    .slice(0, -1)
    .some((part) => part.endsWith(UPDATES_SUFFIX));
}

/** Every file under `dir` with one of `extensions` and a name not starting with "_", relative to `dir`, sorted. */
export function listFiles(dir: string, extensions: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.includes(path.extname(f)) && !path.basename(f).startsWith('_'))
    .sort();
}

/**
 * Every content file under `dir` with one of `extensions`, relative to `dir` and sorted, as the loaders pick them. A
 * file in a live story's updates folder is never one: it is an update (listUpdateFiles), not a story.
 */
export function listContentFiles(dir: string, extensions: string[]): string[] {
  return listFiles(dir, extensions).filter((f) => !inUpdatesFolder(f));
}

/** Every content file under `dir` with one of `extensions`, sorted, with its text. */
export function readContentFiles(dir: string, extensions: string[], cwd = process.cwd()): SourceFile[] {
  return listContentFiles(dir, extensions).map((f) => {
    const full = path.join(dir, f);
    return { file: path.relative(cwd, full), text: fs.readFileSync(full, 'utf8') };
  });
}

/** The front page file, at the top of the content tree: the editors' pins (docs/editors.md, "The front page"). */
export const FRONT_PAGE_FILE = 'front.yaml';

/** The front page file with its digest, or undefined when the tree has none (then nothing is pinned). */
export function readFrontPageFile(
  root: string,
  cwd = process.cwd(),
): (SourceFile & { path: string; digest: string }) | undefined {
  const full = path.join(root, FRONT_PAGE_FILE);
  if (!fs.existsSync(full)) return undefined;
  const bytes = fs.readFileSync(full);
  return { path: full, file: path.relative(cwd, full), text: bytes.toString('utf8'), digest: digestOf(bytes) };
}

/** An entry id: the path under the collection's folder, without extension ("2015/misseni-attack"). */
export function entryId(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.[^./]+$/, '');
}

/** How a file is recognised as unchanged without reading it. */
type Stamp = { size: number; mtimeMs: number; ino: number };
type Cached<C> = { stamp: Stamp; digest: string; content: C };
/** Bump when what is cached changes shape; the code that makes records is in the key as well (codeVersion). */
const SCAN_CACHE_FORMAT = 3;
const cacheVersion = () => `${SCAN_CACHE_FORMAT}:${codeVersion()}`;

function stampOf(stat: fs.Stats): Stamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}
const sameStamp = (a: Stamp, b: Stamp) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

export const digestOf = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Each cache as this process last read or wrote it: the loaders, config time and the sitemap each scan, and only the
 * first should pay for reading the file. Trusted only while the file is the one this process saw.
 */
const remembered = new Map<string, { stamp: Stamp; files: Map<string, Cached<unknown>> }>();

function fileStamp(file: string): Stamp | undefined {
  try {
    return stampOf(fs.statSync(file));
  } catch {
    return undefined;
  }
}

function readCache<C>(cacheFile: string | undefined): Map<string, Cached<C>> {
  if (!cacheFile) return new Map();
  const stamp = fileStamp(cacheFile);
  const known = remembered.get(cacheFile);
  if (known && stamp && sameStamp(known.stamp, stamp)) return known.files as Map<string, Cached<C>>;
  const files = readCacheFile<Map<string, Cached<C>>>(cacheFile, cacheVersion());
  if (!files) return new Map();
  remember(cacheFile, files);
  return files;
}

function writeCache<C>(cacheFile: string, files: Map<string, Cached<C>>): void {
  writeCacheFile(cacheFile, cacheVersion(), files);
  remember(cacheFile, files);
}

function remember<C>(cacheFile: string, files: Map<string, Cached<C>>): void {
  const stamp = fileStamp(cacheFile);
  if (stamp) remembered.set(cacheFile, { stamp, files });
  else remembered.delete(cacheFile);
}

/**
 * Each of `relativePaths` under `dir` with its digest and what `make` reads from its text, through `cacheFile`: a
 * file whose size, modification time and inode match its entry is not read; a changed file is read, and `make` runs
 * only when its digest is new (a file touched but not changed keeps its content); the cache is then rewritten.
 */
export function scanFiles<C>(
  dir: string,
  relativePaths: string[],
  make: (text: string) => C,
  cacheFile: string | undefined,
): { relative: string; full: string; digest: string; content: C }[] {
  const cache = readCache<C>(cacheFile);
  const next = new Map<string, Cached<C>>();
  let changed = false;
  const found = relativePaths.map((relative) => {
    const full = path.join(dir, relative);
    const stamp = stampOf(fs.statSync(full));
    let entry = cache.get(full);
    if (!entry || !sameStamp(entry.stamp, stamp)) {
      const bytes = fs.readFileSync(full);
      const digest = digestOf(bytes);
      entry = { stamp, digest, content: entry?.digest === digest ? entry.content : make(bytes.toString('utf8')) };
      changed = true;
    }
    next.set(full, entry);
    return { relative, full, digest: entry.digest, content: entry.content };
  });
  if (cacheFile && (changed || next.size !== cache.size)) writeCache(cacheFile, next);
  return found;
}

/**
 * Every story under `dir`, in file order, as its record (story-record.ts). A file whose size, modification time and
 * inode match `cacheFile`'s entry is not read; a changed file is read, and its record made only when its digest is
 * new (a file touched but not changed keeps its record); the cache is then rewritten.
 */
export function readStories(
  dir: string,
  { cacheFile, cwd = process.cwd() }: { cacheFile?: string; cwd?: string } = {},
): StoryRecord[] {
  return scanFiles<StoryContent>(dir, listContentFiles(dir, ARTICLE_EXTENSIONS), storyContent, cacheFile).map(
    ({ relative, full, digest, content }): StoryRecord => ({
      ...content,
      path: full,
      file: path.relative(cwd, full),
      id: entryId(relative),
      digest,
    }),
  );
}

/** A story's or an update's Markdown body, read from its file, and the file line it starts on (for messages). */
export function readArticleBody(file: string): { body: string; bodyLine: number } {
  const parts = splitFrontmatter(fs.readFileSync(file, 'utf8'));
  if (!parts) throw new Error(`${file}: has no frontmatter; it must start with a line "---", the fields, then "---"`);
  return { body: parts.body, bodyLine: parts.bodyLine };
}
