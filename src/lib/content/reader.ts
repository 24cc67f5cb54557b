/**
 * The one reader of the content tree on disk, for everything that runs outside Astro's content layer: the content
 * check, the maps script, config time (astro.config.ts) and the share images' SVG lookup. It walks the tree the way
 * the collections' glob loaders do (names starting with "_" are left out), so all of them see the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseOffsetDateTime } from '../article/dates.ts';
import { articlePath } from '../article/permalink.ts';
import { withBase } from '../site/url.ts';
import { modifiedAt } from '../trust/updates.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';

/** A content file as the editor knows it: its path relative to the working directory, and its text. */
export type SourceFile = { file: string; text: string };

export const ARTICLE_EXTENSIONS = ['.md'];
export const AUTHOR_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Every content file under `dir` with one of `extensions`, sorted, as the glob loaders pick them. */
export function readContentFiles(dir: string, extensions: string[], cwd = process.cwd()): SourceFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.includes(path.extname(f)) && !path.basename(f).startsWith('_'))
    .sort()
    .map((f) => {
      const full = path.join(dir, f);
      return { file: path.relative(cwd, full), text: fs.readFileSync(full, 'utf8') };
    });
}

/** An article's frontmatter as data, or undefined when it has none or it is not valid YAML (the check says why). */
export function frontmatterData(text: string): Record<string, any> | undefined {
  const parts = splitFrontmatter(text);
  if (!parts) return undefined;
  const parsed = parseYaml('', parts.yaml, 1);
  return 'data' in parsed && parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, any>) : undefined;
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
};

/** Dates the schema accepts; anything else is left for the schema to report. */
function dateOf(value: unknown): Date | undefined {
  const parsed = typeof value === 'string' ? parseOffsetDateTime(value) : undefined;
  return parsed && typeof parsed !== 'string' ? parsed.date : undefined;
}

/**
 * Every publishable article's frontmatter essentials. Entries that fail to parse are skipped here; the content
 * check and the schema report them properly.
 */
export function articleHeads(files: SourceFile[], base: string): ArticleHead[] {
  const found: ArticleHead[] = [];
  for (const { text } of files) {
    const data = frontmatterData(text);
    const sourceUrl = typeof data?.source?.url === 'string' ? (data.source.url as string) : undefined;
    const published = dateOf(data?.published);
    if (!data || !published) continue;
    if (data.draft === true || typeof data.slug !== 'string' || typeof data.timeZone !== 'string') continue;
    const corrections = (Array.isArray(data.corrections) ? data.corrections : []).flatMap((c: any) => {
      const date = dateOf(c?.date);
      return date ? [{ date }] : [];
    });
    found.push({
      sourceUrl,
      href: withBase(base, articlePath({ published, timeZone: data.timeZone, slug: data.slug })),
      headline: typeof data.headline === 'string' ? data.headline : '',
      published,
      lastModified: modifiedAt(published, dateOf(data.updated), corrections),
      republished: sourceUrl !== undefined,
    });
  }
  return found;
}

/** The heads of every article under `articlesDir`. */
export function readArticleHeads(articlesDir: string, base: string): ArticleHead[] {
  return articleHeads(readContentFiles(articlesDir, ARTICLE_EXTENSIONS), base);
}
