/**
 * Routes whose pages show a story's body say so here, with how to give the paths of some stories only. For the warm
 * publisher (scripts/publish.ts): a save that changed only stories' bodies (every entry's data as it was) changes only
 * these pages, so it asks these routes for those stories' paths, models and keys, and no route runs its whole
 * getStaticPaths() again. A build never asks. On globalThis: Astro's bundle has its own copy of this module.
 */
export type StaticPath = { params: Record<string, string | undefined>; props?: unknown; cacheKey?: string };
/** The paths of the stories with these entry ids, as the route's getStaticPaths() would give them now. */
export type BodyPaths = (ids: readonly string[]) => Promise<StaticPath[]>;

const ROUTES = Symbol.for('gazette.bodyRoutes');

/** Every route that registered, by its component ("src/pages/[...permalink].astro"). */
export function bodyRoutes(): Map<string, BodyPaths> {
  const holder = globalThis as { [ROUTES]?: Map<string, BodyPaths> };
  holder[ROUTES] ??= new Map();
  return holder[ROUTES];
}

/** Says that the route `component` shows stories' bodies, and how to give some stories' paths. */
export function showsBodies(component: string, paths: BodyPaths): void {
  bodyRoutes().set(component, paths);
}
