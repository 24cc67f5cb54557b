/**
 * The warm site: Astro's build app kept past the build (src/integrations/warm-publisher.ts), its content store, and
 * every path with its key. One publish, after the content check has passed:
 *   1. every collection's loader updates the pages' store (content-update.ts);
 *   2. a new content generation, and every route's getStaticPaths() again: the keys (src/data memoises the models by
 *      their inputs, so this costs what changed);
 *   3. the paths whose key changed, the new ones and the unkeyed ones are rendered by the build's own prerenderer, the
 *      changed story's page and the front page first; each file goes live by a rename (transaction.ts), and only
 *      when its bytes changed;
 *   4. the integrations whose output follows the content (the sitemap, the host files) run again, then the search
 *      index is written, each going live when done; the build cache records what the live site now holds.
 * Anything it cannot do warm is a fallback: the caller runs a full build instead. Plain Node, in the publisher's worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, PathWithRoute } from 'astro';
import type { BuildOptions, DefaultPrerenderer, WarmBuild } from '../../integrations/warm-publisher.ts';
import { storyPath } from '../article/permalink.ts';
import { buildPublication, isPublished } from '../content/articles.ts';
import { bodyRoutes } from '../incremental/body-routes.ts';
import { nextContentGeneration } from '../incremental/generation.ts';
import { type BuildManifest, outputFileFor, readManifest } from '../incremental/reuse-output.ts';
import type { BuildPaths } from '../incremental/build-paths.ts';
import { stableHash } from '../incremental/stable-hash.ts';
import { astroInternal } from './astro-internals.ts';
import { BuildCache, type RecordedPath } from './build-cache.ts';
import { ContentUpdate } from './content-update.ts';
import { pagesStore } from './bundle-hooks.ts';
import { DistTransaction, publishWorkDir } from './transaction.ts';

type RouteData = PathWithRoute['route'] & { distURL?: URL[] };
type Rendered = {
  body: Uint8Array;
  outFile: URL;
  metadata?: { contentEntryKeys?: string[]; staticImages?: { finalPath?: string }[]; referencedImages?: string[] };
};
type RenderPath = (options: {
  prerenderer: DefaultPrerenderer;
  pathname: string;
  route: RouteData;
  options: BuildOptions;
  logger: unknown;
  collectMetadata: boolean;
}) => Promise<Rendered | null>;

/** The pathname Astro gives a route's params (astro/dist/core/routing/params.js). */
type StringifyParams = (params: Record<string, string | undefined>, route: unknown, trailingSlash: string) => string;

/** Integrations whose `astro:build:done` output follows the content, made afresh for each run (astro.config.ts). */
export type ContentIntegrations = () => AstroIntegration[];

/** A search index written by its own process into `outDir/pagefind/`; resolves to its exit status. */
export type SearchIndexRun = { done: Promise<number>; stop(): void };

export type WarmSiteOptions = {
  warm: WarmBuild;
  paths: BuildPaths;
  contentIntegrations: ContentIntegrations;
  searchIndex: (outDir: string) => SearchIndexRun;
  /** A line for the terminal. */
  log: (line: string) => void;
  /**
   * What the build compiled into its code from the content: read after the build and before each publish. When it
   * differs, `update()` brings the pages' copy up to date (false when it cannot: then it is a full build, and `what`
   * says why).
   */
  compiledContent?: { what: string; read: () => string; update: () => Promise<boolean> };
};

/** What a publish did. */
export type PublishOutcome =
  | { kind: 'published'; written: string[]; removed: string[]; seconds: number }
  | { kind: 'nothing' }
  | { kind: 'fallback'; reason: string }
  | { kind: 'rolled back'; reason: string };

/** Asked while the sitemap and search index are written: whether to stop (a new save waits) or abandon (SIGTERM). */
export type Interruption = () => 'go on' | 'yield' | 'stop';

const verifying = () => process.env.GAZETTE_VERIFY_MEMO === '1';

/** The share of keyed pages beyond which a full build does the work as well: a new section changes every page. */
const MOST_PAGES = 0.5;
/** Pages rendered at once after the first ones (Astro's build renders 16 at a time: build.concurrency). */
const RENDER_CONCURRENCY = 8;
/** How often a pending sitemap or search index is reported. */
const PENDING_EVERY_MS = 5000;
/** How long a stopping publisher waits for a search index before it rolls the publish back. */
const STOP_GRACE_MS = 5000;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

export class WarmSite {
  private current = new Map<string, PathWithRoute>();
  /** Output files of the last run of the content integrations, relative to the site. */
  private hookFiles: Set<string> | undefined;
  private searchDigest: string | undefined;
  private liveStamp: string | undefined;
  private compiled: string | undefined;

  private readonly options: WarmSiteOptions;
  private readonly prerenderer: DefaultPrerenderer & { app: NonNullable<DefaultPrerenderer['app']> };
  private readonly content: ContentUpdate;
  private readonly cache: BuildCache;
  private readonly renderPath: RenderPath;
  private readonly shouldAppendForwardSlash: (trailingSlash: string, format: string) => boolean;
  private readonly stringifyParams: StringifyParams;

  private constructor(
    options: WarmSiteOptions,
    prerenderer: DefaultPrerenderer & { app: NonNullable<DefaultPrerenderer['app']> },
    content: ContentUpdate,
    cache: BuildCache,
    renderPath: RenderPath,
    shouldAppendForwardSlash: (trailingSlash: string, format: string) => boolean,
    stringifyParams: StringifyParams,
  ) {
    this.shouldAppendForwardSlash = shouldAppendForwardSlash;
    this.stringifyParams = stringifyParams;
    this.options = options;
    this.prerenderer = prerenderer;
    this.content = content;
    this.cache = cache;
    this.renderPath = renderPath;
    for (const p of options.warm.paths ?? []) this.current.set(p.pathname, p);
    this.liveStamp = cache.liveStamp();
    this.compiled = options.compiledContent?.read();
  }

  /** The warm site after the build `warm` describes; throws, naming what is missing, when it cannot be warm. */
  static async create(options: WarmSiteOptions): Promise<WarmSite> {
    const { warm } = options;
    const problems = [...warm.problems];
    const prerenderer = warm.prerenderer;
    if (!prerenderer?.app) problems.push("Astro's build app was not kept (astro:build:start, setPrerenderer)");
    if (!warm.paths) problems.push("the build's paths were not kept (the prerenderer's getStaticPaths)");
    if (!warm.config || !warm.routes) problems.push("the build's config and routes were not kept (integration hooks)");
    if (typeof warm.addStaticImage !== 'function') {
      problems.push(
        'globalThis.astroAsset.addStaticImage was not there to keep (astro/dist/assets/vite-plugin-assets.js)',
      );
    }
    const store = pagesStore();
    if (!store) problems.push('the content store chunk was not seen (astro:data-layer-content, bundle-hooks.ts)');
    const manifest =
      warm.config && readManifest(path.join(fileURLToPath(warm.config.cacheDir), 'incremental-build.json'));
    if (warm.config && !manifest)
      problems.push("Astro's incremental manifest could not be read (experimental.incrementalBuild)");
    if (problems.length > 0 || !prerenderer?.app || !store || !manifest || !warm.config) {
      throw new Error(problems.join('; '));
    }
    // astro:assets resolves a picture's built URL through this hook, which Astro deleted at the end of the build.
    (globalThis as { astroAsset?: Record<string, unknown> }).astroAsset!.addStaticImage = warm.addStaticImage;
    const app = prerenderer.app;
    const content = await ContentUpdate.create(app.getSettings() as never, store);
    const { renderPath } = await astroInternal<{ renderPath: RenderPath }>('core/build/generate.js');
    const { shouldAppendForwardSlash } = await astroInternal<{
      shouldAppendForwardSlash: (trailingSlash: string, format: string) => boolean;
    }>('core/build/util.js');
    const cache = new BuildCache(fileURLToPath(warm.config.cacheDir), options.paths.liveManifest, manifest);
    const { stringifyParams } = await astroInternal<{ stringifyParams: StringifyParams }>('core/routing/params.js');
    return new WarmSite(
      options,
      prerenderer as never,
      content,
      cache,
      renderPath,
      shouldAppendForwardSlash,
      stringifyParams,
    );
  }

  /**
   * The live site is still the one this publisher left: no other build replaced it since (npm run build shares the
   * lock, but runs between publishes).
   */
  stillOurs(): boolean {
    return this.cache.liveStamp() === this.liveStamp;
  }

  /** Whether a page shows the image file at `file`: a change to it is a new image for the build to make. */
  showsImageFile(file: string): boolean {
    return this.content.importedFiles().has(path.resolve(file));
  }

  /**
   * Brings the live site up to date with the content and the clock. `clock`: the clock moved with no save, so pages
   * without a key are compared even when no entry changed. `interrupt` is asked as the pages and the index are written.
   */
  async publish(interrupt: Interruption, { clock = false } = {}): Promise<PublishOutcome> {
    const started = performance.now();
    const { log } = this.options;
    const phases = phaseTimer();
    const change = await this.content.update();
    phases.mark('content');
    if (change.newImages.length > 0) {
      return { kind: 'fallback', reason: `a new or changed image (${change.newImages.slice(0, 3).join(', ')})` };
    }
    const compiled = this.options.compiledContent;
    const now = compiled?.read();
    if (compiled && now !== this.compiled) {
      if (!(await compiled.update())) return { kind: 'fallback', reason: compiled.what };
      this.compiled = now;
    }
    const changedEntries = [...change.changed.values()].reduce((n, ids) => n + ids.size, 0);
    // When only stories' bodies changed (every entry's data is as it was), only the routes that show a body can have
    // new keys, and only for those stories (src/lib/incremental/body-routes.ts). With GAZETTE_VERIFY_MEMO=1 every
    // route is asked too, to prove it.
    const bodiesOnly = changedEntries > 0 && !change.dataChanged && !clock;
    let next: Map<string, PathWithRoute>;
    try {
      next =
        (bodiesOnly && (await this.bodyPaths([...(change.changed.get('articles') ?? [])]))) || (await this.paths());
      if (bodiesOnly && verifying()) {
        const all = await this.paths();
        const missed = [...all.values()].filter((p) => next.get(p.pathname)?.cacheKey !== p.cacheKey);
        if (missed.length > 0 || all.size !== next.size) {
          throw new Error(
            `a body's change changed more than its routes showing bodies: ${missed.map((p) => p.pathname).join(', ')}`,
          );
        }
      }
    } catch (error) {
      return { kind: 'fallback', reason: `the pages could not be worked out warm: ${(error as Error).message}` };
    }
    phases.mark(bodiesOnly ? 'keys (bodies only)' : 'keys');
    const { keyed, unkeyed, removed, keyedTotal } = this.diff(next);
    if (changedEntries === 0 && !clock && keyed.length === 0 && removed.length === 0) return { kind: 'nothing' };
    if (keyedTotal > 20 && keyed.length > keyedTotal * MOST_PAGES) {
      return {
        kind: 'fallback',
        reason: `${keyed.length} of ${keyedTotal} pages changed (a new section changes every page's masthead)`,
      };
    }
    const first = this.firstPaths(change.changed);
    // A story whose time came (no save) is first too.
    for (const p of keyed)
      if (!this.current.has(p.pathname) && bodyRoutes().has(p.route.component)) first.add(p.pathname);
    const toRender = [...keyed, ...unkeyed];
    const firsts = toRender.filter((p) => first.has(p.pathname));
    const rest = toRender.filter((p) => !first.has(p.pathname));

    const tx = new DistTransaction(this.options.paths.finalDir);
    let begun = false;
    const written: string[] = [];
    const recorded: RecordedPath[] = [];
    const undo = () => {
      tx.rollBack();
      if (begun) this.cache.rollBack();
    };
    try {
      const goLive = (batch: string[], removedFiles: string[] = []) => {
        if (batch.length === 0 && removedFiles.length === 0) return;
        if (!begun) this.cache.begin();
        begun = true;
        written.push(...tx.goLive(batch, removedFiles));
      };
      // The changed stories' pages and the front page go live first; the pages shifted by them follow.
      const render = async (batch: PathWithRoute[], concurrency: number) => {
        const staged: (string | undefined)[] = new Array(batch.length);
        let failure: PublishOutcome | undefined;
        let nextIndex = 0;
        const work = async () => {
          while (!failure && nextIndex < batch.length) {
            const i = nextIndex++;
            const p = batch[i];
            if (interrupt() === 'stop') {
              failure = { kind: 'rolled back', reason: 'stopped while the pages were being written' };
              return;
            }
            const rendered = await this.render(p);
            if (rendered === 'image') {
              failure = { kind: 'fallback', reason: `${p.pathname} shows an image transform the build has not made` };
              return;
            }
            if (rendered === undefined) continue;
            if (p.cacheKey !== undefined) recorded.push(rendered.record(p));
            if (!tx.unchanged(rendered.file, rendered.body)) {
              tx.stage(rendered.file, rendered.body);
              staged[i] = rendered.file;
            }
          }
        };
        await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, work));
        return failure ?? staged.filter((f): f is string => f !== undefined);
      };
      for (const [batch, concurrency] of [
        [firsts, 1],
        [rest, RENDER_CONCURRENCY],
      ] as const) {
        const staged = await render(batch, concurrency);
        if (!Array.isArray(staged)) {
          undo();
          return staged;
        }
        goLive(staged);
        phases.mark(batch === firsts ? 'first pages' : 'other pages');
      }
      const removedFiles = removed.map((p) => p.outputFile);
      goLive([], removedFiles);
      this.current = next;
      const shown = [...written, ...removedFiles.map((f) => `${f} (removed)`)];
      log(
        `published ${written.length} page${written.length === 1 ? '' : 's'}${removedFiles.length > 0 ? `, ${removedFiles.length} removed,` : ''} in ${seconds(started)} s${shown.length > 0 ? `: ${summarise(shown)}` : ''}`,
      );

      // The sitemap and the host files, then the search index, each going live when done.
      const ticker = pendingTicker(log, started);
      try {
        await this.runContentIntegrations(tx, [...next.values()]);
        phases.mark('sitemap');
        ticker.pending('the search index');
        const search = await this.runSearchIndex(tx, interrupt);
        phases.mark('search');
        if (search === 'stopped') {
          undo();
          return { kind: 'rolled back', reason: 'stopped before the search index was written' };
        }
        this.cache.record(
          recorded,
          removed
            .filter((p) => p.cacheKey !== undefined)
            .map((p) => ({ component: p.route.component, pathname: p.pathname, outputFile: p.outputFile })),
        );
        tx.commit();
        this.liveStamp = this.cache.liveStamp();
        phases.mark('cache');
        if (process.env.GAZETTE_PUBLISH_TIMINGS) log(`  timings: ${phases.report()}`);
        ticker.done(search === 'yielded' ? 'the search index follows with the next publish' : undefined);
        return { kind: 'published', written, removed: removedFiles, seconds: Number(seconds(started)) };
      } finally {
        ticker.stop();
      }
    } catch (error) {
      try {
        undo();
      } catch {
        // The next start rolls back from the journal.
      }
      const cause = (error as Error).cause as Error | undefined;
      return {
        kind: 'fallback',
        reason: `publishing failed: ${(error as Error).message}${cause ? ` (${cause.message})` : ''}`,
      };
    }
  }

  /** Every route's paths and keys for the content now in the store: every getStaticPaths() asked again. */
  private async paths(): Promise<Map<string, PathWithRoute>> {
    nextContentGeneration();
    this.prerenderer.app.routeCache.clearAll();
    return this.dedupe(await this.prerenderer.getStaticPaths());
  }

  /**
   * The paths after a change to these stories' bodies alone: the routes that show bodies give those stories' paths
   * again, put in their place in the build app's route cache; everything else is as it was. Undefined when that cannot
   * be done (no such route, or a path that was not there before): then every route is asked.
   */
  private async bodyPaths(ids: string[]): Promise<Map<string, PathWithRoute> | undefined> {
    const routes = bodyRoutes();
    if (routes.size === 0) return undefined;
    const { routeCache } = this.prerenderer.app;
    const trailingSlash = this.options.warm.config!.trailingSlash;
    const next = new Map(this.current);
    for (const [component, pathsFor] of routes) {
      const route = [...this.current.values()].find((p) => p.route.component === component)?.route;
      const cached = route && (routeCache.get(route) as { staticPaths?: unknown[] & { keyed?: Map<string, unknown> } });
      const keyed = cached?.staticPaths?.keyed;
      if (!route || !cached?.staticPaths || !keyed) return undefined;
      for (const path of await pathsFor(ids)) {
        const pathname = this.stringifyParams(path.params, route, trailingSlash);
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

  /** The paths Astro would generate, as generate.js keeps them: the first route to give a pathname wins. */
  private dedupe(paths: PathWithRoute[]): Map<string, PathWithRoute> {
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

  /** What changed: keyed paths whose key (or route) changed or that are new, every unkeyed path, removed paths. */
  private diff(next: Map<string, PathWithRoute>) {
    const keyed: PathWithRoute[] = [];
    const unkeyed: PathWithRoute[] = [];
    const removed: (PathWithRoute & { outputFile: string })[] = [];
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
  private outputFile(p: PathWithRoute): string {
    return this.cache.outputFile(p.route.component, p.pathname) ?? outputFileFor(p.pathname, p.route.type);
  }

  /** The pages of the stories that changed, and the front page: what an editor waits for. */
  private firstPaths(changed: Map<string, Set<string>>): Set<string> {
    const first = new Set<string>(['/']);
    const store = pagesStore();
    for (const id of changed.get('articles') ?? []) {
      const data = store?.get('articles')?.get(id)?.data as Parameters<typeof storyPath>[0] | undefined;
      if (data?.published?.date instanceof Date) first.add(`/${storyPath(data)}/`);
    }
    return first;
  }

  /** One path rendered by the build's own prerenderer, or 'image' when it needs an image the build did not make. */
  private async render(p: PathWithRoute) {
    const route = p.route as RouteData;
    const distURLs = route.distURL?.length;
    const options = this.prerenderer.app.getOptions();
    const result = await this.renderPath({
      prerenderer: this.prerenderer,
      pathname: p.pathname,
      route,
      options,
      logger: options.logger,
      collectMetadata: true,
    });
    // renderPath records each output on its route, which the build's done hooks read once: keep one entry per file.
    if (route.distURL && distURLs !== undefined) route.distURL.length = distURLs;
    if (!result) return undefined;
    const outDir = options.settings.config.outDir.href;
    const file = decodeURI(result.outFile.href.slice(outDir.length));
    const images = result.metadata?.staticImages ?? [];
    for (const image of images) {
      const built = image.finalPath && path.join(this.options.paths.finalDir, decodeURI(image.finalPath));
      if (built && !fs.existsSync(built)) return 'image' as const;
    }
    if ((result.metadata?.contentEntryKeys ?? []).length > 0) {
      throw new Error(`${p.pathname} renders a content entry's compiled body, which the publisher cannot track`);
    }
    const body = new Uint8Array(result.body);
    return {
      file,
      body,
      record: (keyed: PathWithRoute): RecordedPath => ({
        component: keyed.route.component,
        pathname: keyed.pathname,
        cacheKey: keyed.cacheKey!,
        outputFile: file,
        body,
        staticImages: images,
        referencedImages: result.metadata?.referencedImages,
      }),
    };
  }

  /**
   * The content integrations' `astro:build:done` output (sitemap, host files), made afresh into a folder of their own
   * and moved into the live site where it differs; their files from the last run that they no longer write go.
   */
  private async runContentIntegrations(tx: DistTransaction, paths: PathWithRoute[]): Promise<void> {
    const dir = path.join(publishWorkDir(this.options.paths.finalDir), 'integrations');
    const files = await this.writeContentIntegrations(dir, paths);
    const order: string[] = [];
    for (const file of files) {
      const body = fs.readFileSync(path.join(dir, file));
      if (tx.unchanged(file, body)) continue;
      tx.stageMoved(file, path.join(dir, file));
      order.push(file);
    }
    const gone = [...(this.hookFiles ?? [])].filter((f) => !files.has(f));
    tx.goLive(order, gone);
    this.hookFiles = files;
  }

  /** Runs the content integrations into `dir`; returns the files they wrote there, relative to it. */
  async writeContentIntegrations(
    dir: string,
    paths: PathWithRoute[] = [...this.current.values()],
  ): Promise<Set<string>> {
    const { warm } = this.options;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const dirURL = pathToFileURL(`${dir}/`);
    // The page names Astro's build hands its integrations (generate.js, addPageName).
    const { trailingSlash, build } = warm.config!;
    const slash = this.shouldAppendForwardSlash(trailingSlash, build.format);
    const pages = paths
      .filter((p) => p.route.type === 'page')
      .map((p) => ({ pathname: (slash ? p.pathname.replace(/\/?$/, '/') : p.pathname).replace(/^\//, '') }));
    const assets = new Map<string, URL[]>();
    for (const p of paths) {
      const urls = assets.get(p.route.route) ?? [];
      urls.push(new URL(this.outputFile(p), dirURL));
      assets.set(p.route.route, urls);
    }
    for (const integration of this.options.contentIntegrations()) {
      const logger = integrationLogger(integration.name);
      const hooks = integration.hooks as Record<string, ((params: Record<string, unknown>) => unknown) | undefined>;
      await hooks['astro:config:done']?.({
        config: warm.config,
        logger,
        buildOutput: 'static',
        setAdapter: () => undefined,
        injectTypes: () => new URL('./types.d.ts', dirURL),
      });
      await hooks['astro:routes:resolved']?.({ routes: warm.routes, logger });
      await hooks['astro:build:done']?.({
        dir: dirURL,
        pages: pages.map((p) => ({ ...p })),
        routes: [...new Set(paths.map((p) => p.route))],
        assets,
        logger,
      });
    }
    return new Set(
      fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
    );
  }

  /** Learns which files the content integrations own (the build wrote them, into the scratch directory). */
  async learnContentIntegrationFiles(): Promise<void> {
    const dir = path.join(publishWorkDir(this.options.paths.finalDir), 'integrations');
    try {
      this.hookFiles = await this.writeContentIntegrations(dir);
    } finally {
      fs.rmSync(publishWorkDir(this.options.paths.finalDir), { recursive: true, force: true });
    }
  }

  /** The search index, when what it is made of changed since it was last written. */
  private async runSearchIndex(
    tx: DistTransaction,
    interrupt: Interruption,
  ): Promise<'written' | 'unchanged' | 'yielded' | 'stopped'> {
    const digest = this.searchInputs();
    if (digest === this.searchDigest) return 'unchanged';
    const out = path.join(publishWorkDir(this.options.paths.finalDir), 'search');
    fs.rmSync(out, { recursive: true, force: true });
    const run = this.options.searchIndex(out);
    let stopAt: number | undefined;
    for (;;) {
      const status = await Promise.race([run.done, new Promise<'tick'>((r) => setTimeout(() => r('tick'), 250))]);
      if (status !== 'tick') {
        if (status !== 0) throw new Error('the search index could not be written');
        break;
      }
      const asked = interrupt();
      if (asked === 'yield') {
        run.stop();
        await run.done;
        return 'yielded';
      }
      if (asked === 'stop') {
        stopAt ??= performance.now() + STOP_GRACE_MS;
        if (performance.now() > stopAt) {
          run.stop();
          await run.done;
          return 'stopped';
        }
      }
    }
    tx.swapDir('pagefind', path.join(out, 'pagefind'));
    this.searchDigest = digest;
    return 'written';
  }

  /** What the search index is made of: every article and author entry by digest, and which stories are out. */
  private searchInputs(): string {
    const store = pagesStore();
    const publication = buildPublication();
    const facts: unknown[] = [];
    for (const name of ['articles', 'authors']) {
      for (const [id, entry] of store?.get(name) ?? []) {
        const data = entry.data as { draft?: boolean; published?: { date?: Date }; timeZone?: string; slug?: string };
        const out =
          name === 'articles' &&
          data.published?.date instanceof Date &&
          isPublished(
            {
              draft: data.draft === true,
              published: data.published.date,
              timeZone: String(data.timeZone),
              slug: String(data.slug),
            },
            publication,
          );
        facts.push([name, id, entry.digest, out]);
      }
    }
    return stableHash(facts);
  }

  /** The search index now live matches the content as the build read it. */
  searchIsCurrent(): void {
    this.searchDigest = this.searchInputs();
  }
}

/** A logger for an integration's hooks, as Astro gives one. */
function integrationLogger(label: string): AstroIntegrationLogger {
  const logger = {
    label,
    options: { dest: undefined, level: 'warn' },
    info: () => undefined,
    debug: () => undefined,
    warn: (message: string) => console.warn(`[${label}] ${message}`),
    error: (message: string) => console.error(`[${label}] ${message}`),
    fork: (name: string) => integrationLogger(name),
  };
  return logger as unknown as AstroIntegrationLogger;
}

/** Lines while the sitemap or search index is pending: one at least every PENDING_EVERY_MS. */
function pendingTicker(log: (line: string) => void, started: number) {
  let pending = 'the sitemap';
  const timer = setInterval(() => log(`  ${pending} pending, ${seconds(started)} s after the save`), PENDING_EVERY_MS);
  return {
    pending(what: string) {
      pending = what;
    },
    done(note?: string) {
      log(`  sitemap and search index live${note ? ` (${note})` : ''}, ${seconds(started)} s after the save`);
    },
    stop() {
      clearInterval(timer);
    },
  };
}

/** How long each step of a publish took, for GAZETTE_PUBLISH_TIMINGS. */
function phaseTimer() {
  let last = performance.now();
  const marks: string[] = [];
  return {
    mark(name: string) {
      const now = performance.now();
      marks.push(`${name} ${((now - last) / 1000).toFixed(2)}`);
      last = now;
    },
    report: () => marks.join(', '),
  };
}

/** The first few of many files, for one line. */
function summarise(files: string[]): string {
  const shown = files.slice(0, 4).map((f) => `/${f.replace(/index\.html$/, '')}`);
  return files.length > 4 ? `${shown.join(', ')} and ${files.length - 4} more` : shown.join(', ');
}

export type { BuildManifest };
