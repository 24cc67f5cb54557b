/**
 * Every published story's search record, from the content tree: the same stories, in the same order, whatever the
 * build before it did, so an incremental build writes the same index as a clean one. Plain Node
 * (scripts/search-index.ts).
 *
 * A story's words come from rendering its body, the costly part: they are kept one file per story under `wordsDir`,
 * named by the story file's digest, so a build after one edit renders one body. Records are made one at a time, in
 * URL order, and handed on as they are made: at 100,000 stories their words are hundreds of megabytes, which need not
 * all be in memory at once (docs/performance.md, "Figures behind the code's comments"). Bylines are looked up afresh each time: renaming an author changes no story file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { markdownToHtml } from '../article/markdown.ts';
import { storyPath } from '../article/permalink.ts';
import { type Publication, publishedArticles } from '../content/articles.ts';
import { parseYaml } from '../content/frontmatter.ts';
import {
  AUTHOR_EXTENSIONS,
  type ArticleSource,
  entryId,
  listContentFiles,
  readArticleBody,
  scanArticles,
} from '../content/reader.ts';
import { readCacheFile, writeCacheFile } from '../incremental/cache-file.ts';
import { bodyText, type SearchRecord, searchRecord } from './records.ts';

type Schema = { safeParse(data: unknown): { success: boolean; data?: any } };

/** What a record needs of a story besides its words, worked out from its file alone. */
type Story = {
  draft: boolean;
  published: { date: Date };
  slug: string;
  url: string;
  headline: string;
  standfirst: string;
  section: string;
  tags: string[];
  authorIds: string[];
  timeZone: string;
};
/** Bump when what is cached changes shape or meaning. */
const STORIES_CACHE_VERSION = 3;

export type RecordOptions = {
  /** The content tree (GAZETTE_CONTENT_DIR). */
  contentDir: string;
  schemas: { articles: Schema; authors: Schema };
  /** The build's clock and rules (src/lib/content/articles.ts): which stories are published. */
  publication: Publication;
  /** The reader's scan cache. */
  scanCache?: string;
  /** This module's own caches: each story's facts in one file, its words in a folder of files by digest. */
  storiesCache?: string;
  wordsDir?: string;
};

/** A story's facts from its frontmatter, or undefined when the schema refuses it (the content check says why). */
function storyOf(source: ArticleSource, schema: Schema): Story | undefined {
  const parsed = schema.safeParse(source.data ?? {});
  if (!parsed.success) return undefined;
  const data = parsed.data;
  return {
    draft: data.draft,
    published: { date: data.published.date },
    slug: data.slug,
    url: `/${storyPath(data)}/`,
    headline: data.headline,
    standfirst: data.standfirst,
    section: data.section,
    tags: data.tags,
    authorIds: data.author,
    timeZone: data.timeZone,
  };
}

/** The words of the story in `source`, from the folder when they are there, rendered (and kept) when not. */
async function wordsOf(source: ArticleSource, wordsDir: string | undefined): Promise<string> {
  const file = wordsDir && path.join(wordsDir, source.digest.slice(0, 2), `${source.digest}.txt`);
  if (file && fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  const words = bodyText(await markdownToHtml(readArticleBody(source.path).body));
  if (file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.${process.pid}.tmp`, words);
    fs.renameSync(`${file}.${process.pid}.tmp`, file);
  }
  return words;
}

/** Removes the words of stories that are no longer in the tree (edited or deleted), so the folder does not grow. */
function pruneWords(wordsDir: string, current: Set<string>): void {
  if (!fs.existsSync(wordsDir)) return;
  for (const entry of fs.readdirSync(wordsDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !current.has(entry.name.replace(/\.txt$/, '')))
      fs.rmSync(path.join(entry.parentPath, entry.name), { force: true });
  }
}

function authorNames(contentDir: string, schema: Schema): Map<string, string> {
  const authorsDir = path.join(contentDir, 'authors');
  const names = new Map<string, string>();
  for (const relative of listContentFiles(authorsDir, AUTHOR_EXTENSIONS)) {
    const parsed = parseYaml(relative, fs.readFileSync(path.join(authorsDir, relative), 'utf8'), 1);
    const author = 'data' in parsed ? schema.safeParse(parsed.data) : undefined;
    if (author?.success) names.set(entryId(relative), author.data.name);
  }
  return names;
}

/**
 * Published stories' records, in URL order, one at a time. A story the schema refuses is left out: the content check,
 * which runs beside the indexer, fails the build for it.
 */
export async function* storyRecords({
  contentDir,
  schemas,
  publication,
  scanCache,
  storiesCache,
  wordsDir,
}: RecordOptions): AsyncGenerator<SearchRecord> {
  const cached =
    (storiesCache && readCacheFile<Map<string, Story>>(storiesCache, STORIES_CACHE_VERSION)) ||
    new Map<string, Story>();
  const next = new Map<string, Story>();
  const found: { source: ArticleSource; data: Story }[] = [];
  for (const source of scanArticles(path.join(contentDir, 'articles'), { cacheFile: scanCache })) {
    const story = cached.get(source.digest) ?? storyOf(source, schemas.articles);
    if (!story) continue;
    next.set(source.digest, story);
    found.push({ source, data: story });
  }
  if (storiesCache && [...next.keys()].some((digest) => !cached.has(digest)))
    writeCacheFile(storiesCache, STORIES_CACHE_VERSION, next);

  const names = authorNames(contentDir, schemas.authors);
  const published = publishedArticles(found, publication).sort((a, b) =>
    a.data.url < b.data.url ? -1 : a.data.url > b.data.url ? 1 : 0,
  );
  for (const { source, data: s } of published) {
    const facts = {
      url: s.url,
      headline: s.headline,
      section: s.section,
      tags: s.tags,
      authors: s.authorIds.map((id) => names.get(id) ?? id),
      published: s.published.date,
      timeZone: s.timeZone,
    };
    yield searchRecord(facts, s.standfirst, await wordsOf(source, wordsDir));
  }
  if (wordsDir) pruneWords(wordsDir, new Set(found.map((f) => f.source.digest)));
}
