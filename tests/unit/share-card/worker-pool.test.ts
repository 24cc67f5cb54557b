import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { workerPool } from '../../../src/lib/share-card/worker-pool.ts';
import { scratchDir } from '../../support/scratch.ts';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/workers', name);
type Squared = { square: number; threadId: number };

test('every job gets its own answer, and no more threads run than the pool allows', async () => {
  const pool = workerPool<number, Squared>(fixture('square.ts'), 2);
  const results = await Promise.all(Array.from({ length: 20 }, (_, n) => pool.run(n)));
  expect(results.map((r) => r.square)).toEqual(Array.from({ length: 20 }, (_, n) => n * n));
  expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
});

test("a job's error reaches its caller, and the worker goes on to the next job", async () => {
  const pool = workerPool<number, Squared>(fixture('square.ts'), 1);
  const [bad, good] = await Promise.allSettled([pool.run(-3), pool.run(3)]);
  expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'cannot square -3 here' } });
  expect(good).toMatchObject({ status: 'fulfilled', value: { square: 9 } });
});

test('a worker that dies mid-job fails that job only; the jobs queued behind it run on a fresh worker', async () => {
  const pool = workerPool<number, { square: number }>(fixture('die-on-13.ts'), 1);
  const [one, thirteen, two] = await Promise.allSettled([pool.run(1), pool.run(13), pool.run(2)]);
  expect(one).toMatchObject({ status: 'fulfilled', value: { square: 1 } });
  expect(thirteen).toMatchObject({
    status: 'rejected',
    reason: { message: expect.stringContaining('exited with code 3') },
  });
  expect(two).toMatchObject({ status: 'fulfilled', value: { square: 4 } });
});

test('an input that cannot be sent to a thread fails its job, and the pool goes on', async () => {
  const pool = workerPool<unknown, Squared>(fixture('square.ts'), 1);
  await expect(pool.run(() => 3)).rejects.toThrow(/could not be cloned/);
  await expect(pool.run(3)).resolves.toMatchObject({ square: 9 });
});

test('a worker that cannot start fails the job with its reason instead of leaving it waiting', async () => {
  const pool = workerPool<number, Squared>(fixture('crash.ts'), 1);
  await expect(pool.run(1)).rejects.toThrow('this worker could not start');
  await expect(pool.run(2)).rejects.toThrow('this worker could not start');
});

/** Runs `script` as a process of its own, in which nothing but the pool can hold the process open. */
function runAlone(name: string, script: string) {
  const file = path.join(scratchDir('pool'), `${name}.mjs`);
  fs.writeFileSync(file, script);
  return spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
}

test('a job in flight keeps the process alive until its answer; an idle pool lets it exit', () => {
  // Nothing but the pool holds this script open: it prints the answer only if the busy worker kept it alive, and it
  // ends only if the idle worker let it go.
  const script = `
    import { workerPool } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../../src/lib/share-card/worker-pool.ts'))};
    workerPool(${JSON.stringify(fixture('square.ts'))}, 1).run(7).then((r) => console.log('square', r.square));
  `;
  const child = runAlone('owe-one-card', script);
  expect(child.error).toBeUndefined(); // a timeout would mean an idle worker held the process open
  expect(child.stdout.trim()).toBe('square 49');
  expect(child.status).toBe(0);
}, 30_000);

test('a job given to a worker that has gone idle keeps the process alive until its answer', () => {
  // The normal path in a build: a card is drawn by a worker already started, now idle (and so not holding the process
  // open). The second job is queued only once the first has settled and the timer below is the last thing keeping
  // the process up; it is answered only if reusing the worker makes it hold the process open again.
  const script = `
    import { workerPool } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../../src/lib/share-card/worker-pool.ts'))};
    const pool = workerPool(${JSON.stringify(fixture('square.ts'))}, 1);
    const first = await pool.run(7);
    setTimeout(() => pool.run(8).then((second) => {
      console.log('square', first.square, second.square, second.threadId === first.threadId ? 'same thread' : 'new thread');
    }), 50);
  `;
  const child = runAlone('reuse-idle-worker', script);
  expect(child.error).toBeUndefined(); // a timeout would mean the idle worker held the process open
  expect(child.stdout.trim()).toBe('square 49 64 same thread');
  expect(child.status).toBe(0);
}, 30_000);
