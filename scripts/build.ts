/**
 * Builds the site without ever leaving a half-built dist/ behind: Astro writes
 * into a scratch directory beside it, and only a successful build is swapped in.
 * Builds are incremental: pages whose cache key is unchanged are restored from
 * the cache directory (docs/performance.md, "Incremental builds").
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCacheDir } from '../src/lib/incremental/cache-dir.ts';
import { keyedOutputs, linkLiveOutputs, removeUnbuilt } from '../src/lib/incremental/reuse-output.ts';
import { buildLock } from './build-lock.ts';
import { supportedNodeFlags } from './node-flags.ts';

const root = process.cwd();
const finalDir = path.resolve(root, process.env.GAZETTE_DIST || 'dist');
// A fixed name, not one per process: astro:assets compiles the output directory into its module, so a new name each
// build changes every page's code hash and Astro's incremental build silently re-renders every page.
const scratch = `${path.dirname(finalDir)}/.${path.basename(finalDir)}-building`;
const shown = path.relative(root, finalDir) || finalDir;
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

if (!process.env.SITE_URL) {
  console.warn('Note: SITE_URL is not set, so canonical URLs, the feed, the sitemap and share cards point at http://localhost:4321. Set it for a build you deploy.');
}

// One build at a time per output directory, since they share the scratch directory (and the cache).
let lock: ReturnType<typeof buildLock>;
try {
  fs.mkdirSync(path.dirname(finalDir), { recursive: true });
  lock = buildLock(`${scratch}.lock`);
} catch (error) {
  console.error(`\n${(error as Error).message}\n${shown}/ was left exactly as it was.`);
  process.exit(1);
}
// The tree a build replaced. Deleting it is several seconds of unlinking at 10,000 articles (37,640 files: 5-8 s
// here), so it is left until the next build, which deletes it while Astro runs instead of making the editor wait.
const old = `${scratch}-old`;
let status = 1;
let stoppedBeforeStart = false;
try {
  // Also a tree left by a build that was killed mid-swap.
  // Settled at once, so a failed delete cannot end this process while Astro runs; it is reported after.
  const clearingOld = fs.promises.rm(old, { recursive: true, force: true }).then(() => undefined, (error: Error) => error);
  fs.rmSync(scratch, { recursive: true, force: true });
  // The live site's unchanged pages, linked rather than copied into the scratch directory (reuse-output.ts). Done
  // before Astro starts, so no link can appear under a file Astro is writing.
  const manifest = path.join(buildCacheDir(), 'incremental-build.json');
  const linked = fs.existsSync(finalDir) ? linkLiveOutputs(finalDir, scratch, keyedOutputs(manifest)) : new Set<string>();
  // The content check names the file and field of every mistake. It runs while Astro starts, and so does the search
  // index, which is built from the content, not from the pages, on the other core (scripts/search-index.ts). Their
  // output is held back until the check passes; if it fails they are stopped unheard, so the editor reads only the
  // check's messages.
  const astroRun = startAstro();
  const searchRun = startHeld([path.join(root, 'scripts', 'search-index.ts'), scratch], childEnv());
  const checked = await runNode([path.join(root, 'scripts', 'check-content.ts')]);
  if (checked !== 0) {
    for (const run of [astroRun, searchRun]) run.stop();
    await Promise.all([astroRun.exited, searchRun.exited]);
    stoppedBeforeStart = true;
    status = checked;
  } else {
    astroRun.release();
    status = await astroRun.exited;
    searchRun.release();
    const indexed = await searchRun.exited;
    if (status === 0) status = indexed;
  }
  const notCleared = await clearingOld;
  if (notCleared) {
    // dist/ cannot be moved aside while the last tree it replaced is still there.
    console.error(`Could not delete ${path.relative(root, old) || old}/: ${notCleared.message}`);
    if (status === 0) status = 1;
  }
  if (status === 0 && linked.size > 0) {
    // A deleted story's page was linked in from the live site, and Astro does not empty its output directory.
    removeUnbuilt(finalDir, scratch, linked, keyedOutputs(manifest));
  }
  if (status === 0) {
    // Two renames on one file system: dist/ holds the old tree or the new one, and is
    // missing only for the instant between them.
    if (fs.existsSync(finalDir)) fs.renameSync(finalDir, old);
    fs.renameSync(scratch, finalDir);
  }
} finally {
  if (status !== 0) fs.rmSync(scratch, { recursive: true, force: true });
  lock.release();
}
if (stoppedBeforeStart) {
  console.error(`\nBuild stopped before it began; ${shown}/ was left exactly as it was.`);
  process.exit(status);
}
if (status !== 0) {
  console.error(`\nBuild failed; ${shown}/ was left exactly as it was.`);
  process.exit(status);
}
console.log(`Built ${shown}/`);

function runNode(args: string[]): Promise<number> {
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  return exitOf(child);
}

/** Its exit status once its output has all been read ('close', not 'exit': the last lines are often the error). */
function exitOf(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** The environment of the build's child processes. */
function childEnv(): NodeJS.ProcessEnv {
  // Astro lets an environment variable named BASE_URL override import.meta.env.BASE_URL,
  // which would quietly drop BASE_PATH from every link (Vitest, for one, sets BASE_URL=/).
  const { BASE_URL: _ignored, ...env } = process.env;
  return {
    ...env,
    // Piped output loses Astro's colours unless asked for; only when a person is watching.
    ...(process.stdout.isTTY && !env.NO_COLOR && env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
    GAZETTE_OUT_DIR: scratch,
  };
}

/** Astro's build (see startHeld). */
function startAstro() {
  // V8's memory saver mode grows the heap less eagerly and collects sooner, on every thread (the card workers too):
  // it roughly halved the peak of a 10,000-article build for 1.14x its time (docs/performance.md, "memory"). It goes
  // on the command line because NODE_OPTIONS refuses most V8 flags, and it is probed first because node refuses to
  // start on a V8 flag it lacks.
  const memoryFlags = supportedNodeFlags(process.execPath, ['--memory-saver-mode']);
  if (memoryFlags.length === 0) {
    console.warn(`Note: node ${process.version} has no --memory-saver-mode, so this build will use more memory (docs/performance.md).`);
  }
  return startHeld([...memoryFlags, astro, 'build', ...process.argv.slice(2)], {
    // A fixed glibc mmap threshold, which also turns off glibc's adaptive one: it lowered the peak of builds that
    // deflate many share cards (docs/performance.md, item 9). Other C libraries ignore the variable.
    MALLOC_MMAP_THRESHOLD_: '131072',
    // Rolldown's native binding (and Astro's compiler) allocate through an embedded mimalloc, which by default keeps
    // freed pages resident for a while; purging at once lowered the peak (docs/performance.md, item 10).
    MIMALLOC_PURGE_DELAY: '0',
    ...childEnv(),
  });
}

/** A Node process, its output held until `release()`; `stop()` ends it unheard. */
function startHeld(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    from.on('data', (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk)));
  }
  return {
    exited: exitOf(child),
    release() {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = undefined;
    },
    stop() {
      held = [];
      child.kill('SIGTERM');
    },
  };
}
