/**
 * Builds the site without ever leaving a half-built dist/ behind: Astro writes into a scratch directory beside it,
 * and only a successful build is swapped in. Builds are incremental: the live site's unchanged pages are reused, and
 * Astro renders only pages whose cache key changed (docs/performance.md, "Incremental builds"). The search index is
 * written beside Astro; when it is still being written once the pages are ready, the pages go live first and the
 * index follows, and if it then fails the previous site is put back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCacheDir } from '../src/lib/incremental/cache-dir.ts';
import { buildPaths } from '../src/lib/incremental/build-paths.ts';
import {
  type BuildManifest,
  keyedOutputs,
  linkLiveOutputs,
  linkTree,
  readManifest,
  removeUnbuilt,
  reusableOutputs,
} from '../src/lib/incremental/reuse-output.ts';
import { SEARCH_BUNDLE_DIR } from '../src/lib/search/index-options.ts';
import { buildLock } from './build-lock.ts';
import { runNode, setPriority, startHeld } from './build-children.ts';

const root = process.cwd();
// The scratch directory's name is fixed, not one per process (build-paths.ts says why).
const { finalDir, scratch, lock: lockFile, liveManifest: liveManifestFile } = buildPaths();
const shown = path.relative(root, finalDir) || finalDir;
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const IN_PROCESS_ASTRO = Symbol.for('gazette.build.inProcessAstro');

if (!process.env.SITE_URL) {
  console.warn(
    'Note: SITE_URL is not set, so canonical URLs, the feed, the sitemap and share cards point at http://localhost:4321. Set it for a build you deploy.',
  );
}

// One build at a time per output directory, since they share the scratch directory (and the cache).
let lock: ReturnType<typeof buildLock>;
try {
  fs.mkdirSync(path.dirname(finalDir), { recursive: true });
  lock = buildLock(lockFile);
} catch (error) {
  console.error(`\n${(error as Error).message}\n${shown}/ was left exactly as it was.`);
  process.exit(1);
}
// The tree and the search index a build replaced. Deleting them is seconds of unlinking on a big site, so they are left
// until the next build, which deletes them while Astro runs instead of making the editor wait.
const [old, oldIndex] = [`${scratch}-old`, `${scratch}-search-old`];
// The new index is written here, beside Astro's output (not where the old one is being deleted), then moved in.
const searchOut = `${scratch}-search`;
const startedAt = performance.now();
const seconds = () => ((performance.now() - startedAt) / 1000).toFixed(1);
let status = 1;
let stoppedBeforeStart = false;
let pagesLive = false;
try {
  // Also trees left by a build that was killed mid-swap. Settled at once, so a failed delete cannot end this process
  // while Astro runs; it is reported after.
  const clearing = Promise.all(
    [old, oldIndex].map((dir) =>
      fs.promises.rm(dir, { recursive: true, force: true }).then(
        () => undefined,
        (error: Error) => error,
      ),
    ),
  );
  for (const dir of [scratch, searchOut]) fs.rmSync(dir, { recursive: true, force: true });
  // The live site's unchanged pages, linked rather than copied into the scratch directory (reuse-output.ts). Done
  // before Astro starts, so no link can appear under a file Astro is writing.
  const manifest = path.join(buildCacheDir(), 'incremental-build.json');
  const liveManifest = readManifest(liveManifestFile);
  const linked = fs.existsSync(finalDir)
    ? linkLiveOutputs(finalDir, scratch, reusableOutputs(readManifest(manifest), liveManifest))
    : new Set<string>();
  // The content check names the file and field of every mistake. It runs while Astro starts, and so does the search
  // index, which is built from the content, not from the pages (scripts/search-index.ts). Their output is held back
  // until the check passes; if it fails they are stopped unheard, so the editor reads only the check's messages.
  // Astro writes the content layer's image imports to <project>/.astro/content-assets.mjs, which every build of this
  // checkout shares, and rewrites it only when its own store changed: a build whose store was unchanged compiled the
  // imports another content tree (a test fixture's) had left there, and failed on a picture it does not have.
  // Without the file, Astro writes it from this build's store.
  fs.rmSync(path.join(root, '.astro', 'content-assets.mjs'), { force: true });
  const astroRun = startAstro();
  const searchRun = startHeld([path.join(root, 'scripts', 'search-index.ts'), searchOut], childEnv());
  // Astro's pages are what the editor waits for, so the others yield the CPU to it: the indexer (and Pagefind, which it
  // starts) at the lowest priority, since the pages go live without the index when it is not ready; the content check
  // just above it, since its messages are the first thing an editor with a mistake reads. The price is on a machine
  // busy with other work, where the lowest priority is last behind all of it and the index trails the pages for
  // longer (docs/performance.md, "Round16: the editor's pages first", with the figures both ways).
  setPriority(searchRun.pid, os.constants.priority.PRIORITY_LOW);
  let searchDone = false;
  const indexed = searchRun.exited.then((code) => ((searchDone = true), code));
  const checked = await runNode(
    [path.join(root, 'scripts', 'check-content.ts')],
    os.constants.priority.PRIORITY_BELOW_NORMAL,
  );
  if (checked !== 0) {
    for (const run of [astroRun, searchRun]) run.stop();
    await Promise.all([astroRun.exited, indexed]);
    stoppedBeforeStart = true;
    status = checked;
  } else {
    astroRun.release();
    status = await astroRun.exited;
    const notCleared = (await clearing).find((e) => e !== undefined);
    if (notCleared && status === 0) {
      // dist/ cannot be moved aside while the last tree it replaced is still there.
      console.error(`Could not delete a tree an earlier build replaced: ${notCleared.message}`);
      status = 1;
    }
    if (status === 0 && linked.size > 0) {
      // A deleted story's page was linked in from the live site, and Astro does not empty its output directory.
      removeUnbuilt(finalDir, scratch, linked, keyedOutputs(readManifest(manifest)));
    }
    const liveIndex = path.join(finalDir, SEARCH_BUNDLE_DIR);
    if (status === 0 && !searchDone && fs.existsSync(liveIndex)) {
      // The pages are ready and the index is not: the pages go live now, with the last index (linked, not copied),
      // and the new index follows in a step of its own. Search trails the pages by the time printed below.
      linkTree(liveIndex, path.join(scratch, SEARCH_BUNDLE_DIR));
      swapIn(manifest);
      pagesLive = true;
      console.log(`Built ${shown}/ in ${seconds()} s; the search index follows.`);
      searchRun.release();
      status = await indexed;
      if (status === 0) {
        // Two renames again: the live index is the old one or the new one, and is missing only between them.
        fs.renameSync(liveIndex, oldIndex);
        fs.renameSync(path.join(searchOut, SEARCH_BUNDLE_DIR), liveIndex);
        fs.rmdirSync(searchOut);
      } else {
        // The previous site, pages and index together, goes back: dist/ ends exactly as it was before this build.
        fs.renameSync(finalDir, scratch);
        fs.renameSync(old, finalDir);
        recordLive(liveManifest);
      }
    } else {
      searchRun.release();
      const searchStatus = await indexed;
      if (status === 0) status = searchStatus;
      if (status === 0) {
        fs.renameSync(path.join(searchOut, SEARCH_BUNDLE_DIR), path.join(scratch, SEARCH_BUNDLE_DIR));
        fs.rmdirSync(searchOut);
        swapIn(manifest);
      }
    }
  }
} finally {
  if (status !== 0) for (const dir of [scratch, searchOut]) fs.rmSync(dir, { recursive: true, force: true });
  lock.release();
}
if (stoppedBeforeStart) {
  console.error(`\nBuild stopped before it began; ${shown}/ was left exactly as it was.`);
  process.exit(status);
}
if (status !== 0) {
  console.error(
    pagesLive
      ? `\nBuild failed; the previous site was put back, so ${shown}/ is exactly as it was.`
      : `\nBuild failed; ${shown}/ was left exactly as it was.`,
  );
  process.exit(status);
}
console.log(
  pagesLive ? `Search index updated, ${seconds()} s after the build began.` : `Built ${shown}/ in ${seconds()} s.`,
);

/**
 * Two renames on one file system: dist/ holds the old tree or the new one, and is missing only between them. Then
 * Astro's manifest of this build is recorded as the live site's, which the next build links from.
 */
function swapIn(manifest: string): void {
  if (fs.existsSync(finalDir)) fs.renameSync(finalDir, old);
  fs.renameSync(scratch, finalDir);
  recordLive(readManifest(manifest));
}

/** What the live site holds, as Astro's manifest described it when it went live (none: nothing is linked next time). */
function recordLive(manifest: BuildManifest | undefined): void {
  if (manifest) fs.writeFileSync(liveManifestFile, JSON.stringify(manifest));
  else fs.rmSync(liveManifestFile, { force: true });
}

/** The environment of the build's child processes. */
function childEnv(): NodeJS.ProcessEnv {
  // Astro lets environment variables named BASE_URL and SITE override import.meta.env's, which would quietly drop
  // BASE_PATH or SITE_URL from links (Vitest, for one, sets BASE_URL=/ and SITE).
  const { BASE_URL: _base, SITE: _site, ...env } = process.env;
  return {
    ...env,
    // Piped output loses Astro's colours unless asked for; only when a person is watching.
    ...(process.stdout.isTTY && !env.NO_COLOR && env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
    GAZETTE_OUT_DIR: scratch,
  };
}

/**
 * Astro's build (see startHeld). No V8 memory saver mode any more: it was there for the large content store of
 * rendered bodies, and with a store of frontmatter it cost a third of a one-edit build's CPU in garbage collection
 * while the peak stays within budget without it (docs/performance.md, "A newsroom of 100,000 stories").
 */
function startAstro() {
  // The warm publisher runs this build with Astro in its own process, which it keeps warm afterwards
  // (scripts/publish-worker.ts); it stands in for the child process here.
  const inProcess = (globalThis as { [IN_PROCESS_ASTRO]?: typeof startHeld })[IN_PROCESS_ASTRO];
  if (inProcess) return inProcess(process.argv.slice(2), childEnv());
  return startHeld([astro, 'build', ...process.argv.slice(2)], {
    // A fixed glibc mmap threshold, which also turns off glibc's adaptive one: it lowered the peak of builds that
    // deflate many share cards (docs/performance.md, "Figures behind the code's comments"). Other C libraries ignore
    // the variable.
    MALLOC_MMAP_THRESHOLD_: '131072',
    // Rolldown's native binding (and Astro's compiler) allocate through an embedded mimalloc, which by default keeps
    // freed pages resident for a while; purging at once lowered the peak (docs/performance.md, "Figures behind the
    // code's comments").
    MIMALLOC_PURGE_DELAY: '0',
    ...childEnv(),
  });
}
