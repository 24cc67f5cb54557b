/**
 * Every published story's search record, from the content tree: the same stories, in the same order, whatever the
 * build before it did, so an incremental build writes the same index as a clean one. Plain Node
 * (scripts/search-index.ts).
 *
 * A story's words come from rendering its body, the costly part; they are cached by the file's digest, so a build
 * after one edit renders one body. Bylines are looked up afresh each time: renaming an author changes no story file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { markdownToHtml } from '../article/markdown.ts';
import { articlePath } from '../article/permalink.ts';
import { publishedArticles } from '../content/articles.ts';
import { AUTHOR_EXTENSIONS, entryId, listContentFiles, readArticleBody, scanArticles } from '../content/reader.ts';
import { parseYaml } from '../content/frontmatter.ts';
import { readCacheFile, writeCacheFile } from '../incremental/cache-file.ts';
import { bodyText, type SearchRecord, searchRecord } from './records.ts';

type Schema = { safeParse(data: unknown): { success: boolean; data?: any } };

/** What a record needs of a story, worked out from its file alone. */
type Story = {
  draft: boolean;
  published: { date: Date };
  url: string;
  headline: string;
  standfirst: string;
  section: string;
  tags: string[];
  authorIds: string[];
  timeZone: string;
  text: string;
};
/** Bump when what is cached changes shape or meaning. */
const RECORDS_CACHE_VERSION = 1;

export type RecordOptions = {
  /** The content tree (GAZETTE_CONTENT_DIR). */
  contentDir: string;
  schemas: { articles: Schema; authors: Schema };
  now: Date;
  /** The reader's scan cache, and this module's own. */
  scanCache?: string;
  recordsCache?: string;
};

/**
 * Published stories' records, sorted by URL. A story the schema refuses is left out: the content check, which runs
 * beside the indexer, fails the build for it.
 */
export async function storyRecords({ contentDir, schemas, now, scanCache, recordsCache }: RecordOptions): Promise<SearchRecord[]> {
  const cached = (recordsCache && readCacheFile<Map<string, Story>>(recordsCache, RECORDS_CACHE_VERSION)) || new Map<string, Story>();
  const next = new Map<string, Story>();
  const stories: Story[] = [];
  let changed = false;
  for (const source of scanArticles(path.join(contentDir, 'articles'), { cacheFile: scanCache })) {
    let story = cached.get(source.digest);
    if (!story) {
      changed = true;
      const parsed = schemas.articles.safeParse(source.data ?? {});
      if (!parsed.success) continue;
      const data = parsed.data;
      story = {
        draft: data.draft,
        published: { date: data.published.date },
        url: `/${articlePath({ published: data.published.date, timeZone: data.timeZone, slug: data.slug })}/`,
        headline: data.headline,
        standfirst: data.standfirst,
        section: data.section,
        tags: data.tags,
        authorIds: data.author,
        timeZone: data.timeZone,
        text: bodyText(await markdownToHtml(readArticleBody(source.path).body)),
      };
    }
    next.set(source.digest, story);
    stories.push(story);
  }
  // Rewritten only when a story's words changed: at 10,000 stories the file holds some 40 MB of text.
  if (recordsCache && (changed || next.size !== cached.size)) writeCacheFile(recordsCache, RECORDS_CACHE_VERSION, next);

  const authorsDir = path.join(contentDir, 'authors');
  const names = new Map<string, string>();
  for (const relative of listContentFiles(authorsDir, AUTHOR_EXTENSIONS)) {
    const parsed = parseYaml(relative, fs.readFileSync(path.join(authorsDir, relative), 'utf8'), 1);
    const author = 'data' in parsed ? schemas.authors.safeParse(parsed.data) : undefined;
    if (author?.success) names.set(entryId(relative), author.data.name);
  }
  return publishedArticles(stories.map((data) => ({ data })), now)
    .map(({ data: s }) =>
      searchRecord(
        { url: s.url, headline: s.headline, section: s.section, tags: s.tags, authors: s.authorIds.map((id) => names.get(id) ?? id), published: s.published.date, timeZone: s.timeZone },
        s.standfirst,
        s.text,
      ),
    )
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
