/**
 * The build's child processes (scripts/build.ts): Node processes started beside each other, their output held back
 * or passed on, their exit status once all their output is read, and their scheduling priority. Plain Node.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';

/** A Node process whose output goes straight to ours, at `priority`. */
export function runNode(args: string[], priority: number): Promise<number> {
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  setPriority(child.pid, priority);
  return exitOf(child);
}

/** Its exit status once its output has all been read ('close', not 'exit': the last lines are often the error). */
function exitOf(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** A process's scheduling priority, where the system lets us set it (a failure changes nothing else). */
export function setPriority(pid: number | undefined, priority: number): void {
  try {
    if (pid !== undefined) os.setPriority(pid, priority);
  } catch {
    // Not permitted here, or the process has already ended: it runs at normal priority.
  }
}

/** A Node process, its output held until `release()`; `stop()` ends it unheard. */
export function startHeld(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk)));
  }
  return {
    pid: child.pid,
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
