/**
 * The front page collection's loader: one entry, "front", from content/front.yaml read through the one reader,
 * or none when the tree has no such file (then nothing is pinned). Runs in Astro's content sync, at build and in
 * `astro dev`, where saving the file reloads the front page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYaml } from './frontmatter.ts';
import { FRONT_PAGE_FILE, readFrontPageFile } from './reader.ts';

/** The one entry's id: getEntry('frontPage', FRONT_PAGE_ENTRY). */
export const FRONT_PAGE_ENTRY = 'front';

export function frontPageLoader({ root }: { root: string }): Loader {
  return {
    name: 'gazette-front-page',
    async load({ store, parseData, watcher, logger, config }) {
      const sync = async () => {
        const source = readFrontPageFile(root);
        if (!source) return store.clear();
        if (store.get(FRONT_PAGE_ENTRY)?.digest === source.digest) return;
        // Broken YAML reaches the schema as {}; the content check has already said where it breaks, naming the file.
        const parsed = parseYaml(source.file, source.text, 1, 'the file');
        const yaml =
          'data' in parsed && parsed.data && typeof parsed.data === 'object'
            ? (parsed.data as Record<string, unknown>)
            : {};
        const data = await parseData({ id: FRONT_PAGE_ENTRY, data: yaml, filePath: source.path });
        store.set({
          id: FRONT_PAGE_ENTRY,
          data,
          digest: source.digest,
          filePath: path.relative(fileURLToPath(config.root), source.path).split(path.sep).join('/'),
        });
      };
      await sync();
      if (!watcher) return;
      const file = path.join(root, FRONT_PAGE_FILE);
      watcher.add(file);
      const reload = (changed: string) => {
        if (changed !== file) return;
        sync().catch((error: Error) => logger.error(`Could not reload ${FRONT_PAGE_FILE}: ${error.message}`));
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}
