/**
 * Runs a command and reports its wall time and peak memory. Peak memory comes
 * from GNU time's "Maximum resident set size" (the largest process of the
 * tree, measured by the kernel) when /usr/bin/time is present, otherwise from
 * sampling the summed RSS of the process tree in /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export type Measured = { ok: boolean; wallSeconds: number; peakMB: number; memorySource: string; output: string };

const GNU_TIME = '/usr/bin/time';

/** "Maximum resident set size (kbytes): 123456" from `time -v`, in MB. */
export function parseGnuTimeMaxRss(stderr: string): number | undefined {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : undefined;
}

/** The summed resident memory of `root` and every process below it, from /proc, in KB. */
export function treeRssKB(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = fs.readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Measured> {
  const useTime = fs.existsSync(GNU_TIME);
  const [bin, argv] = useTime ? [GNU_TIME, ['-v', cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(bin, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let sampledPeak = 0;
    const sampler = useTime
      ? undefined
      : setInterval(() => {
          if (child.pid) sampledPeak = Math.max(sampledPeak, treeRssKB(child.pid));
        }, 50);
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - start) / 1000;
      if (sampler) clearInterval(sampler);
      const peakMB = useTime ? (parseGnuTimeMaxRss(output) ?? Number.NaN) : sampledPeak / 1024;
      resolve({
        ok: code === 0,
        wallSeconds,
        peakMB,
        memorySource: useTime ? 'GNU time -v, max RSS' : '/proc sampling, summed RSS of the tree',
        output,
      });
    });
  });
}
