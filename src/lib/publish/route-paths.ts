/**
 * Every path the site's routes give, with its key, as the warm publisher keeps them between publishes: asked again
 * of every route after a save (a new content generation, the build app's route cache cleared), or, after a change to
 * stories' bodies alone, of the routes that show bodies only, for those stories (src/lib/incremental/body-routes.ts),
 * put in their place in the route cache. Then what changed: the pages to render and the ones to remove. Plain Node.
 */
import type { PathWithRoute } from 'astro';
import { bodyRoutes } from '../incremental/body-routes.ts';
import { nextContentGeneration } from '../incremental/generation.ts';
import { outputFileFor } from '../incremental/reuse-output.ts';
import type { BuildCache } from './build-cache.ts';
import { pagesStore } from './bundle-hooks.ts';
import type { StringifyParams, WarmPrerenderer } from './publish-types.ts';

type Removed = PathWithRoute & { outputFile: string };

export class RoutePaths {
  current = new Map<string, PathWithRoute>();
  private readonly prerenderer: WarmPrerenderer;
  private readonly cache: BuildCache;
  private readonly stringifyParams: StringifyParams;
  private readonly trailingSlash: string;

  constructor(
    prerenderer: WarmPrerenderer,
    cache: BuildCache,
    stringifyParams: StringifyParams,
    trailingSlash: string,
    initial: readonly PathWithRoute[],
  ) {
    this.prerenderer = prerenderer;
    this.cache = cache;
    this.stringifyParams = stringifyParams;
    this.trailingSlash = trailingSlash;
    for (const p of initial) this.current.set(p.pathname, p);
  }

  /** Every route's paths and keys for the content now in the store: every getStaticPaths() asked again. */
  async all(): Promise<Map<string, PathWithRoute>> {
    nextContentGeneration();
    this.prerenderer.app.routeCache.clearAll();
    return dedupe(await this.prerenderer.getStaticPaths());
  }

  /**
   * The paths after a change to these stories' bodies alone: the routes that show bodies give those stories' paths
   * again, put in their place in the build app's route cache; everything else is as it was. Undefined when that cannot
   * be done (no such route, or a path that was not there before): then every route is asked.
   */
  async forBodies(ids: string[]): Promise<Map<string, PathWithRoute> | undefined> {
    const routes = bodyRoutes();
    if (routes.size === 0) return undefined;
    const { routeCache } = this.prerenderer.app;
    const next = new Map(this.current);
    for (const [component, pathsFor] of routes) {
      const route = [...this.current.values()].find((p) => p.route.component === component)?.route;
      const cached = route && (routeCache.get(route) as { staticPaths?: unknown[] & { keyed?: Map<string, unknown> } });
      const keyed = cached?.staticPaths?.keyed;
      if (!route || !cached?.staticPaths || !keyed) return undefined;
      for (const path of await pathsFor(ids)) {
        const pathname = this.stringifyParams(path.params, route, this.trailingSlash);
        const old = keyed.get(pathname);
        const before = next.get(pathname);
        if (!old || !before) return undefined;
        cached.staticPaths[cached.staticPaths.indexOf(old)] = path;
        keyed.set(pathname, path);
        next.set(pathname, { ...before, cacheKey: path.cacheKey === undefined ? undefined : String(path.cacheKey) });
      }
    }
    return next;
  }

  /** What changed: keyed paths whose key (or route) changed or that are new, every unkeyed path, removed paths. */
  diff(next: Map<string, PathWithRoute>) {
    const keyed: PathWithRoute[] = [];
    const unkeyed: PathWithRoute[] = [];
    const removed: Removed[] = [];
    let keyedTotal = 0;
    for (const p of next.values()) {
      if (p.cacheKey === undefined) {
        unkeyed.push(p);
        continue;
      }
      keyedTotal++;
      const before = this.current.get(p.pathname);
      if (before?.cacheKey === p.cacheKey && before.route.component === p.route.component) continue;
      keyed.push(p);
    }
    for (const p of this.current.values()) {
      if (!next.has(p.pathname)) removed.push({ ...p, outputFile: this.outputFile(p) });
    }
    return { keyed, unkeyed, removed, keyedTotal };
  }

  /** A path's output file, relative to the site: as Astro's manifest recorded it, or as Astro names it. */
  outputFile(p: PathWithRoute): string {
    return this.cache.outputFile(p.route.component, p.pathname) ?? outputFileFor(p.pathname, p.route.type);
  }

  /**
   * What an editor waits for, to go live first: the front page, the changed stories' own pages, and a story whose
   * time came with no save (a new path of a route that shows bodies).
   */
  firstPaths(changed: Map<string, Set<string>>, keyed: readonly PathWithRoute[]): Set<string> {
    const first = new Set<string>(['/']);
    const store = pagesStore();
    for (const id of changed.get('articles') ?? []) {
      const permalink = (store?.get('articles')?.get(id)?.data as { permalink?: string } | undefined)?.permalink;
      if (permalink) first.add(`/${permalink}/`);
    }
    for (const p of keyed) {
      if (!this.current.has(p.pathname) && bodyRoutes().has(p.route.component)) first.add(p.pathname);
    }
    return first;
  }
}

/** The paths Astro would generate, as generate.js keeps them: the first route to give a pathname wins. */
function dedupe(paths: PathWithRoute[]): Map<string, PathWithRoute> {
  const seen = new Set<string>();
  const kept = new Map<string, PathWithRoute>();
  for (const p of paths) {
    const normalized = p.pathname.replace(/\/+$/, '');
    if (seen.has(normalized)) continue;
    seen.add(normalized);
    kept.set(p.pathname, p);
  }
  return kept;
}
