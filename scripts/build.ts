/**
 * Builds the site without ever leaving a half-built dist/ behind: Astro writes
 * into a scratch directory beside it, and only a successful build is swapped in.
 * Builds are incremental: pages whose cache key is unchanged are restored from
 * the cache directory (docs/performance.md, "Incremental builds").
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
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
  // The content check names the file and field of every mistake. It runs while Astro starts (it is 3.0 s of a one-edit
  // build at 10,000 articles); Astro's output is held back until the check passes, and if it fails Astro is stopped
  // unheard, so the editor reads only the check's messages.
  const astroRun = startAstro();
  const checked = await runNode([path.join(root, 'scripts', 'check-content.ts')]);
  if (checked !== 0) {
    astroRun.stop();
    await astroRun.exited;
    stoppedBeforeStart = true;
    status = checked;
  } else {
    astroRun.release();
    status = await astroRun.exited;
  }
  const notCleared = await clearingOld;
  if (notCleared) {
    // dist/ cannot be moved aside while the last tree it replaced is still there.
    console.error(`Could not delete ${path.relative(root, old) || old}/: ${notCleared.message}`);
    if (status === 0) status = 1;
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

/** Astro, its output held until `release()`; `stop()` ends it unheard. */
function startAstro() {
  // Astro lets an environment variable named BASE_URL override import.meta.env.BASE_URL,
  // which would quietly drop BASE_PATH from every link (Vitest, for one, sets BASE_URL=/).
  const { BASE_URL: _ignored, ...env } = process.env;
  // V8's memory saver mode grows the heap less eagerly and collects sooner, on every thread (the card workers too).
  // Side by side (bench:compare memory-saver, two builds of each): 10,000 articles peaked at 1.17-1.23 GB instead of
  // 2.13-2.26 GB, at 1.14x the wall time (1.3x at 1,000 articles). The peak it removes was garbage, not live data:
  // Astro's bundling of its 67 MB content store (README.md, "Performance"). It goes on the command line because
  // NODE_OPTIONS refuses most V8 flags, and it is probed first because node refuses to start on a V8 flag it lacks.
  const memoryFlags = supportedNodeFlags(process.execPath, ['--memory-saver-mode']);
  if (memoryFlags.length === 0) {
    console.warn(`Note: node ${process.version} has no --memory-saver-mode, so this build will use more memory (README.md, "Performance").`);
  }
  const child = spawn(process.execPath, [...memoryFlags, astro, 'build', ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      // A fixed glibc mmap threshold, which also turns off glibc's adaptive one. Measured, with the share cards
      // deflated on the main thread: 1,000 articles peaked at 1.01 GB instead of 1.24 GB; with the cards in worker
      // threads the gain is smaller (1.11 -> 1.07 GB). The mechanism was not pinned down; heap fragmentation by the
      // cards' short-lived buffers is the likely one (README.md, "Performance"). Other C libraries ignore the variable.
      MALLOC_MMAP_THRESHOLD_: '131072',
      // Rolldown's native binding (and Astro's compiler) allocate through an embedded mimalloc, which by default keeps
      // freed pages resident for a while before returning them; after bundling, two arenas held ~350 MB of RSS (read
      // from /proc/<pid>/smaps) through the page phase. Purging at once, side by side (bench:compare mimalloc-purge):
      // 1,000 articles peaked at 0.99 GB instead of 1.08-1.11 GB; at 10,000 the change was lost in run-to-run noise
      // and since the memory saver mode above it has not been measured apart. Ignored by other allocators.
      MIMALLOC_PURGE_DELAY: '0',
      ...env,
      // Piped output loses Astro's colours unless asked for; only when a person is watching.
      ...(process.stdout.isTTY && !env.NO_COLOR && env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
      GAZETTE_OUT_DIR: scratch,
    },
  });
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
