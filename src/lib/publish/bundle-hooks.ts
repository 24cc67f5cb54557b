/**
 * Node module hooks for Astro's prerender bundle in the warm publisher's process, registered before Astro's build
 * loads it. Nothing in the build's output changes; they only change how this process loads it.
 *
 * - **The pages' content store, held where the publisher can update it.** Astro compiles the store into the bundle as
 *   one module (`astro:data-layer-content`, `export default JSON.parse("…")`), and the pages' runtime turns it into a
 *   Map of collections on first use; when the module's default export is already a Map, the runtime uses that very
 *   Map (astro/dist/content/data-store.js). So the chunk is served as the same data unflattened into a Map, and the
 *   Map is kept: an entry set there is what the pages read on their next render.
 * - **The bundle's chunks, found after Astro deletes them.** Astro removes the bundle's folder at the end of the
 *   build. The publisher loads every chunk before that (src/integrations/warm-publisher.ts), but Node checks that a
 *   file exists each time a new `import()` is resolved; a chunk's relative import is resolved here without that check,
 *   to the module already loaded.
 * Plain Node.
 */
import fs from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const STORE = Symbol.for('gazette.publisher.dataStore');
const PARSED = Symbol.for('gazette.publisher.parsedStore');
const ORIGINAL = 'gazette-publisher-original';
/** The chunk Rolldown writes for the virtual module astro:data-layer-content (INTERNAL_FACTS in astro-internals.ts). */
const DATA_STORE_CHUNK = /\/\.prerender\/chunks\/_astro_data-layer-content_[^/?]*\.mjs$/;
const IN_BUNDLE = '/.prerender/';

/** collection → entry id → entry, as the pages' runtime reads it. */
export type PagesStore = Map<string, Map<string, Record<string, unknown>>>;

let registered = false;

/** Registers both hooks; call before Astro's build loads its prerender bundle. */
export function holdPrerenderBundle(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, next) {
      const parent = context.parentURL;
      if (parent?.includes(IN_BUNDLE) && (specifier.startsWith('./') || specifier.startsWith('../'))) {
        return { url: new URL(specifier, parent).href, format: 'module', shortCircuit: true };
      }
      return next(specifier, context);
    },
    load(url, context, next) {
      if (!DATA_STORE_CHUNK.test(url)) return next(url, context);
      const parsed = storeData(url);
      (globalThis as Record<symbol, unknown>)[PARSED] = parsed;
      return {
        format: 'module',
        shortCircuit: true,
        source: [
          parsed === undefined
            ? `import data from ${JSON.stringify(`${url}?${ORIGINAL}`)};`
            : `const data = globalThis[Symbol.for('gazette.publisher.parsedStore')];`,
          `delete globalThis[Symbol.for('gazette.publisher.parsedStore')];`,
          `import { unflatten } from 'devalue';`,
          // The same conversion the runtime makes of a flattened store (ImmutableDataStore.fromModule).
          `const store = data instanceof Map ? data : Array.isArray(data) ? unflatten(data) : undefined;`,
          // The flattened copy is read once; emptied, it does not sit beside the store for as long as the process runs.
          `if (Array.isArray(data)) data.length = 0;`,
          `if (store) globalThis[Symbol.for('gazette.publisher.dataStore')] = store;`,
          `export default store ?? data;`,
        ].join('\n'),
      };
    },
  });
}

/**
 * The store the chunk holds, parsed here rather than by loading the chunk as a module: a module is never unloaded, and
 * its source and the store's text in it (compiled as a string literal) stayed in memory for as long as the publisher
 * ran: at 10,000 stories the worker held 1,264 MB after a first build that rendered every page, and 834 MB without
 * them (docs/performance.md, "The warm publisher (issue 34)"). The chunk is
 * `JSON.parse("…")` of the store's JSON (astro/dist/content/vite-plugin-content-virtual-mod.js); undefined when it is
 * not, and the chunk is then loaded as it is.
 */
function storeData(url: string): unknown {
  try {
    const source = fs.readFileSync(fileURLToPath(url), 'utf8');
    const start = source.indexOf('JSON.parse("');
    const end = source.lastIndexOf('")');
    if (start < 0 || end < start) return undefined;
    return JSON.parse(JSON.parse(source.slice(start + 'JSON.parse('.length, end + 1)) as string);
  } catch {
    return undefined;
  }
}

/** The pages' store once their bundle has loaded it; undefined when the hook never saw it (Astro changed). */
export function pagesStore(): PagesStore | undefined {
  const store = (globalThis as { [STORE]?: unknown })[STORE];
  return store instanceof Map ? (store as PagesStore) : undefined;
}
