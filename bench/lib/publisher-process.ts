/**
 * The warm publisher (`npm run publish -- --watch`) as the benchmarks drive it: started in its own process, every line
 * it prints kept with the moment it came, and the resident memory of its whole process tree sampled every 250 ms; and
 * the moment a page in dist/ is replaced, read from its inode, not from the publisher's own lines. Used by
 * bench/publish.ts and bench/live-update.ts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { treeRssKB } from './measure.ts';

/** A file's inode, or undefined while it does not exist: a file renamed into place gets a new one. */
export const inode = (file: string) => {
  try {
    return fs.statSync(file).ino;
  } catch {
    return undefined;
  }
};

/** Resolves once `file`'s inode differs from `before` (a file renamed into place), with the seconds since `since`. */
export async function whenReplaced(file: string, before: number | undefined, since: number, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = inode(file);
    if (now !== undefined && now !== before) return (performance.now() - since) / 1000;
    if (Date.now() > deadline) throw new Error(`${file} was not replaced within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** The publisher of the checkout at `root`, started as an editor starts it, with its lines and its tree's memory watched. */
export function startPublisher(root: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['scripts/publish.ts', '--watch'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: { at: number; text: string }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) lines.push({ at: performance.now(), text });
    });
  }
  let peakKB = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakKB = Math.max(peakKB, treeRssKB(child.pid));
  }, 250);
  return {
    lines,
    treeMB: () => (child.pid ? treeRssKB(child.pid) / 1024 : 0),
    peakMB: () => peakKB / 1024,
    resetPeak: () => (peakKB = 0),
    async line(pattern: RegExp, from: number, timeoutMs = 1_800_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = lines.findIndex((l, i) => i >= from && pattern.test(l.text));
        if (index >= 0) return { index, at: lines[index].at };
        if (child.exitCode !== null) throw new Error(`the publisher exited:\n${lines.map((l) => l.text).join('\n')}`);
        if (Date.now() > deadline)
          throw new Error(
            `no ${pattern} in time:\n${lines
              .slice(from)
              .map((l) => l.text)
              .join('\n')}`,
          );
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      clearInterval(sampler);
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
    },
  };
}
