/**
 * The live updates collection's loader (Astro's content loader API): one entry per update file in a live story's
 * updates folder, under "<story id>/<update id>", holding the update's record as the reader made it (validated by
 * the update schema once, when the file changed: update-record.ts), and not its rendered body, which the page renders
 * from the file. Runs in Astro's content sync, in Node, at build and in `astro dev`, where a saved update reloads.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ARTICLE_EXTENSIONS, inUpdatesFolder } from './reader.ts';
import { readLiveUpdates, type UpdateRecord } from './update-reader.ts';

type Options = {
  /** The articles folder, whose stories' updates folders are read. */
  base: string;
  /** The reader's scan cache for updates, shared with the content check and config time. */
  cacheFile?: string;
};

/** How long a saved file must be left alone before `astro dev` reads it (as the articles loader waits). */
const SAVE_SETTLE_MS = 150;

export const updateEntryId = (record: Pick<UpdateRecord, 'story' | 'id'>) => `${record.story}/${record.id}`;

export function updateLoader({ base, cacheFile }: Options): Loader {
  return {
    name: 'gazette-live-updates',
    async load({ store, config, logger, watcher }) {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const records = readLiveUpdates(base, { cacheFile });
        const seen = new Set<string>();
        let set = 0;
        for (const record of records) {
          const id = updateEntryId(record);
          seen.add(id);
          if (store.get(id)?.digest === record.digest) continue;
          // The content check runs first and names every problem by file and field; a build that skipped it stops here.
          if (!record.update) {
            const why = record.problem ?? record.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
            throw new Error(`${record.file}: ${why} (npm run check:content names every problem)`);
          }
          store.set({
            id,
            data: { ...record.update, story: record.story, update: record.id },
            filePath: path.relative(root, record.path).split(path.sep).join('/'),
            digest: record.digest,
          });
          set++;
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        if (set > 0) logger.info(`${set} live updates set, of ${records.length}`);
      };
      sync();

      if (!watcher) return;
      // `astro dev`: a saved, added or deleted update reloads the collection once the file has been quiet a while.
      watcher.add(base);
      const isUpdate = (file: string) =>
        ARTICLE_EXTENSIONS.includes(path.extname(file)) &&
        !path.relative(base, file).startsWith('..') &&
        inUpdatesFolder(path.relative(base, file));
      let pending: NodeJS.Timeout | undefined;
      const reload = (file: string) => {
        if (!isUpdate(file)) return;
        clearTimeout(pending);
        pending = setTimeout(() => {
          try {
            sync();
            logger.info(`Reloaded live updates (${path.relative(base, file)})`);
          } catch (error) {
            logger.error(`Could not reload ${path.relative(base, file)}: ${(error as Error).message}`);
          }
        }, SAVE_SETTLE_MS);
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}
