/**
 * The one reader of the content tree on disk: Astro's articles loader, the content check, the maps script, config
 * time (astro.config.ts), the story body a page renders and the search records all read files through here. It walks
 * the tree as the loaders always have (names starting with "_" are left out), so all of them see the same files.
 *
 * Reading 100,000 stories' frontmatter is seconds of YAML, and a build used to do it three times. `scanArticles`
 * keeps what it parsed in a cache file keyed by each file's size, modification time and inode, so a build after one
 * edit reads and parses one file, and every reader in the build shares the work (docs/performance.md).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { localBodyImages } from '../article/body-images.ts';
import { parseOffsetDateTime } from '../article/dates.ts';
import { permalinkHref } from '../article/permalink.ts';
import { readCacheFile, writeCacheFile } from '../incremental/cache-file.ts';
import { modifiedAt } from '../trust/updates.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';

/** A content file as the editor knows it: its path relative to the working directory, and its text. */
export type SourceFile = { file: string; text: string };

export const ARTICLE_EXTENSIONS = ['.md'];
export const AUTHOR_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Every content file under `dir` with one of `extensions`, relative to `dir` and sorted, as the loaders pick them. */
export function listContentFiles(dir: string, extensions: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.includes(path.extname(f)) && !path.basename(f).startsWith('_'))
    .sort();
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

/** An article's frontmatter as data, or undefined when it has none or it is not valid YAML (the check says why). */
export function frontmatterData(text: string): Record<string, any> | undefined {
  const parts = splitFrontmatter(text);
  if (!parts) return undefined;
  const parsed = parseYaml('', parts.yaml, 1);
  return 'data' in parsed && parsed.data && typeof parsed.data === 'object'
    ? (parsed.data as Record<string, any>)
    : undefined;
}

/** One article file as a scan sees it. */
export type ArticleSource = {
  /** Absolute path. */
  path: string;
  /** Path relative to the working directory, as messages name it. */
  file: string;
  /** The entry's id (`entryId`). */
  id: string;
  /** sha256 of the file's bytes: what incremental builds compare. */
  digest: string;
  /** The frontmatter's data; undefined when the file has no frontmatter or its YAML does not parse (the check says why). */
  data: Record<string, any> | undefined;
  /** The photos beside the story that its body shows (`localBodyImages`), so a story without any is not read again. */
  bodyImages: string[];
};

/** How a file is recognised as unchanged without reading it. */
type Stamp = { size: number; mtimeMs: number; ino: number };
type CachedSource = { stamp: Stamp; digest: string; data: Record<string, any> | undefined; bodyImages: string[] };
/** Bump when what is cached changes shape or meaning. */
const SCAN_CACHE_VERSION = 2;

function stampOf(stat: fs.Stats): Stamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}
const sameStamp = (a: Stamp, b: Stamp) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

export const digestOf = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The cache as this process last read or wrote it: the loaders, config time and the sitemap each scan, and only the
 * first should pay for reading the file. Trusted only while the file is the one this process saw.
 */
let remembered: { cacheFile: string; stamp: Stamp; files: Map<string, CachedSource> } | undefined;

function fileStamp(file: string): Stamp | undefined {
  try {
    return stampOf(fs.statSync(file));
  } catch {
    return undefined;
  }
}

function readCache(cacheFile: string | undefined): Map<string, CachedSource> {
  if (!cacheFile) return new Map();
  const stamp = fileStamp(cacheFile);
  if (remembered?.cacheFile === cacheFile && stamp && sameStamp(remembered.stamp, stamp)) return remembered.files;
  const files = readCacheFile<Map<string, CachedSource>>(cacheFile, SCAN_CACHE_VERSION);
  if (!files) return new Map();
  remember(cacheFile, files);
  return files;
}

function writeCache(cacheFile: string, files: Map<string, CachedSource>): void {
  writeCacheFile(cacheFile, SCAN_CACHE_VERSION, files);
  remember(cacheFile, files);
}

function remember(cacheFile: string, files: Map<string, CachedSource>): void {
  const stamp = fileStamp(cacheFile);
  remembered = stamp ? { cacheFile, stamp, files } : undefined;
}

/**
 * Every article under `dir`, in file order, with its digest and frontmatter. A file whose size, modification time
 * and inode match `cacheFile`'s record is not read; the others are read and parsed once, and the cache is updated.
 */
export function scanArticles(
  dir: string,
  { cacheFile, cwd = process.cwd() }: { cacheFile?: string; cwd?: string } = {},
): ArticleSource[] {
  const cache = readCache(cacheFile);
  const next = new Map<string, CachedSource>();
  let changed = false;
  const sources = listContentFiles(dir, ARTICLE_EXTENSIONS).map((relative): ArticleSource => {
    const full = path.join(dir, relative);
    const stamp = stampOf(fs.statSync(full));
    let entry = cache.get(full);
    if (!entry || !sameStamp(entry.stamp, stamp)) {
      const bytes = fs.readFileSync(full);
      const text = bytes.toString('utf8');
      entry = {
        stamp,
        digest: digestOf(bytes),
        data: frontmatterData(text),
        bodyImages: localBodyImages(splitFrontmatter(text)?.body ?? ''),
      };
      changed = true;
    }
    next.set(full, entry);
    const { digest, data, bodyImages } = entry;
    return { path: full, file: path.relative(cwd, full), id: entryId(relative), digest, data, bodyImages };
  });
  if (cacheFile && (changed || next.size !== cache.size)) writeCache(cacheFile, next);
  return sources;
}

/** A story's Markdown body, read from its file, and the file line it starts on (for messages). */
export function readArticleBody(file: string): { body: string; bodyLine: number } {
  const parts = splitFrontmatter(fs.readFileSync(file, 'utf8'));
  if (!parts) throw new Error(`${file}: has no frontmatter; it must start with a line "---", the fields, then "---"`);
  return { body: parts.body, bodyLine: parts.bodyLine };
}

/** What config-time code (before the content layer runs) needs to know about an article. */
export type ArticleHead = {
  sourceUrl?: string;
  href: string;
  headline: string;
  published: Date;
  /** The later of `updated` and the latest correction (src/lib/trust/updates.ts). */
  lastModified: Date;
  republished: boolean;
  /** What the publication rules read (src/lib/content/articles.ts): the sitemap asks them, not this reader. */
  draft: boolean;
  slug: string;
  timeZone: string;
};

/** Dates the schema accepts; anything else is left for the schema to report. */
function dateOf(value: unknown): Date | undefined {
  const parsed = typeof value === 'string' ? parseOffsetDateTime(value) : undefined;
  return parsed && typeof parsed !== 'string' ? parsed.date : undefined;
}

/**
 * Every article's frontmatter essentials, drafts and scheduled stories included: whether one is published is
 * `isPublished`'s to say (src/lib/content/articles.ts). Entries that fail to parse are skipped here; the content check
 * and the schema report them properly.
 */
export function articleHeads(sources: readonly Pick<ArticleSource, 'data'>[], base: string): ArticleHead[] {
  const found: ArticleHead[] = [];
  for (const { data } of sources) {
    const sourceUrl = typeof data?.source?.url === 'string' ? (data.source.url as string) : undefined;
    const published = dateOf(data?.published);
    if (!data || !published) continue;
    if (typeof data.slug !== 'string' || typeof data.timeZone !== 'string') continue;
    const corrections = (Array.isArray(data.corrections) ? data.corrections : []).flatMap((c: any) => {
      const date = dateOf(c?.date);
      return date ? [{ date }] : [];
    });
    found.push({
      sourceUrl,
      href: permalinkHref(base, { published, timeZone: data.timeZone, slug: data.slug }),
      headline: typeof data.headline === 'string' ? data.headline : '',
      published,
      lastModified: modifiedAt(published, dateOf(data.updated), corrections),
      republished: sourceUrl !== undefined,
      draft: data.draft === true,
      slug: data.slug,
      timeZone: data.timeZone,
    });
  }
  return found;
}

/** The heads of every article under `articlesDir`, through the scan cache when one is given. */
export function readArticleHeads(articlesDir: string, base: string, cacheFile?: string): ArticleHead[] {
  return articleHeads(scanArticles(articlesDir, { cacheFile }), base);
}
