/**
 * The warm site made from what Astro's build left (src/integrations/warm-publisher.ts): every part checked, so that a
 * publisher that cannot be warm with this Astro says which part is missing, and the Astro internals it renders and
 * keys with loaded (astro-internals.ts). Plain Node, in the publisher's worker, after the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest } from '../incremental/reuse-output.ts';
import { astroInternal } from './astro-internals.ts';
import { BuildCache } from './build-cache.ts';
import { pagesStore } from './bundle-hooks.ts';
import { ContentIntegrationRun } from './content-integrations.ts';
import { ContentUpdate } from './content-update.ts';
import { pageRenderer } from './page-render.ts';
import type { RenderPath, StringifyParams, WarmPrerenderer, WarmSiteOptions } from './publish-types.ts';
import { RoutePaths } from './route-paths.ts';
import { SearchStep } from './search-step.ts';
import { WarmSite } from './warm-site.ts';

/** The warm site after the build `options.warm` describes; throws, naming what is missing, when it cannot be warm. */
export async function warmSite(options: WarmSiteOptions): Promise<WarmSite> {
  const { warm } = options;
  const problems = [...warm.problems];
  const prerenderer = warm.prerenderer;
  if (!prerenderer?.app) problems.push("Astro's build app was not kept (astro:build:start, setPrerenderer)");
  if (!warm.paths) problems.push("the build's paths were not kept (the prerenderer's getStaticPaths)");
  if (!warm.config || !warm.routes) problems.push("the build's config and routes were not kept (integration hooks)");
  if (typeof warm.addStaticImage !== 'function') {
    problems.push("astro:assets' addStaticImage was not there to keep (astro/dist/assets/vite-plugin-assets.js)");
  }
  const store = pagesStore();
  if (!store) problems.push('the content store chunk was not seen (astro:data-layer-content, bundle-hooks.ts)');
  const cacheDir = warm.config && fileURLToPath(warm.config.cacheDir);
  const manifest = cacheDir && readManifest(path.join(cacheDir, 'incremental-build.json'));
  if (cacheDir && !manifest) problems.push("Astro's incremental manifest could not be read (incrementalBuild)");
  if (problems.length > 0 || !prerenderer?.app || !store || !manifest || !warm.config || !cacheDir) {
    throw new Error(problems.join('; '));
  }
  // astro:assets resolves a picture's built URL through this hook, which Astro deleted at the end of the build.
  (globalThis as { astroAsset?: Record<string, unknown> }).astroAsset!.addStaticImage = warm.addStaticImage;
  const warmPrerenderer = prerenderer as WarmPrerenderer;
  const { renderPath } = await astroInternal<{ renderPath: RenderPath }>('core/build/generate.js');
  const { shouldAppendForwardSlash } = await astroInternal<{
    shouldAppendForwardSlash: (trailingSlash: string, format: string) => boolean;
  }>('core/build/util.js');
  const { stringifyParams } = await astroInternal<{ stringifyParams: StringifyParams }>('core/routing/params.js');
  const cache = new BuildCache(cacheDir, options.paths.liveManifest, manifest);
  const { trailingSlash, build } = warm.config;
  return new WarmSite(options, {
    content: await ContentUpdate.create(prerenderer.app.getSettings() as never, store),
    cache,
    paths: new RoutePaths(warmPrerenderer, cache, stringifyParams, trailingSlash, warm.paths ?? []),
    render: pageRenderer(warmPrerenderer, renderPath, options.paths.finalDir),
    integrations: new ContentIntegrationRun(
      warm,
      options.contentIntegrations,
      shouldAppendForwardSlash(trailingSlash, build.format),
    ),
    search: new SearchStep(options.searchIndex),
  });
}
