import path from 'node:path';
import { expect, test } from 'vitest';
import { workerPool } from '../../src/lib/worker-pool.ts';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/workers', name);
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

test('a worker that cannot start fails the job with its reason instead of leaving it waiting', async () => {
  const pool = workerPool<number, Squared>(fixture('crash.ts'), 1);
  await expect(pool.run(1)).rejects.toThrow('this worker could not start');
  await expect(pool.run(2)).rejects.toThrow('this worker could not start');
});
