/**
 * The reader's half for live coverage: a live story's updates are the Markdown files in a folder beside it, named
 * after it ("2026/quake.md" has "2026/quake.updates/*.md"), never stories (reader.ts's listContentFiles leaves them
 * out). Each is read into its record (update-record.ts) through a scan cache of its own, as stories are. Plain Node:
 * the updates loader, the content check, the sitemap and the search records read updates here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_EXTENSIONS, entryId, inUpdatesFolder, listFiles, scanFiles } from './reader.ts';
import { UPDATES_SUFFIX } from './schema/update.ts';
import { type UpdateContent, type UpdateRecord, updateContent } from './update-record.ts';

export type { UpdateRecord };

/**
 * Every update file under the articles folder `dir`: the Markdown files in a folder whose name ends in ".updates",
 * relative to `dir` and sorted. Those deeper inside such a folder are listed too, for the content check to refuse.
 */
export function listUpdateFiles(dir: string): string[] {
  return listFiles(dir, ARTICLE_EXTENSIONS).filter(inUpdatesFolder);
}

/**
 * Where an update file belongs: its story's entry id and its own id ("2026/quake.updates/0815.md" is update "0815" of
 * "2026/quake"), or undefined when it is not directly inside an updates folder.
 */
export function updateOwner(relativePath: string): { story: string; id: string } | undefined {
  const parts = relativePath.split(/[\\/]/);
  const folder = parts.at(-2);
  if (!folder?.endsWith(UPDATES_SUFFIX) || parts.slice(0, -2).some((p) => p.endsWith(UPDATES_SUFFIX))) return undefined;
  return {
    story: [...parts.slice(0, -2), folder.slice(0, -UPDATES_SUFFIX.length)].join('/'),
    id: entryId(parts.at(-1)!),
  };
}

/**
 * Every live update under the articles folder `dir`, in file order, as its record (update-record.ts), through
 * `cacheFile` as `readStories` reads stories. A file deeper inside an updates folder than its top level has no record
 * (the content check names it: `strayUpdateFiles`).
 */
export function readLiveUpdates(
  dir: string,
  { cacheFile, cwd = process.cwd() }: { cacheFile?: string; cwd?: string } = {},
): UpdateRecord[] {
  const files = listUpdateFiles(dir).filter((f) => updateOwner(f));
  return scanFiles<UpdateContent>(dir, files, updateContent, cacheFile).map(({ relative, full, digest, content }) => ({
    ...content,
    path: full,
    file: path.relative(cwd, full),
    ...updateOwner(relative)!,
    digest,
  }));
}

/** Files inside an updates folder but not at its top level, which are no update (relative to the working directory). */
export function strayUpdateFiles(dir: string, cwd = process.cwd()): string[] {
  return listUpdateFiles(dir)
    .filter((f) => !updateOwner(f))
    .map((f) => path.relative(cwd, path.join(dir, f)));
}

/** The updates folders under the articles folder `dir` (relative to it), whether or not they hold any update. */
export function listUpdateFolders(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.endsWith(UPDATES_SUFFIX))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f.split('/').filter((part) => part.endsWith(UPDATES_SUFFIX)).length === 1)
    .sort();
}
