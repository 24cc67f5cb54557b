/**
 * The reader and live updates: a file in a story's updates folder is never read as a story, and each update is read
 * into its record once, through its own scan cache, until it changes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listContentFiles, readStories } from '../../../src/lib/content/reader.ts';
import {
  listUpdateFolders,
  readLiveUpdates,
  strayUpdateFiles,
  updateOwner,
} from '../../../src/lib/content/update-reader.ts';

let dir: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};
const STORY = `---\nheadline: Quake\nstandfirst: S.\nslug: quake\nauthor: ann\ntimeZone: UTC\npublished: "2026-10-28T08:00:00Z"\nsection: World\nlive:\n  start: "2026-10-28T08:00:00Z"\n---\nBody\n`;
const UPDATE = (minute: string) => `---\npublished: "2026-10-28T09:${minute}:00Z"\nauthor: ann\n---\nText ${minute}.\n`;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-live-reader-'));
  write('articles/2026/quake.md', STORY);
  write('articles/2026/quake.updates/0900.md', UPDATE('00'));
  write('articles/2026/quake.updates/0915.md', UPDATE('15'));
  write('articles/2026/quake.updates/_draft.md', UPDATE('30'));
  write('articles/2026/quake.updates/old/0945.md', UPDATE('45'));
  fs.mkdirSync(path.join(dir, 'articles/2026/storm.updates'), { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a file in an updates folder is never a story', () => {
  const articles = path.join(dir, 'articles');
  expect(listContentFiles(articles, ['.md'])).toEqual(['2026/quake.md']);
  expect(readStories(articles).map((s) => s.id)).toEqual(['2026/quake']);
});

test('updates are found beside their story, with their ids; folders and strays are listed for the check', () => {
  const articles = path.join(dir, 'articles');
  const updates = readLiveUpdates(articles, { cwd: dir });
  expect(updates.map(({ story, id, file }) => ({ story, id, file }))).toEqual([
    { story: '2026/quake', id: '0900', file: 'articles/2026/quake.updates/0900.md' },
    { story: '2026/quake', id: '0915', file: 'articles/2026/quake.updates/0915.md' },
  ]);
  expect(updates[1].update?.published.date.toISOString()).toBe('2026-10-28T09:15:00.000Z');
  expect(updates[1].update?.author).toEqual(['ann']);
  expect(listUpdateFolders(articles)).toEqual(['2026/quake.updates', '2026/storm.updates']);
  expect(strayUpdateFiles(articles, dir)).toEqual(['articles/2026/quake.updates/old/0945.md']);
  expect(updateOwner('2026/quake.updates/0900.md')).toEqual({ story: '2026/quake', id: '0900' });
  expect(updateOwner('2026/quake.md')).toBeUndefined();
});

describe('with a cache', () => {
  test('an unchanged update is not read again; a changed one is', () => {
    const articles = path.join(dir, 'articles');
    const cacheFile = path.join(dir, 'cache', 'updates');
    const unchanged = path.join(articles, '2026/quake.updates/0900.md');
    const mtime = 1_700_000_000;
    fs.utimesSync(unchanged, mtime, mtime);
    const first = readLiveUpdates(articles, { cacheFile });
    // Same length, same inode, the modification time put back: the stamp says unchanged, so the cache answers.
    write('articles/2026/quake.updates/0900.md', UPDATE('01'));
    fs.utimesSync(unchanged, mtime, mtime);
    expect(readLiveUpdates(articles, { cacheFile })).toEqual(first);
    expect(readLiveUpdates(articles)[0].update?.published.date.toISOString()).toBe('2026-10-28T09:01:00.000Z');
    write('articles/2026/quake.updates/0915.md', UPDATE('16'));
    const second = readLiveUpdates(articles, { cacheFile });
    expect(second[0].update?.published.date.toISOString()).toBe('2026-10-28T09:00:00.000Z');
    expect(second[1].update?.published.date.toISOString()).toBe('2026-10-28T09:16:00.000Z');
    expect(second[1].digest).not.toBe(first[1].digest);
  });
});
