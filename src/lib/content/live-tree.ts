/**
 * Live coverage as the content check sees it on disk: every update checked on its own (they are few, and cheap), the
 * updates folders, and the files in a folder that is not a story's. check.ts's `checkLive` then checks them with their
 * stories. Shared by `npm run check:content` and the warm publisher's check. Plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import { updateScanCache } from '../incremental/cache-dir.ts';
import type { LiveTree } from './check.ts';
import { checkUpdate } from './live-check.ts';
import { UPDATES_SUFFIX } from './schema/update.ts';
import { listUpdateFolders, readLiveUpdates, strayUpdateFiles } from './update-reader.ts';

/** The live tree under `articlesDir` at the clock `now`; `storyIds` are the stories' entry ids. */
export function readLiveTree(articlesDir: string, storyIds: Set<string>, now: Date): LiveTree {
  const shown = path.relative(process.cwd(), articlesDir);
  return {
    updates: readLiveUpdates(articlesDir, { cacheFile: updateScanCache() }).map((u) =>
      checkUpdate(u, fs.readFileSync(u.path, 'utf8'), now),
    ),
    folders: listUpdateFolders(articlesDir).map((folder) => ({
      file: path.join(shown, folder),
      story: folder.slice(0, -UPDATES_SUFFIX.length),
    })),
    storyIds,
    strays: strayUpdateFiles(articlesDir),
  };
}
