/**
 * Watches a folder and every folder inside it, one watch per folder, for the warm publisher's supervisor
 * (scripts/publish.ts). Node's own recursive watch on Linux also keeps a record of every file beneath it: 44 MB of the
 * publisher's resident memory at 10,000 stories (docs/performance.md, "The warm publisher (issue 34)"). Plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Reports each change by its absolute path. A folder that appears is watched, and each file already in it reported. */
export function watchFolders(root: string, onChange: (file: string) => void): () => void {
  const watchers = new Map<string, fs.FSWatcher>();
  const forget = (dir: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(`${dir}${path.sep}`)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };
  const watch = (dir: string, reportFiles: boolean) => {
    if (watchers.has(dir)) return;
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(dir, (_event, name) => {
        const file = name ? path.join(dir, name.toString()) : dir;
        if (!fs.existsSync(dir)) forget(dir);
        else if (name && isFolder(file)) watch(file, true);
        else if (name && watchers.has(file)) forget(file);
        onChange(file);
      });
    } catch {
      return;
    }
    watcher.on('error', () => {
      forget(dir);
      onChange(dir);
    });
    watchers.set(dir, watcher);
    // Files written before this folder's watch began (a folder moved in, or made and filled at once) are changes too.
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) watch(child, reportFiles);
      else if (reportFiles) onChange(child);
    }
  };
  watch(root, false);
  return () => forget(root);
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
