/**
 * The warm publisher (`npm run publish -- --watch`) running in an incremental-build sandbox (incremental-site.ts),
 * for tests and benchmarks: started as an editor starts it, its lines read as they come, waited on by pattern, and
 * stopped with a signal. The memo check is on (GAZETTE_VERIFY_MEMO=1) unless the caller says otherwise, so a page
 * model remembered for inputs that do not cover it fails the publish.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { IncrementalSite } from './incremental-site.ts';

const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export class Publisher {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(site: IncrementalSite, env: Record<string, string | undefined> = {}) {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.includes(key)));
    this.child = spawn(process.execPath, [path.join(site.project, 'scripts', 'publish.ts'), '--watch'], {
      cwd: site.project,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...inherited,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        GAZETTE_CONTENT_DIR: site.content,
        GAZETTE_DIST: site.dist,
        GAZETTE_CACHE_DIR: site.cache,
        GAZETTE_VERIFY_MEMO: '1',
        ...env,
      },
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        this.lines.push(...parts);
        // PUBLISHER_LOG=<file> keeps what the publisher says, to read while a test runs.
        if (process.env.PUBLISHER_LOG)
          fs.appendFileSync(process.env.PUBLISHER_LOG, parts.map((l) => `${l}\n`).join(''));
        for (const wake of this.waiters) wake();
      });
    }
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Everything printed so far, as one text (for failure messages). */
  output(from = 0): string {
    return this.lines.slice(from).join('\n');
  }

  /** The first line from `from` on that matches, waiting up to `timeoutMs`; its index and text. */
  async waitFor(pattern: RegExp, { from = 0, timeoutMs = 300_000 } = {}): Promise<{ index: number; line: string }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.lines.findIndex((line, i) => i >= from && pattern.test(line));
      if (index >= 0) return { index, line: this.lines[index] };
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`the publisher exited before printing ${pattern}:\n${this.output(from)}`);
      }
      if (Date.now() > deadline)
        throw new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${this.output(from)}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
        setTimeout(wake, 250);
      });
    }
  }

  /** One publish after a change made now: its `published` line, and the line saying the search index followed. */
  async published(from: number, timeoutMs = 300_000): Promise<{ line: string; settled: number }> {
    const { line, index } = await this.waitFor(/^published /, { from, timeoutMs });
    const full = /\(full build: /.test(line);
    // A full build's search index is in place with its pages; a warm publish writes it after them.
    const settled = full
      ? index
      : (await this.waitFor(/sitemap and search index live/, { from: index, timeoutMs })).index;
    return { line, settled: settled + 1 };
  }

  /** Sends `signal` and waits for the exit; how long it took. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; seconds: number }> {
    const started = performance.now();
    this.child.kill(signal);
    const { code } = await this.exited;
    return { code, seconds: (performance.now() - started) / 1000 };
  }
}
