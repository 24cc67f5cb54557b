/**
 * The warm site: Astro's build app kept past the build (src/integrations/warm-publisher.ts), its content store, and
 * every path with its key. One publish, after the content check has passed:
 *   1. every collection's loader updates the pages' store (content-update.ts);
 *   2. the routes give their paths and keys again (route-paths.ts; src/data remembers models by their inputs);
 *   3. the paths whose key changed, the new ones and the unkeyed ones are rendered (page-render.ts), the changed
 *      stories' pages and the front page first, and go live by renames, each file only when its bytes changed
 *      (transaction.ts);
 *   4. the sitemap and host files (content-integrations.ts), then the search index (search-step.ts), each going live
 *      when done; the build cache records what the live site now holds (build-cache.ts).
 * Anything it cannot do warm is a fallback: the caller runs a full build instead. Plain Node, in the publisher's worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PathWithRoute } from 'astro';
import { BuildCache, type RecordedPath } from './build-cache.ts';
import { ContentIntegrationRun } from './content-integrations.ts';
import { ContentUpdate } from './content-update.ts';
import { type pageRenderer, renderBatch } from './page-render.ts';
import { pendingTicker, phaseTimer, publishedLine, seconds } from './publish-log.ts';
import type { Interruption, PublishOutcome, WarmSiteOptions } from './publish-types.ts';
import { verifying } from './publish-types.ts';
import { RoutePaths } from './route-paths.ts';
import { SearchStep } from './search-step.ts';
import { DistTransaction, publishWorkDir } from './transaction.ts';

export type { Interruption, PublishOutcome, WarmSiteOptions } from './publish-types.ts';

/** The share of keyed pages beyond which a full build does the work as well: a new section changes every page. */
const MOST_PAGES = 0.5;
/** Pages rendered at once after the first ones (Astro's build renders 16 at a time: build.concurrency). */
const RENDER_CONCURRENCY = 8;

export type Parts = {
  content: ContentUpdate;
  cache: BuildCache;
  paths: RoutePaths;
  render: ReturnType<typeof pageRenderer>;
  integrations: ContentIntegrationRun;
  search: SearchStep;
};

export class WarmSite {
  private liveStamp: string | undefined;
  private compiled: string | undefined;
  private readonly options: WarmSiteOptions;
  private readonly parts: Parts;

  /** Made by warmSite() (warm-start.ts), from the build it kept. */
  constructor(options: WarmSiteOptions, parts: Parts) {
    this.options = options;
    this.parts = parts;
    this.liveStamp = parts.cache.liveStamp();
    this.compiled = options.compiledContent?.read();
  }

  /** After the build: which files the sitemap and host files own, and that the search index is the content's. */
  async settle(): Promise<void> {
    const { paths, integrations, search } = this.parts;
    await integrations.learn(this.work('integrations'), [...paths.current.values()], (p) => paths.outputFile(p));
    fs.rmSync(publishWorkDir(this.options.paths.finalDir), { recursive: true, force: true });
    search.isCurrent();
  }

  /** The live site is still the one this publisher left (npm run build shares the lock, but runs in between). */
  stillOurs(): boolean {
    return this.parts.cache.liveStamp() === this.liveStamp;
  }

  /** Whether a page shows the image file at `file`: a change to it is a new image for the build to make. */
  showsImageFile(file: string): boolean {
    return this.parts.content.importedFiles().has(path.resolve(file));
  }

  /**
   * Brings the live site up to date with the content and the clock. `clock`: the clock moved with no save, so pages
   * without a key are compared even when no entry changed. `interrupt` is asked as the pages and the index are written.
   */
  async publish(interrupt: Interruption, { clock = false } = {}): Promise<PublishOutcome> {
    const started = performance.now();
    const phases = phaseTimer();
    const { content, cache, paths } = this.parts;
    const change = await content.update();
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
    // When only stories' bodies changed (every entry's data as it was), only the routes that show bodies can have new
    // keys, and only for those stories. With GAZETTE_VERIFY_MEMO=1 every route is asked too, to prove it. A live
    // update's body is shown by its story's pages, its updates.json and its feed: every route is asked for it.
    const onlyStories = [...change.changed].every(([name, ids]) => name === 'articles' || ids.size === 0);
    const bodiesOnly = changedEntries > 0 && !change.dataChanged && !clock && onlyStories;
    let next: Map<string, PathWithRoute>;
    try {
      next =
        (bodiesOnly && (await paths.forBodies([...(change.changed.get('articles') ?? [])]))) || (await paths.all());
      if (bodiesOnly && verifying()) {
        const all = await paths.all();
        const missed = [...all.values()].filter((p) => next.get(p.pathname)?.cacheKey !== p.cacheKey);
        if (missed.length > 0 || all.size !== next.size) {
          throw new Error(`a body's change changed other pages: ${missed.map((p) => p.pathname).join(', ')}`);
        }
      }
    } catch (error) {
      return { kind: 'fallback', reason: `the pages could not be worked out warm: ${(error as Error).message}` };
    }
    phases.mark(bodiesOnly ? 'keys (bodies only)' : 'keys');
    const { keyed, unkeyed, removed, keyedTotal } = paths.diff(next);
    if (changedEntries === 0 && !clock && keyed.length === 0 && removed.length === 0) return { kind: 'nothing' };
    if (keyedTotal > 20 && keyed.length > keyedTotal * MOST_PAGES) {
      // Most pages at once (a new section's masthead on every page; a new story on a small site): a full build.
      const reason = `${keyed.length} of ${keyedTotal} pages changed, most of the site`;
      return { kind: 'fallback', reason };
    }
    const first = paths.firstPaths(change.changed, keyed);
    const toRender = [...keyed, ...unkeyed];
    const tx = new DistTransaction(this.options.paths.finalDir);
    let begun = false;
    const undo = () => {
      tx.rollBack();
      if (begun) cache.rollBack();
    };
    try {
      const written: string[] = [];
      const recorded: RecordedPath[] = [];
      // The changed stories' pages and the front page go live first; the pages shifted by them follow.
      for (const [batch, concurrency] of [
        [toRender.filter((p) => first.has(p.pathname)), 1],
        [toRender.filter((p) => !first.has(p.pathname)), RENDER_CONCURRENCY],
      ] as const) {
        const staged = await renderBatch(this.parts.render, tx, batch, concurrency, recorded, interrupt);
        if (!Array.isArray(staged)) {
          undo();
          return staged;
        }
        if (staged.length > 0 && !begun) cache.begin();
        begun ||= staged.length > 0;
        written.push(...tx.goLive(staged));
        phases.mark(concurrency === 1 ? 'first pages' : 'other pages');
      }
      const removedFiles = removed.map((p) => p.outputFile);
      if (removedFiles.length > 0 && !begun) cache.begin();
      begun ||= removedFiles.length > 0;
      tx.goLive([], removedFiles);
      paths.current = next;
      this.options.log(publishedLine(written, removedFiles, started));

      const cause = clock ? 'the clock moved' : 'the save';
      const search = await this.followUp(tx, [...next.values()], interrupt, started, phases, cause);
      if (search === 'stopped') {
        undo();
        return { kind: 'rolled back', reason: 'stopped before the search index was written' };
      }
      const gone = removed.filter((p) => p.cacheKey !== undefined);
      cache.record(
        recorded,
        gone.map((p) => ({ component: p.route.component, pathname: p.pathname, outputFile: p.outputFile })),
      );
      tx.commit();
      this.liveStamp = cache.liveStamp();
      phases.mark('cache');
      if (process.env.GAZETTE_PUBLISH_TIMINGS) this.options.log(`  timings: ${phases.report()}`);
      return { kind: 'published', written, removed: removedFiles, seconds: Number(seconds(started)) };
    } catch (error) {
      try {
        undo();
      } catch {
        // The next start rolls back from the journal.
      }
      const cause = (error as Error).cause as Error | undefined;
      const reason = `publishing failed: ${(error as Error).message}${cause ? ` (${cause.message})` : ''}`;
      return { kind: 'fallback', reason };
    }
  }

  /** After the pages: the sitemap and host files, then the search index, reported while they are pending. */
  private async followUp(
    tx: DistTransaction,
    all: PathWithRoute[],
    interrupt: Interruption,
    started: number,
    phases: ReturnType<typeof phaseTimer>,
    cause: string,
  ) {
    const { paths, integrations, search } = this.parts;
    const ticker = pendingTicker(this.options.log, started, cause);
    try {
      await integrations.publish(tx, this.work('integrations'), all, (p) => paths.outputFile(p));
      phases.mark('sitemap');
      ticker.pending('the search index');
      const result = await search.run(tx, this.work('search'), interrupt);
      phases.mark('search');
      if (result !== 'stopped') {
        ticker.done(result === 'yielded' ? 'the search index follows with the next publish' : undefined);
      }
      return result;
    } finally {
      ticker.stop();
    }
  }

  /** A folder of this publish's, beside the live site. */
  private work(name: string): string {
    return path.join(publishWorkDir(this.options.paths.finalDir), name);
  }
}
