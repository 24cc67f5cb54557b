import { expect, test } from 'vitest';
import { buildNow } from '../../../src/lib/site/clock.ts';

const real = () => new Date('2030-01-01T00:00:00Z');

test('SOURCE_DATE_EPOCH pins the clock', () => {
  expect(buildNow({ SOURCE_DATE_EPOCH: '1793491200' }, real).toISOString()).toBe('2026-11-01T00:00:00.000Z');
});

test('without it the real clock is used', () => {
  expect(buildNow({}, real)).toEqual(real());
  expect(buildNow({ SOURCE_DATE_EPOCH: '' }, real)).toEqual(real());
});

test.each(['yesterday', '1.5', '-100', '2026-11-01'])('rejects SOURCE_DATE_EPOCH=%s with a clear message', (value) => {
  expect(() => buildNow({ SOURCE_DATE_EPOCH: value }, real)).toThrow(
    /SOURCE_DATE_EPOCH must be a whole number of seconds/,
  );
});
