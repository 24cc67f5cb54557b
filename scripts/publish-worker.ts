/**
 * The warm publisher's worker, which scripts/publish.ts starts and restarts. It builds the site exactly as
 * `npm run build` does (scripts/build.ts, run in this process) but with Astro's build in this process too, and then
 * keeps it: Astro's build app, the content store and every page's key stay in memory (src/lib/publish/warm-site.ts).
 * Each change it is sent is checked, loaded and published warm; what it cannot do warm it hands back, and exits, so
 * that a fresh worker does it with a full build. Messages (over the IPC channel): in, { type: 'publish', files } and
 * { type: 'stop' }; out, { type: 'ready' }, { type: 'cold', reason }, { type: 'fallback', reason }.
 */
import fs from 'node:fs';
import path from 'node:path';
import { holdPrerenderBundle, pagesStore } from '../src/lib/publish/bundle-hooks.ts';
import type { WarmBuild } from '../src/integrations/warm-publisher.ts';
import { buildPaths } from '../src/lib/incremental/build-paths.ts';
import { recoverDist } from '../src/lib/publish/transaction.ts';
import type { Interruption, PublishOutcome, WarmSite } from '../src/lib/publish/warm-site.ts';
import { warmSite } from '../src/lib/publish/warm-start.ts';
import { nextClockChange, type ClockedPin, type ClockedStory } from '../src/lib/publish/next-change.ts';
import { checkContentTree, reportCheck } from './publish-check.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { SITE_FILE } from '../src/lib/site/settings.ts';
import { buildLock } from './build-lock.ts';
import * as astro from './publish-astro.ts';

export type WorkerMessage =
  | { type: 'ready'; rendered: number; seconds: number }
  | { type: 'cold'; reason: string }
  | { type: 'fallback'; reason: string };
export type SupervisorMessage = { type: 'publish'; files: string[] } | { type: 'stop' };

const root = process.cwd();
const paths = buildPaths();
const send = (message: WorkerMessage) => process.send?.(message);
/** The longest wait for the clock: a publish at least this often keeps whatever the clock changes in step. */
const CLOCK_CHECK_MAX_MS = 60 * 60_000;
const started = performance.now();
const siteFile = path.join(contentDir(), SITE_FILE);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
let queued: { files: Set<string>; clock: boolean } | undefined;
let stopping = false;
let busy = false;
let wake: (() => void) | undefined;
let clockTimer: NodeJS.Timeout | undefined;
/** The next publish by the clock, as last told to the editor. */
let announced: number | undefined;
let ready = false;

process.on('message', (message: SupervisorMessage) => {
  if (message.type === 'stop') stop();
  else {
    queued ??= { files: new Set(), clock: false };
    for (const file of message.files) queued.files.add(file);
  }
  wake?.();
});
// The supervisor says stop over IPC; a SIGTERM sent to this process directly, or losing the supervisor, means the same.
process.on('SIGTERM', stop);
process.on('disconnect', stop);

/**
 * Stops: at once while the build runs (it has not touched dist/ yet), with the build's own processes (the content
 * check, the search indexer: this worker leads their process group, scripts/publish.ts starts it so); otherwise after
 * the publish in hand.
 */
function stop() {
  stopping = true;
  if (!ready) {
    console.log(`Stopped before the build finished; ${path.relative(root, paths.finalDir)}/ was left as it was.`);
    try {
      process.kill(-process.pid, 'SIGKILL');
    } catch {
      process.exit(143);
    }
  }
  wake?.();
}

// How this process loads Astro's bundle (bundle-hooks.ts): registered before the build.
holdPrerenderBundle();
const warm: WarmBuild = { rendered: 0, problems: [] };
(globalThis as Record<symbol, unknown>)[Symbol.for('gazette.build.inProcessAstro')] = (
  _args: string[],
  env: NodeJS.ProcessEnv,
) => astro.astroInProcess(env, warm);

// A publish this publisher's last worker left half done (it was killed) is put back before anything reads dist/.
const recovering = await waitForLock();
try {
  if (recoverDist(paths.finalDir)) console.log('A publish that was cut short was rolled back.');
} finally {
  recovering.release();
}
// The build, as npm run build runs it; it exits this process when it fails.
await import('./build.ts');

let site: WarmSite;
try {
  site = await warmSite({
    warm,
    paths,
    contentIntegrations: await astro.loadContentIntegrations(),
    searchIndex: astro.searchIndex,
    log: (line) => console.log(line),
    // The desk's page compiles in the values in use and the live stories (src/integrations/desk.ts): when they
    // change, its configuration is made again, as the build makes it.
    compiledContent: {
      what: "the desk's suggestions or live stories changed and its configuration could not be updated",
      read: astro.deskContent,
      update: astro.updateDeskConfig,
    },
  });
  await site.settle();
} catch (error) {
  send({ type: 'cold', reason: `it cannot publish warm with this Astro: ${(error as Error).message}` });
  process.exit(0);
}
// What the build's content sync set up is no longer needed; the pages' store is what counts now.
global.gc?.();
ready = true;
if (process.env.GAZETTE_PUBLISH_MEMORY) astro.logMemory('after the build');
send({ type: 'ready', rendered: warm.rendered, seconds: (performance.now() - started) / 1000 });

scheduleClock();
for (;;) {
  if (stopping) break;
  if (!queued) {
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    continue;
  }
  const request = queued;
  queued = undefined;
  busy = true;
  const outcome = await publishOnce(request).catch((error: Error): PublishOutcome => ({
    kind: 'fallback',
    reason: `an error it could not recover from: ${error.message}`,
  }));
  busy = false;
  // What the publish let go of is given back now, while nothing waits: the resident memory stays near its floor.
  global.gc?.();
  if (process.env.GAZETTE_PUBLISH_MEMORY) astro.logMemory('after the publish');
  if (outcome && outcome.kind !== 'published' && outcome.kind !== 'nothing') {
    if (outcome.kind === 'rolled back')
      console.log(`Stopped; the publish in hand was rolled back (${outcome.reason}).`);
    else send({ type: 'fallback', reason: outcome.reason });
    break;
  }
  scheduleClock();
}
clearTimeout(clockTimer);
process.exit(0);

/** One publish, holding the build lock; undefined when the content check refused it. */
async function publishOnce(request: { files: Set<string>; clock: boolean }): Promise<PublishOutcome | undefined> {
  const image = [...request.files].find((file) => site.showsImageFile(file));
  if (image) return { kind: 'fallback', reason: `a new or changed image (${path.relative(root, image)})` };
  // Who the site is and what it speaks: read when Astro's config loads, so the build's to read again.
  const settings = [...request.files].find((file) => file === siteFile);
  if (settings) return { kind: 'fallback', reason: `${path.relative(root, settings)} changed` };
  const lock = await waitForLock();
  try {
    if (!site.stillOurs())
      return { kind: 'fallback', reason: `another build replaced ${path.relative(root, paths.finalDir)}/` };
    const checkStarted = performance.now();
    const passed = reportCheck(checkContentTree());
    if (process.env.GAZETTE_PUBLISH_TIMINGS) console.log(`  timings: check ${seconds(checkStarted)}`);
    if (!passed) return undefined;
    const interrupt: Interruption = () => (stopping ? 'stop' : queued && queued.files.size > 0 ? 'yield' : 'go on');
    return await astro.profiled(() => site.publish(interrupt, { clock: request.clock }));
  } finally {
    lock.release();
  }
}

/** The build lock, shared with npm run build: waited for, never broken while its holder runs. */
async function waitForLock(): Promise<{ release: () => void }> {
  let said = false;
  for (;;) {
    try {
      fs.mkdirSync(path.dirname(paths.lock), { recursive: true });
      return buildLock(paths.lock);
    } catch (error) {
      if (!said) console.log(`Waiting: ${(error as Error).message.split(';')[0]}.`);
      said = true;
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (stopping) process.exit(0);
    }
  }
}

/** A publish at the next instant the clock changes a page (real clock only; SOURCE_DATE_EPOCH stands still). */
function scheduleClock(): void {
  clearTimeout(clockTimer);
  if (process.env.SOURCE_DATE_EPOCH) return;
  const store = pagesStore();
  const stories = [...(store?.get('articles')?.values() ?? [])].map((e) => e.data as ClockedStory);
  const pins = [...(store?.get('frontPage')?.values() ?? [])].flatMap(
    (e) => ((e.data as { pins?: ClockedPin[] }).pins ?? []) as ClockedPin[],
  );
  // Live coverage: an update's time arriving, and the coverage's end (its Live label, its pages' cache lifetimes).
  const updates = [...(store?.get('liveUpdates')?.values() ?? [])].map((e) => (e.data as ClockedStory).published?.date);
  const ends = stories.map((story) => (story as { live?: { end?: { date?: Date } } }).live?.end?.date);
  const next = nextClockChange(stories, pins, new Date(), [...updates, ...ends]);
  // An editor who saved something dated later (a story, an update) learns when it goes out, once.
  if (next && next.getTime() !== announced && next.getTime() - Date.now() > 1000)
    console.log(`  next publish by the clock: ${next.toISOString()}`);
  announced = next?.getTime();
  const wait = Math.min(CLOCK_CHECK_MAX_MS, next ? next.getTime() - Date.now() : CLOCK_CHECK_MAX_MS);
  clockTimer = setTimeout(
    () => {
      queued ??= { files: new Set(), clock: true };
      if (!busy) wake?.();
    },
    Math.max(0, wait) + 5,
  );
  clockTimer.unref();
}
