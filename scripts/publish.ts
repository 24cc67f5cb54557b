/**
 * `npm run publish -- --watch`: the warm publisher. It builds once, as `npm run build` does, then keeps Astro's build
 * in memory and publishes each saved change to the content in seconds: the pages whose key changed, written into dist/
 * by renames, then the sitemap and the search index (docs/editors.md, "Publishing as you save"). A change to the code,
 * the config or the lockfile, a new or changed image, a new section, or an error it cannot recover from is published
 * by a full incremental build instead, and its line says so. Without --watch it is one `npm run build`.
 *
 * This process watches the files and keeps the publisher running; the work is done in a worker process
 * (scripts/publish-worker.ts), started again, with a full build, for each fallback. Saves that arrive together are
 * published together. On SIGTERM or SIGINT the publish in hand is finished or rolled back, within 10 s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { buildPaths } from '../src/lib/incremental/build-paths.ts';
import { watchFolders } from '../src/lib/publish/folder-watch.ts';
import type { SupervisorMessage, WorkerMessage } from './publish-worker.ts';

const root = process.cwd();
const watch = process.argv.includes('--watch');
const content = contentDir();
const shownContent = `${path.relative(root, content) || content}/`;
const dist = buildPaths().finalDir;
/** Saves are published once the files have been quiet this long: an editor's save is often two writes or a rename. */
const QUIET_MS = 120;
/** A stopping worker gets this long to finish or roll back its publish. */
const STOP_WITHIN_MS = 9_500;
/** What, outside the content, the site is built from: a change to any of it is a full build. */
const CODE = ['src', 'public', 'scripts', 'astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

if (!watch) {
  const build = spawn(process.execPath, [path.join(root, 'scripts', 'build.ts')], { stdio: 'inherit' });
  build.on('close', (code) => process.exit(code ?? 1));
} else {
  await supervise();
}

async function supervise(): Promise<void> {
  let worker: ChildProcess | undefined;
  let ready = false;
  let stopping = false;
  let watching = false;
  /** The full build under way, and why: shown in its published line. */
  let fullBuild: { reason: string; since: number } | undefined;
  /** Why the worker is being replaced (it asked for a full build, or the code changed). */
  let restart: string | undefined;
  /** Set when this Astro cannot publish warm: every save is then a full build. */
  let cold: string | undefined;
  const pending = new Set<string>();
  let codeChange: string | undefined;
  let quiet: NodeJS.Timeout | undefined;

  const startWatching = () => {
    if (!watching) console.log(`watching ${shownContent}`);
    watching = true;
  };

  const start = (reason?: string) => {
    ready = false;
    if (reason) {
      console.log(`publishing with a full build: ${reason}`);
      fullBuild = { reason, since: performance.now() };
    }
    // A young generation of 4 MB semi-spaces rather than V8's default: the worker stays resident between saves, and
    // the default's slack was about 150 MB of its memory at 10,000 stories (docs/performance.md, "The warm publisher").
    const flags = ['--expose-gc', '--max-semi-space-size=4'];
    const child = spawn(process.execPath, [...flags, path.join(root, 'scripts', 'publish-worker.ts')], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Its own process group, with the build's processes it starts: a worker stopped mid-build takes them with it,
      // and a Ctrl-C reaches it through this process, which stops it in order.
      detached: true,
      env: {
        ...process.env,
        // As scripts/build.ts starts Astro (see its startAstro): these must be set before the process starts.
        MALLOC_MMAP_THRESHOLD_: '131072',
        MIMALLOC_PURGE_DELAY: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    worker = child;
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'fallback') {
        restart = message.reason;
        return;
      }
      // Built: a warm worker is ready for saves; a cold one says so and exits.
      if (fullBuild) {
        console.log(
          `published ${message.type === 'ready' ? message.rendered : 'the'} page${message.type === 'ready' && message.rendered === 1 ? '' : 's'} in ${((performance.now() - fullBuild.since) / 1000).toFixed(2)} s (full build: ${fullBuild.reason})`,
        );
        fullBuild = undefined;
      }
      if (message.type === 'cold') {
        if (!cold) console.log(`The publisher ${message.reason}: every save will be a full build.`);
        cold = message.reason;
      } else ready = true;
      startWatching();
      flush();
    });
    child.on('exit', (code, signal) => {
      if (worker === child) worker = undefined;
      ready = false;
      if (stopping) process.exit(0);
      if (restart) {
        const reason = restart;
        restart = undefined;
        start(reason);
        return;
      }
      if (code !== 0 && !cold) {
        console.log(
          `The build failed (${signal ?? `exit ${code}`}); ${path.relative(root, dist)}/ was left as it was. Still watching: the next save builds again.`,
        );
        fullBuild = undefined;
        startWatching();
      }
      flush();
    });
  };

  /** Sends the saves gathered so far, or starts the full build that a code change, a failure or a cold worker needs. */
  const flush = () => {
    if (stopping) return;
    if (codeChange) {
      restart = codeChange;
      codeChange = undefined;
      pending.clear();
      if (worker) worker.send({ type: 'stop' } satisfies SupervisorMessage);
      else {
        const reason = restart;
        restart = undefined;
        start(reason);
      }
      return;
    }
    if (pending.size === 0) return;
    if (!worker) {
      const saved = [...pending]
        .map((f) => path.relative(root, f))
        .slice(0, 3)
        .join(', ');
      pending.clear();
      start(cold ? `${saved} changed` : `${saved} changed after a failed build`);
      return;
    }
    if (!ready) return;
    worker.send({ type: 'publish', files: [...pending] } satisfies SupervisorMessage);
    pending.clear();
  };

  const changed = (file: string) => {
    if (stopping || ignored(file)) return;
    if (!isInside(file, content)) codeChange ??= `${path.relative(root, file)} changed`;
    else pending.add(file);
    clearTimeout(quiet);
    quiet = setTimeout(flush, QUIET_MS);
  };

  watchTree(content, changed);
  for (const entry of CODE) {
    const full = path.join(root, entry);
    if (fs.existsSync(full)) watchTree(full, changed);
  }

  const shutDown = () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(quiet);
    if (pending.size > 0) {
      const files = [...pending].map((f) => path.relative(root, f));
      console.log(
        `Stopping: not published, saved in the last moment: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}. The next npm run build or publisher publishes them.`,
      );
    }
    if (!worker) process.exit(0);
    worker.send({ type: 'stop' } satisfies SupervisorMessage);
    setTimeout(() => {
      // The worker's whole group: its search indexer too. What it leaves half done, the next start rolls back.
      if (worker?.pid) process.kill(-worker.pid, 'SIGKILL');
      process.exit(1);
    }, STOP_WITHIN_MS).unref();
  };
  process.on('SIGTERM', shutDown);
  process.on('SIGINT', shutDown);
  start();
}

/** Watches a file or a folder (with the folders in it); every change is reported by its absolute path. */
function watchTree(target: string, onChange: (file: string) => void): void {
  if (fs.statSync(target).isDirectory()) {
    watchFolders(target, onChange);
    return;
  }
  const watcher = fs.watch(target, () => onChange(target));
  watcher.on('error', () => onChange(target));
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Editors' own files beside the one being saved (swap files, backups), what a build writes itself, and the rooms'
 * READMEs, which no build reads.
 */
function ignored(file: string): boolean {
  const name = path.basename(file);
  return (
    /^\.|~$|\.sw[a-z]$|^\d+$/.test(name) ||
    name === 'README.md' ||
    file.split(path.sep).some((part) => part === 'node_modules' || part === '.astro' || part.startsWith('.dist'))
  );
}
