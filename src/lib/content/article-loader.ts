/**
 * The articles collection's loader (Astro's content loader API), in place of the `glob` loader. Runs in Astro's
 * content sync, in Node, at build and in `astro dev`.
 *
 * It stores each story's record as the reader made it (`{ id, data, filePath, digest }`, the data validated and
 * enriched by the story schema once, when the file changed: story-record.ts), and not the rendered body:
 * the body was most of each entry, and Astro serialises the whole store on every save and compiles it into the
 * server bundle as one string, which at 100,000 stories passed V8's string limit (docs/performance.md). The article
 * page renders its own body from the file (src/lib/article/body.ts).
 *
 * A file is read and parsed only when its digest differs from the stored entry's (and, through the reader's scan
 * cache, only when its size, time or inode changed); every entry is then set in one synchronous loop, so Astro's
 * debounced save runs once, not once per batch of entries.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ARTICLE_EXTENSIONS, entryId, inUpdatesFolder, readStories, type StoryRecord } from './reader.ts';

type Options = {
  /** The articles folder. */
  base: string;
  /** The reader's scan cache, shared with the content check and config time. */
  cacheFile?: string;
};

/** How long a saved file must be left alone before `astro dev` reads it. */
const SAVE_SETTLE_MS = 150;

/** What one article file becomes in a collection; undefined when it has no entry there. */
type EntryOf = (
  source: StoryRecord,
  context: LoaderContext,
) => Promise<{ id: string; data: Record<string, unknown> } | undefined>;

/**
 * A loader with one entry per article file (at most), made by `entryOf`, which is called only for files whose
 * digest changed since the stored entry.
 */
function perArticleLoader(name: string, { base, cacheFile }: Options, entryOf: EntryOf): Loader {
  return {
    name,
    async load(context) {
      const { store, config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const load = async (source: StoryRecord) => {
        const entry = await entryOf(source, context);
        return (
          entry && {
            ...entry,
            filePath: path.relative(root, source.path).split(path.sep).join('/'),
            digest: source.digest,
          }
        );
      };

      const sources = readStories(base, { cacheFile });
      const kept = new Set<string>();
      const changed: StoryRecord[] = [];
      for (const s of sources) {
        if (store.get(s.id)?.digest === s.digest) kept.add(s.id);
        else changed.push(s);
      }
      const entries = (await Promise.all(changed.map(load))).filter((e) => e !== undefined);
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      for (const entry of entries) store.set(entry);
      if (entries.length > 0)
        logger.info(`${entries.length} entries set, ${kept.size} unchanged, of ${sources.length} article files`);

      if (!watcher) return;
      // `astro dev`: a saved story reloads its entry, and Astro reloads the page.
      watcher.add(base);
      const isArticle = (file: string) =>
        ARTICLE_EXTENSIONS.includes(path.extname(file)) &&
        !path.basename(file).startsWith('_') &&
        !path.relative(base, file).startsWith('..') &&
        // A live update is not a story: the updates loader (update-loader.ts) reads it.
        !inUpdatesFolder(path.relative(base, file));
      // An editor's save often truncates the file and then writes it, within one millisecond: the watcher reports the
      // empty file and then nothing more (the time has not changed). So a file is read once it has been quiet a while.
      const pending = new Map<string, NodeJS.Timeout>();
      const reload = (file: string) => {
        if (!isArticle(file)) return;
        clearTimeout(pending.get(file));
        pending.set(
          file,
          setTimeout(() => {
            pending.delete(file);
            void reloadNow(file);
          }, SAVE_SETTLE_MS),
        );
      };
      const reloadNow = async (file: string) => {
        const source = readStories(base, { cacheFile }).find((s) => s.path === file);
        if (!source) return;
        try {
          const entry = await load(source);
          if (entry) store.set(entry);
          else store.delete(source.id);
          logger.info(`Reloaded ${path.relative(base, file)}`);
        } catch (error) {
          logger.error(`Could not reload ${path.relative(base, file)}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (file) => {
        if (isArticle(file)) store.delete(entryId(path.relative(base, file)));
      });
    },
  };
}

/** The articles: each story's record, which the content check has already passed. */
export function articleLoader(options: Options): Loader {
  return perArticleLoader('gazette-articles', options, async (source) => {
    // The content check runs first and names every problem by file and field; a build that skipped it stops here.
    if (!source.story) {
      const why = source.problem ?? source.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
      throw new Error(`${source.file}: ${why} (npm run check:content names every problem)`);
    }
    return { id: source.id, data: source.story };
  });
}

/**
 * The images of every story that has one, under the story's id, through the schema's `image()`: its main image and
 * the photos in its body.
 */
export function articleImageLoader(options: Options): Loader {
  return perArticleLoader('gazette-article-images', options, async (source, { parseData }) => {
    const src = source.story?.image?.src;
    const body = source.bodyImages;
    if (!src && body.length === 0) return undefined;
    const data = { ...(src && { src }), ...(body.length > 0 && { body: body.map((path) => ({ path, src: path })) }) };
    return { id: source.id, data: await parseData({ id: source.id, data, filePath: source.path }) };
  });
}
