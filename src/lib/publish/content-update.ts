/**
 * Brings the pages' content store up to date after a save, through Astro's own loader code path: every collection's
 * loader (Gazette's, and Astro's `glob`) runs again as the content layer runs it, with the same context (the
 * collection's schema through Astro's `getEntryData`, its digest function, its Markdown renderer), but writing into
 * the store the pages read (bundle-hooks.ts). Each loader skips what it already holds by digest, so a save costs
 * the files it changed. The content layer's own copy of the store, which only the next build reads, is left to that
 * build. Plain Node, in the warm publisher's process after Astro's build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroDependency, astroInternal } from './astro-internals.ts';
import type { PagesStore } from './bundle-hooks.ts';
import { type Entry, imageImports, loaderLogger, markdownRenderer, type Settings } from './loader-context.ts';

type ScopedStore = {
  set(entry: Entry): boolean;
  delete(id: string): void;
  clear(): void;
} & Record<string, unknown>;
type DataStore = {
  _collections: PagesStore;
  scopedStore(name: string): ScopedStore;
  metaStore(name: string): unknown;
};
type Collection = {
  type?: string;
  schema?: unknown;
  loader?: {
    name?: string;
    load?: (context: unknown) => Promise<void>;
    schema?: unknown;
    createSchema?: () => Promise<{ schema: unknown }>;
  };
};
/**
 * What one update changed: entry ids by collection, image files the pages' bundle has no import for, and whether any
 * entry's data changed (false when every change kept its entry's data and only its digest moved: a story's body).
 */
export type ContentChange = { changed: Map<string, Set<string>>; newImages: string[]; dataChanged: boolean };

type Internals = {
  MutableDataStore: new () => DataStore;
  getEntryData: (entry: unknown, collection: unknown, emit: boolean) => Promise<unknown>;
  getEntryConfigByExtMap: (types: unknown[]) => unknown;
  devalue: { stringify(value: unknown): string; parse(text: string): unknown };
  digest: (data: unknown) => string;
};

export class ContentUpdate {
  private readonly settings: Settings;
  private readonly store: PagesStore;
  private readonly collections: Record<string, Collection>;
  private readonly internals: Internals;
  /** The images the pages' bundle was built with. */
  private readonly known: Set<string>;

  private constructor(
    settings: Settings,
    store: PagesStore,
    collections: Record<string, Collection>,
    internals: Internals,
  ) {
    this.settings = settings;
    this.store = store;
    this.collections = collections;
    this.internals = internals;
    this.known = imageImports(store);
  }

  static async create(settings: Settings, store: PagesStore): Promise<ContentUpdate> {
    const utils = await astroInternal<{
      globalContentConfigObserver: { get(): { status: string; config?: { collections: Record<string, Collection> } } };
      getEntryData: (entry: unknown, collection: unknown, emit: boolean) => Promise<unknown>;
      getEntryConfigByExtMap: (types: unknown[]) => unknown;
    }>('content/utils.js');
    const contentConfig = utils.globalContentConfigObserver.get();
    if (contentConfig.status !== 'loaded' || !contentConfig.config) {
      throw new Error(
        `the content config is not loaded (status "${contentConfig.status}", astro/dist/content/utils.js)`,
      );
    }
    const { MutableDataStore } = await astroInternal<{ MutableDataStore: new () => DataStore }>(
      'content/mutable-data-store.js',
    );
    const devalue = await astroDependency<{ stringify(value: unknown): string; parse(text: string): unknown }>(
      'devalue',
    );
    const xxhash = await astroDependency<{ default: () => Promise<{ h64ToString(text: string): string }> }>(
      'xxhash-wasm',
    );
    const { h64ToString } = await xxhash.default();
    // As the content layer makes it (content-layer.js, #getGenerateDigest).
    const digest = (data: unknown) => h64ToString(typeof data === 'string' ? data : JSON.stringify(data));
    // The content layer is not needed after the build (its store is the one the next build reads from disk).
    const { globalContentLayer } = await astroInternal<{ globalContentLayer: { dispose(): void } }>(
      'content/instance.js',
    );
    globalContentLayer.dispose();
    return new ContentUpdate(settings, store, contentConfig.config.collections, {
      MutableDataStore,
      getEntryData: utils.getEntryData,
      getEntryConfigByExtMap: utils.getEntryConfigByExtMap,
      devalue,
      digest,
    });
  }

  /** Runs every collection's loader against the pages' store; returns what changed. */
  async update(): Promise<ContentChange> {
    const data = new this.internals.MutableDataStore();
    data._collections = this.store;
    const changed = new Map<string, Set<string>>();
    /** The data each changed entry had before (undefined: it is new), to tell a body's change from any other. */
    const before = new Map<string, string | undefined>();
    const { devalue } = this.internals;
    const dataOf = (entry: Entry | undefined) =>
      entry && devalue.stringify([entry.data, entry.filePath ?? null, entry.assetImports ?? null]);
    const renderMarkdown = markdownRenderer(this.settings.config);
    for (const [name, collection] of Object.entries(this.collections)) {
      if (collection.type !== 'content_layer' || typeof collection.loader?.load !== 'function') continue;
      const ids = new Set<string>();
      changed.set(name, ids);
      const scoped = data.scopedStore(name);
      const store: ScopedStore = {
        ...scoped,
        set: (entry) => {
          const id = String(entry.id);
          const old = this.store.get(name)?.get(id) as Entry | undefined;
          const set = scoped.set(entry);
          if (set) {
            ids.add(id);
            if (!before.has(`${name}\0${id}`)) before.set(`${name}\0${id}`, dataOf(old));
          }
          return set;
        },
        // A loader may delete an entry before setting it again (Gazette's does, for a changed file): what counts is
        // the entry it had before the first of these.
        delete: (id) => {
          const old = this.store.get(name)?.get(String(id)) as Entry | undefined;
          if (old) {
            ids.add(String(id));
            if (!before.has(`${name}\0${id}`)) before.set(`${name}\0${id}`, dataOf(old));
          }
          scoped.delete(id);
        },
        clear: () => {
          for (const [id, old] of this.store.get(name) ?? []) {
            ids.add(id);
            if (!before.has(`${name}\0${id}`)) before.set(`${name}\0${id}`, dataOf(old as Entry));
          }
          scoped.clear();
        },
      };
      let schema = collection.schema;
      if (!schema && typeof collection.loader === 'object') {
        schema = collection.loader.schema ?? (await collection.loader.createSchema?.())?.schema;
      }
      await collection.loader.load({
        collection: name,
        store,
        meta: data.metaStore(name),
        logger: loaderLogger(collection.loader.name ?? name),
        config: this.settings.config,
        parseData: ({ id, data: unvalidatedData, filePath = '' }: { id: string; data: unknown; filePath?: string }) =>
          this.internals.getEntryData(
            { id, collection: name, unvalidatedData, _internal: { rawData: undefined, filePath } },
            { ...collection, schema },
            false,
          ),
        renderMarkdown,
        generateDigest: this.internals.digest,
        watcher: undefined,
        refreshContextData: undefined,
        entryTypes: this.internals.getEntryConfigByExtMap([
          ...this.settings.contentEntryTypes,
          ...this.settings.dataEntryTypes,
        ]),
      });
    }
    // The pages read what the build compiled in, which went through devalue: so do the entries set now.
    let dataChanged = false;
    for (const [name, ids] of changed) {
      const entries = this.store.get(name);
      for (const id of ids) {
        const entry = entries?.get(id);
        if (entry) entries!.set(id, devalue.parse(devalue.stringify(entry)) as Entry);
        const old = before.get(`${name}\0${id}`);
        // New, gone, or set with other data.
        if (old === undefined || !entry || old !== dataOf(entry as Entry)) dataChanged = true;
      }
    }
    const newImages = [...imageImports(this.store, changed)].filter((image) => !this.known.has(image));
    return { changed, newImages: newImages.map((image) => image.split('\0').join(' → ')), dataChanged };
  }

  /** Every image file an entry imports now, by absolute path. */
  importedFiles(): Set<string> {
    const root = fileURLToPath(this.settings.config.root);
    const files = new Set<string>();
    for (const entries of this.store.values()) {
      for (const entry of entries.values()) {
        const { assetImports, filePath } = entry as Entry;
        for (const image of assetImports ?? []) files.add(path.resolve(root, path.dirname(filePath ?? ''), image));
      }
    }
    return files;
  }
}
