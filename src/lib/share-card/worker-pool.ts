/**
 * A fixed-size pool of worker threads, each doing one job at a time. Astro
 * renders pages on one thread; the share cards are most of a large build's CPU,
 * so drawing them here puts the machine's other cores to work.
 *
 * Workers hold the process open only while they have work: an idle pool must
 * not keep `astro build` from exiting, and a busy one must not let it exit with
 * a card still owed. That rule is the one behaviour the build depends on, so
 * the pool is written here, small and tested (worker-pool.test.ts), rather
 * than configured from a general-purpose library.
 */
import { Worker } from 'node:worker_threads';

type Reply<Out> = { ok: true; value: Out } | { ok: false; message: string };
type Job<In, Out> = { input: In; resolve: (value: Out) => void; reject: (error: Error) => void };

export type WorkerPool<In, Out> = { run(input: In): Promise<Out> };

export function workerPool<In, Out>(file: string, size: number): WorkerPool<In, Out> {
  const queue: Job<In, Out>[] = [];
  const idle: Worker[] = [];
  const current = new Map<Worker, Job<In, Out>>();
  let started = 0;

  const next = (worker: Worker) => {
    const job = queue.shift();
    if (!job) {
      worker.unref();
      idle.push(worker);
      return;
    }
    current.set(worker, job);
    worker.ref();
    try {
      worker.postMessage(job.input);
    } catch (error) {
      // An input that cannot be copied to a thread (a function, say) fails its own job, not the pool.
      current.delete(worker);
      job.reject(error as Error);
      next(worker);
    }
  };

  const settle = (worker: Worker, settleJob: (job: Job<In, Out>) => void) => {
    const job = current.get(worker);
    current.delete(worker);
    if (job) settleJob(job);
    next(worker);
  };

  const start = () => {
    started += 1;
    const worker = new Worker(file);
    worker.on('message', (reply: Reply<Out>) =>
      settle(worker, (job) => (reply.ok ? job.resolve(reply.value) : job.reject(new Error(reply.message)))),
    );
    worker.on('messageerror', (error) => settle(worker, (job) => job.reject(error)));
    // A worker that dies (it could not load, say) fails its job; the next job starts a fresh one.
    let failure: Error | undefined;
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      current.get(worker)?.reject(failure ?? new Error(`a worker running ${file} exited with code ${code}`));
      current.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      started -= 1;
      if (queue.length > 0) start();
    });
    next(worker);
  };

  return {
    run(input) {
      return new Promise<Out>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
        else if (started < size) start();
      });
    },
  };
}
