/**
 * The warm publisher's worker's dealings with Astro and its other processes (scripts/publish-worker.ts): Astro's
 * build in the worker's own process, the content integrations astro.config.ts makes, the desk's configuration, the
 * search indexer, and the diagnostics GAZETTE_PUBLISH_MEMORY and GAZETTE_PUBLISH_PROFILE ask for.
 */
import fs from 'node:fs';
import path from 'node:path';
import warmPublisher, { type WarmBuild } from '../src/integrations/warm-publisher.ts';
import { generateDeskConfig, generateLiveZones } from '../src/lib/desk/generate.ts';
import { liveDeskStories, valuesInUse } from '../src/lib/desk/in-use.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { buildNow } from '../src/lib/site/clock.ts';
import { buildPaths } from '../src/lib/incremental/build-paths.ts';
import { SEARCH_BUNDLE_DIR } from '../src/lib/search/index-options.ts';
import * as pagefind from 'pagefind';
import { writeSiteIndex } from '../src/lib/search/site-index.ts';
import type { SearchIndexRun } from '../src/lib/publish/publish-types.ts';

const root = process.cwd();

/** The worker's memory, for GAZETTE_PUBLISH_MEMORY. */
export function logMemory(when: string): void {
  const m = process.memoryUsage();
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  console.log(
    `  memory ${when}: resident ${mb(m.rss)}, heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)}`,
  );
}

/**
 * A CPU profile of each publish, written to the folder GAZETTE_PUBLISH_PROFILE names (a diagnostic, as
 * docs/performance.md's profiles were taken).
 */
export async function profiled<T>(run: () => Promise<T>): Promise<T> {
  const dir = process.env.GAZETTE_PUBLISH_PROFILE;
  if (!dir) return run();
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `publish-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/** Astro's build, in this process, standing in for build.ts's child (the handle startHeld() gives). */
export function astroInProcess(env: NodeJS.ProcessEnv, warm: WarmBuild) {
  let finish: (status: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (finish = resolve));
  return {
    pid: process.pid,
    exited,
    // Started once the content check has passed: its messages come first, as with the child's held output.
    release() {
      for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
      Object.assign(process.env, env);
      void import('astro')
        .then(({ build }) => build({ root, integrations: [warmPublisher(warm)] } as Parameters<typeof build>[0]))
        .then(
          () => finish(0),
          (error: Error & { hint?: string }) => {
            console.error(`\n${error.name}: ${error.message}${error.hint ? `\n  Hint: ${error.hint}` : ''}`);
            finish(1);
          },
        );
    },
    stop() {
      finish(1);
    },
  };
}

/** The integrations whose output follows the content, as astro.config.ts makes them (once loaded, made per run). */
export async function loadContentIntegrations() {
  const config = (await import(path.join(root, 'astro.config.ts'))) as {
    contentIntegrations?: () => import('astro').AstroIntegration[];
  };
  if (!config.contentIntegrations) throw new Error('astro.config.ts does not export contentIntegrations()');
  return config.contentIntegrations;
}

/** What the desk's page compiles in from the content: the values in use and the live stories (src/lib/desk/generate.ts). */
export const deskContent = (): string =>
  JSON.stringify([valuesInUse(contentDir()), liveDeskStories(contentDir(), buildNow())]);

/**
 * The desk's configuration made again (src/lib/desk/generate.ts), as the build makes it, and put into the object the
 * desk's page renders (src/integrations/desk.ts keeps it on globalThis); false when that object is not there.
 */
export async function updateDeskConfig(): Promise<boolean> {
  const held = (name: string) => (globalThis as Record<symbol, unknown>)[Symbol.for(name)];
  const [config, zones] = [held('gazette.deskConfig'), held('gazette.deskLiveZones')];
  if (!config || typeof config !== 'object' || !zones || typeof zones !== 'object') return false;
  // As the build's module holds them: through JSON, keys in the new order, so the page serialises them as a clean
  // build's. The live stories' time zones change with the live stories' collections.
  replaceWith(config, generateDeskConfig());
  replaceWith(zones, generateLiveZones());
  return true;
}

function replaceWith(held: object, value: unknown): void {
  const fresh = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  for (const key of Object.keys(held)) delete (held as Record<string, unknown>)[key];
  Object.assign(held, fresh);
}

/**
 * The search index after a publish, written in this process (src/lib/search/site-index.ts) with the live index to link
 * unchanged bundles from: a save re-indexes only the bundles it changed. Not in a process of its own, as the build runs
 * it: a second Node process with the stories' plan was 150–250 MB beside the resident worker at 10,000 stories
 * (docs/performance.md, "The warm publisher (issue 34)"). Stopping it ends Pagefind's process at once.
 */
export function searchIndex(outDir: string): SearchIndexRun {
  const controller = new AbortController();
  const live = path.join(buildPaths().finalDir, SEARCH_BUNDLE_DIR);
  const written = writeSiteIndex(outDir, { reuse: live, signal: controller.signal }).then(
    () => 0,
    (error: Error) => {
      if (!controller.signal.aborted) console.error(`Search index failed: ${error.message}`);
      return 1;
    },
  );
  const stopped = new Promise<number>((resolve) =>
    controller.signal.addEventListener('abort', () => void pagefind.close().finally(() => resolve(1)), { once: true }),
  );
  return {
    done: Promise.race([written, stopped]).finally(() => global.gc?.()),
    stop: () => controller.abort(),
  };
}
