import { afterEach, expect, test } from 'vitest';
import { inputMemo, inputsKey, listKey } from '../../../src/lib/incremental/memo.ts';

afterEach(() => {
  delete process.env.GAZETTE_VERIFY_MEMO;
});

test('a model is built again only when its inputs change', () => {
  const memo = inputMemo<{ n: number }>('the page of');
  let built = 0;
  const make = () => ({ n: ++built });
  const first = memo.get('a', inputsKey('digest-1', listKey(['x', 'y'])), make);
  expect(memo.get('a', inputsKey('digest-1', listKey(['x', 'y'])), make)).toBe(first);
  expect(memo.get('a', inputsKey('digest-1', listKey(['x', 'z'])), make)).not.toBe(first);
  expect(built).toBe(2);
  // Parts are kept apart: moving text from one part to the next is another key.
  expect(inputsKey('ab', 'c')).not.toBe(inputsKey('a', 'bc'));
});

test('with GAZETTE_VERIFY_MEMO=1 a remembered model is built again and a difference names the page', async () => {
  process.env.GAZETTE_VERIFY_MEMO = '1';
  const memo = inputMemo<Promise<{ headline: string }>>('the article page of');
  let headline = 'first';
  const make = async () => ({ headline });
  await memo.get('2015/story', 'same inputs', make);
  await expect(memo.get('2015/story', 'same inputs', make)).resolves.toEqual({ headline: 'first' });
  // A fact the inputs leave out changed: the remembered model is stale.
  headline = 'second';
  await expect(memo.get('2015/story', 'same inputs', make)).rejects.toThrow(
    'the article page of 2015/story: the model remembered for the same inputs differs',
  );
});
