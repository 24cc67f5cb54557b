/**
 * Every part of Astro the warm publisher relies on that is not public API, in one place. Astro is pinned to the
 * version below in package.json (no caret), and `checkAstroInternals()` names the internal an upgrade moved or
 * changed: the publisher refuses to run warm without it, and tests/unit/publish/astro-internals.test.ts fails with its
 * name. docs/decisions/048-warm-publisher.md says why each one is needed. Plain Node, in the publisher's process.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Astro version these internals were read in. */
export const PINNED_ASTRO = '7.3.5';

const astroRequire = createRequire(path.join(process.cwd(), 'package.json'));
/** Astro's package folder, as this project installed it. */
export const astroPackageDir = path.dirname(astroRequire.resolve('astro/package.json'));
const astroDist = (file: string) => path.join(astroPackageDir, 'dist', file);

/** The modules read below, relative to astro/dist/, and what each must export. */
export const INTERNAL_MODULES = {
  /** Renders one path as `astro build` does (URL, request, redirects, output file): the build's own `renderPath`. */
  'core/build/generate.js': ['renderPath'],
  /** The pathname a route gives its params, as the route cache keys its paths. */
  'core/routing/params.js': ['stringifyParams'],
  /** Whether a page's name ends in "/" for the integrations' `pages` (generate.js, addPageName). */
  'core/build/util.js': ['shouldAppendForwardSlash'],
  /** Where the prerender bundle's chunks are written, and deleted after the build's teardown. */
  'prerender/utils.js': ['getPrerenderOutputDirectory'],
  /** The content config as the build loaded it, and the one function that validates an entry against its schema. */
  'content/utils.js': ['globalContentConfigObserver', 'getEntryData', 'getEntryConfigByExtMap'],
  /** The store a loader writes through (`scopedStore`, `metaStore`), here over the pages' own in-memory store. */
  'content/mutable-data-store.js': ['MutableDataStore'],
  /** The build's content layer, released after the build: the publisher keeps the pages' store instead. */
  'content/instance.js': ['globalContentLayer'],
} as const;

/**
 * Facts read in Astro's source that a module's exports cannot show, each with the file and a string that must still
 * be in it.
 */
export const INTERNAL_FACTS = [
  {
    name: 'the pages read the content store from the module astro:data-layer-content, and use a Map it exports as is',
    file: 'content/data-store.js',
    needle: 'if (data.default instanceof Map) {',
  },
  {
    name: 'the virtual module of the content store is astro:data-layer-content (bundled as chunks/_astro_data-layer-content_*.mjs)',
    file: 'content/consts.js',
    needle: 'const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";',
  },
  {
    name: 'the prerender chunks are deleted once generatePages() returns, after the prerenderer teardown()',
    file: 'core/build/static-build.js',
    needle:
      'await generatePages(opts, internals, prerenderOutputDir);\n          await fs.promises.rm(prerenderOutputDir',
  },
  {
    name: 'globalThis.astroAsset.addStaticImage is deleted after the build has generated its images',
    file: 'core/build/generate.js',
    needle: 'delete globalThis?.astroAsset?.addStaticImage;',
  },
  {
    name: "the build app's routeCache (getStaticPaths() per route) can be cleared",
    file: 'core/render/route-cache.js',
    needle: 'clearAll() {',
  },
  {
    name: "a route's cached paths are an array with a Map of them by pathname (stringifyParams), which rendering reads",
    file: 'core/render/route-cache.js',
    needle: 'keyedStaticPaths.keyed.set(paramsKey, sp);',
  },
  {
    name: 'the build app gives the build options (getOptions) and settings (getSettings)',
    file: 'core/build/app.js',
    needle: 'getOptions() {',
  },
  {
    name: "the incremental build's manifest is version 1, with a copy of every keyed output under <cacheDir>/dist/",
    file: 'core/build/incremental.js',
    needle: 'const INCREMENTAL_OUTPUT_DIR = "dist/";\nconst CACHE_VERSION = 1;',
  },
  {
    name: 'a loader context (the content layer builds it): what the publisher hands the loaders in the same shape',
    file: 'content/content-layer.js',
    needle: 'refreshContextData,\n      entryTypes: getEntryConfigByExtMap([',
  },
] as const;

/** What is wrong with the installed Astro for the warm publisher, one line per internal; empty when nothing is. */
export async function checkAstroInternals(): Promise<string[]> {
  const problems: string[] = [];
  const installed = JSON.parse(fs.readFileSync(path.join(astroPackageDir, 'package.json'), 'utf8')).version;
  if (installed !== PINNED_ASTRO) {
    problems.push(
      `astro ${installed} is installed, but the warm publisher's internals were read in ${PINNED_ASTRO} (src/lib/publish/astro-internals.ts): read them again, then pin the new version`,
    );
  }
  for (const [file, names] of Object.entries(INTERNAL_MODULES)) {
    let module: Record<string, unknown>;
    try {
      module = await import(pathToFileURL(astroDist(file)).href);
    } catch (error) {
      problems.push(`astro/dist/${file} could not be loaded: ${(error as Error).message}`);
      continue;
    }
    for (const name of names) {
      if (module[name] === undefined) problems.push(`astro/dist/${file} no longer exports ${name}`);
    }
  }
  for (const fact of INTERNAL_FACTS) {
    let source = '';
    try {
      source = fs.readFileSync(astroDist(fact.file), 'utf8');
    } catch {
      // Reported below.
    }
    if (!source.includes(fact.needle)) problems.push(`astro/dist/${fact.file} changed: ${fact.name}`);
  }
  return problems;
}

/** One of the modules above, loaded from the installed Astro (the same module instance Astro's build uses). */
export async function astroInternal<T>(file: keyof typeof INTERNAL_MODULES): Promise<T> {
  return (await import(pathToFileURL(astroDist(file)).href)) as T;
}

/** A package as Astro resolves it (devalue, xxhash-wasm): the copy Astro's own code uses. */
export async function astroDependency<T>(name: string): Promise<T> {
  const fromAstro = createRequire(path.join(astroPackageDir, 'package.json'));
  return (await import(pathToFileURL(fromAstro.resolve(name)).href)) as T;
}
