/**
 * The warm publisher's hold on Astro's build (scripts/publish-worker.ts adds it to the build it runs in its own
 * process; astro.config.ts does not list it). Through the public `setPrerenderer` of `astro:build:start` it wraps the
 * build's own prerenderer, whose app renders pages byte for byte as `astro build` does, and keeps it past the build:
 * its app and route cache, every path with its cache key, and what Astro removes at the end of a build that later
 * renders need (the prerender chunks, loaded before they are deleted; astro:assets' `addStaticImage`). It also
 * records the config and routes the build's `astro:build:done` integrations were given, so the publisher can run
 * them again. Runs inside Astro's build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroPrerenderer, IntegrationResolvedRoute, PathWithRoute } from 'astro';
import { astroInternal } from '../lib/publish/astro-internals.ts';
import { unlinkingPrerenderer } from './reuse-output.ts';

/** The build app Astro's default prerenderer holds after `setup()` (astro/dist/core/build/app.js, BuildApp). */
export type BuildApp = {
  /** Each route's getStaticPaths() result (astro/dist/core/render/route-cache.js). */
  routeCache: { clearAll(): void; get(route: unknown): unknown; set(route: unknown, entry: unknown): void };
  getOptions(): BuildOptions;
  getSettings(): { config: AstroConfig } & Record<string, unknown>;
};
/** The build's options (astro/dist/core/build/types.js, StaticBuildOptions), as `renderPath` takes them. */
export type BuildOptions = { settings: { config: AstroConfig } & Record<string, unknown>; logger: unknown } & Record<
  string,
  unknown
>;
export type DefaultPrerenderer = AstroPrerenderer & { app?: BuildApp };

/** What the build leaves the publisher; filled in as the build runs. */
export type WarmBuild = {
  config?: AstroConfig;
  routes?: IntegrationResolvedRoute[];
  /** Astro's own prerenderer (not wrapped): the publisher renders through it after the build. */
  prerenderer?: DefaultPrerenderer;
  /** Every path the build's routes gave, with its cache key. */
  paths?: PathWithRoute[];
  /** Pages and endpoints the build rendered (the others it kept). */
  rendered: number;
  /** astro:assets' hook for image transforms, which Astro deletes after the build. */
  addStaticImage?: unknown;
  /** What could not be kept, when something could not (an Astro upgrade, say). */
  problems: string[];
};

type AssetGlobals = { astroAsset?: { addStaticImage?: unknown } };

export default function warmPublisher(warm: WarmBuild): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'gazette:warm-publisher',
    hooks: {
      'astro:config:done': ({ config }) => {
        warm.config = config;
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:routes:resolved': ({ routes }) => {
        warm.routes = routes;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Astro keeps only the last prerenderer set, so this one also unlinks each output before it is written, as
        // the reuse-output integration's would.
        setPrerenderer((astros: AstroPrerenderer): AstroPrerenderer => {
          warm.prerenderer = astros;
          const unlinking = unlinkingPrerenderer(astros, outDir, base);
          return {
            ...unlinking,
            name: 'gazette:warm-publisher',
            async getStaticPaths() {
              warm.paths = await unlinking.getStaticPaths();
              return warm.paths;
            },
            async render(request, options) {
              warm.rendered += 1;
              return unlinking.render(request, options);
            },
            async teardown() {
              await keepChunks(warm);
              warm.addStaticImage = (globalThis as AssetGlobals).astroAsset?.addStaticImage;
              await unlinking.teardown?.();
            },
          };
        });
      },
    },
  };
}

/**
 * Loads every module of the prerender bundle while its files are still there: Astro deletes them once the build's
 * pages are written, and a chunk first imported later (the image service's, say) would then be missing. A module
 * already loaded is found again by its URL without reading the file.
 */
async function keepChunks(warm: WarmBuild): Promise<void> {
  const app = warm.prerenderer?.app;
  if (!app) {
    warm.problems.push("the default prerenderer's app was not set up (astro/dist/core/build/default-prerenderer.js)");
    return;
  }
  const { getPrerenderOutputDirectory } = await astroInternal<{
    getPrerenderOutputDirectory: (settings: unknown) => URL;
  }>('prerender/utils.js');
  const dir = fileURLToPath(getPrerenderOutputDirectory(app.getSettings()));
  if (!fs.existsSync(dir)) {
    warm.problems.push(`the prerender chunks were not at ${dir} (astro/dist/prerender/utils.js)`);
    return;
  }
  const modules = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .sort();
  for (const file of modules) await import(pathToFileURL(path.join(dir, file)).href);
}
