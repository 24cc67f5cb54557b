/**
 * Every published story's search record, from the content tree: the same stories, in the same order, whatever the
 * build before it did, so an incremental build writes the same index as a clean one. Plain Node (site-index.ts).
 * `searchStories` is the cheap part, what each record is made of and its digest, which says which bundles changed
 * (bundles.ts); `recordsOf` makes the records of the stories given.
 *
 * A story's facts are its record's (src/lib/content/story-record.ts, through the reader's scan cache). Its words come
 * from rendering its body, the costly part: they are kept one file per story under `wordsDir`,
 * named by the story file's digest, so a build after one edit renders one body. Records are made one at a time, in
 * URL order, and handed on as they are made: at 100,000 stories their words are hundreds of megabytes, which need not
 * all be in memory at once (docs/performance.md, "Figures behind the code's comments"). Bylines are looked up afresh each time: renaming an author changes no story file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Publication, publishedArticles } from '../content/publication.ts';
import { parseYaml } from '../content/frontmatter.ts';
import { AUTHOR_EXTENSIONS, entryId, listContentFiles, readArticleBody, readStories } from '../content/reader.ts';
import { readLiveUpdates } from '../content/update-reader.ts';
import { pageOfIndex, shownUpdates, updateHref } from '../live/coverage.ts';
import { firstSentence } from '../live/text.ts';
import { authorSchema } from '../content/schema/collections.ts';
import { language } from '../i18n/language.ts';
import { siteSettings } from '../site/settings.ts';
import { withBase } from '../site/url.ts';
import { stableHash } from '../incremental/stable-hash.ts';
import type { BundledStory } from './bundles.ts';
import { bodyText, type SearchFacts, type SearchRecord, searchRecord } from './records.ts';

export type RecordOptions = {
  /** The content tree (GAZETTE_CONTENT_DIR). */
  contentDir: string;
  /** The build's clock and rules (src/lib/content/publication.ts): which stories are published. */
  publication: Publication;
  /** The reader's scan cache, which holds each story's record. */
  scanCache?: string;
  /** The reader's scan cache for live updates. */
  updateScanCache?: string;
  /** This module's own cache: each story's words in a folder of files by digest. */
  wordsDir?: string;
};

/**
 * The words of the story or live update in `source`, from the folder when they are there, rendered (and kept) when
 * not.
 */
async function wordsOf(source: { path: string; digest: string }, wordsDir: string | undefined): Promise<string> {
  const file = wordsDir && path.join(wordsDir, source.digest.slice(0, 2), `${source.digest}.txt`);
  if (file && fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  // Loaded only when a body must be rendered: the Markdown pipeline is tens of megabytes of an indexer that, in the
  // warm publisher, runs beside the resident worker and mostly reads words it kept.
  const { markdownToHtml } = await import('../article/markdown.ts');
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

function authorNames(contentDir: string): Map<string, string> {
  const authorsDir = path.join(contentDir, 'authors');
  const names = new Map<string, string>();
  for (const relative of listContentFiles(authorsDir, AUTHOR_EXTENSIONS)) {
    const parsed = parseYaml(relative, fs.readFileSync(path.join(authorsDir, relative), 'utf8'), 1);
    const author = 'data' in parsed ? authorSchema.safeParse(parsed.data) : undefined;
    if (author?.success) names.set(entryId(relative), author.data.name);
  }
  return names;
}

/** A published story as the index sees it: its facts, its bylines' names, and the updates shown at the build's clock. */
export type SearchStory = BundledStory & {
  source: { path: string; digest: string };
  facts: SearchFacts;
  standfirst: string;
  live: {
    record: { path: string; digest: string };
    id: string;
    headline?: string;
    authors: string[];
    published: Date;
    page: number;
  }[];
};

/**
 * Published stories, in URL order, with what their records are made of but not their words: cheap, so a publish can
 * tell which bundles (src/lib/search/bundles.ts) changed before it renders anything. After a live story come its
 * updates shown at the build's clock, newest first: each is a record of its own whose URL is the update's anchor on
 * the page it is on now (src/lib/live/coverage.ts), so a word only one update has finds that update. A story or an
 * update the schema refuses is left out: the content check, which runs beside the indexer, fails the build for it.
 * Unless `keepWords` is false, the words of stories no longer in the tree are dropped from `wordsDir`.
 */
export function searchStories({
  contentDir,
  publication,
  scanCache,
  updateScanCache,
  wordsDir,
}: RecordOptions): SearchStory[] {
  const found = readStories(path.join(contentDir, 'articles'), { cacheFile: scanCache }).flatMap((source) =>
    // Percent-encoded, as every link is (a slug may be in any script): the reader's browser follows it as it is.
    source.story ? [{ source, data: source.story, url: withBase('/', source.story.permalink) }] : [],
  );
  const names = authorNames(contentDir);
  const published = publishedArticles(found, publication).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const site = siteSettings({ GAZETTE_CONTENT_DIR: contentDir });
  const updates = readLiveUpdates(path.join(contentDir, 'articles'), { cacheFile: updateScanCache });
  const updatesOf = new Map<string, typeof updates>();
  for (const u of updates) updatesOf.set(u.story, [...(updatesOf.get(u.story) ?? []), u]);
  const editions = new Set(site.languages.map((tag) => language(tag).base));
  if (wordsDir) pruneWords(wordsDir, new Set([...found.map((f) => f.source.digest), ...updates.map((u) => u.digest)]));
  return published.map(({ source, data: s, url }) => {
    const lang = language(s.lang ?? site.language);
    // A story in a language with an edition of its own is searched there; any other from the main edition's page.
    const index = editions.has(lang.base) ? lang.searchLanguage : language(site.language).searchLanguage;
    const facts: SearchFacts = {
      lang: lang.tag,
      index,
      url,
      headline: s.headline,
      section: s.section,
      tags: s.tags,
      authors: s.author.map((id) => names.get(id) ?? id),
      published: s.published.date,
      timeZone: s.timeZone,
    };
    const timed = s.live
      ? (updatesOf.get(source.id) ?? []).flatMap((u) =>
          u.update ? [{ record: u, update: u.update, id: u.id, published: u.update.published.date }] : [],
        )
      : [];
    const live = shownUpdates(timed, publication.now).map(({ record, update, id, published }, i) => ({
      record: { path: record.path, digest: record.digest },
      id,
      headline: update.headline,
      authors: update.author.map((a) => names.get(a) ?? a),
      published,
      page: pageOfIndex(i),
    }));
    return {
      url,
      index,
      source: { path: source.path, digest: source.digest },
      facts,
      standfirst: s.standfirst,
      live,
      digest: stableHash([source.digest, facts, live]),
    };
  });
}

/** The records of `stories`, one at a time, each story's words from the folder or rendered (and kept there). */
export async function* recordsOf(stories: Iterable<SearchStory>, wordsDir?: string): AsyncGenerator<SearchRecord> {
  for (const { source, facts, standfirst, live } of stories) {
    yield searchRecord(facts, standfirst, await wordsOf(source, wordsDir));
    for (const update of live) {
      const words = await wordsOf(update.record, wordsDir);
      const title = update.headline ?? firstSentence(words, facts.lang);
      yield searchRecord(
        {
          ...facts,
          url: updateHref(facts.url, update.page, update.id),
          headline: `${facts.headline}: ${title}`,
          authors: update.authors,
          published: update.published,
        },
        '',
        words,
      );
    }
  }
}

/** Every published story's records, in URL order (searchStories), one at a time. */
export function storyRecords(options: RecordOptions): AsyncGenerator<SearchRecord> {
  return recordsOf(searchStories(options), options.wordsDir);
}
