import { expect, test } from 'vitest';
import { pageKey } from '../../../src/lib/incremental/page-key.ts';

test('equal facts give equal keys, whatever the order of object keys', () => {
  expect(pageKey('article', { name: 'A', twitter: 'a' }, ['x'])).toBe(
    pageKey('article', { twitter: 'a', name: 'A' }, ['x']),
  );
});

test('any changed fact, the route, or the order of a list changes the key', () => {
  const key = pageKey('author', { name: 'A' }, ['x', 'y']);
  expect(pageKey('author', { name: 'B' }, ['x', 'y'])).not.toBe(key);
  expect(pageKey('author', { name: 'A' }, ['y', 'x'])).not.toBe(key);
  expect(pageKey('article', { name: 'A' }, ['x', 'y'])).not.toBe(key);
  expect(pageKey('author', { name: 'A' }, ['x', 'y'], '')).not.toBe(key);
});

test('dates key by instant', () => {
  expect(pageKey('x', new Date('2020-01-01T00:00:00Z'))).toBe(pageKey('x', new Date('2020-01-01T01:00:00+01:00')));
  expect(pageKey('x', new Date('2020-01-01T00:00:00Z'))).not.toBe(pageKey('x', new Date('2020-01-02T00:00:00Z')));
});

test('nested facts count at any depth; a field left undefined is the same as a field left out', () => {
  const key = pageKey('listing', [{ year: { months: [{ month: '06', stories: 3 }] } }]);
  expect(pageKey('listing', [{ year: { months: [{ stories: 3, month: '06' }] } }])).toBe(key);
  expect(pageKey('listing', [{ year: { months: [{ month: '06', stories: 4 }] } }])).not.toBe(key);
  expect(pageKey('x', { a: 1, b: undefined })).toBe(pageKey('x', { a: 1 }));
  expect(pageKey('x', { a: 1, b: null })).not.toBe(pageKey('x', { a: 1 }));
  expect(pageKey('x', 'a"b')).not.toBe(pageKey('x', 'a', 'b'));
});

test('keys are the values earlier builds wrote, so moving the hash to stable-hash.ts re-rendered nothing', () => {
  const model = {
    name: 'A',
    at: new Date('2020-01-01T00:00:00Z'),
    list: [1, 'x', null, undefined],
    nested: { b: 1, a: true },
  };
  expect(pageKey('article', model)).toBe('dcb4893174a02df62451b57c42febd0c');
});
