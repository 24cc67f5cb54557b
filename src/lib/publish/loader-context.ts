/**
 * What the warm publisher hands a collection's loader besides its store, made as Astro's content layer makes it
 * (astro/dist/content/content-layer.js): its Markdown renderer and its logger; and which images the entries import,
 * which the pages' bundle can show only when it was built with them. Plain Node.
 */
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { PagesStore } from './bundle-hooks.ts';

export type Entry = Record<string, unknown> & { id?: string; filePath?: string; assetImports?: string[] };

export type Settings = {
  config: {
    root: URL;
    image: unknown;
    markdown: {
      processor: {
        createRenderer(options: unknown): Promise<{
          render(
            body: string,
            options: unknown,
          ): Promise<{
            code: string;
            metadata: Record<string, unknown> & { localImagePaths?: string[]; remoteImagePaths?: string[] };
          }>;
        }>;
      };
    } & Record<string, unknown>;
  } & Record<string, unknown>;
  contentEntryTypes: unknown[];
  dataEntryTypes: unknown[];
};

/** Markdown as the content layer renders it for a loader (content-layer.js, #processMarkdown). */
export function markdownRenderer(config: Settings['config']) {
  let renderer: ReturnType<Settings['config']['markdown']['processor']['createRenderer']> | undefined;
  const { markdown, image } = config;
  return async (content: string, options?: { fileURL?: URL }) => {
    renderer ??= markdown.processor.createRenderer({
      image,
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: markdown.gfm,
      smartypants: markdown.smartypants,
    });
    const { frontmatter, content: body } = parseFrontmatter(content);
    const { code, metadata } = await (await renderer).render(body, { frontmatter, fileURL: options?.fileURL });
    return {
      html: code,
      metadata: { ...metadata, imagePaths: (metadata.localImagePaths ?? []).concat(metadata.remoteImagePaths ?? []) },
    };
  };
}

/**
 * Every image an entry imports, as "<entry file>\0<import>", in the collections and entries given (all by default):
 * the pages' bundle can show only the images it was built with.
 */
export function imageImports(store: PagesStore, only?: Map<string, Set<string>>): Set<string> {
  const found = new Set<string>();
  for (const [name, entries] of store) {
    const ids = only?.get(name);
    if (only && !ids) continue;
    for (const [id, entry] of entries) {
      if (ids && !ids.has(id)) continue;
      const { assetImports, filePath } = entry as Entry;
      for (const image of assetImports ?? []) found.add(`${path.normalize(filePath ?? '')}\0${image}`);
    }
  }
  return found;
}

/** A loader's logger: its warnings and errors are printed, its progress is not. */
export function loaderLogger(label: string) {
  const logger = {
    label,
    options: {},
    info: () => undefined,
    debug: () => undefined,
    warn: (message: string) => console.warn(`[${label}] ${message}`),
    error: (message: string) => console.error(`[${label}] ${message}`),
    fork: (name: string) => loaderLogger(name),
  };
  return logger;
}
